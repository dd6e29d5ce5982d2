/**
 * Public API: whether a `YYYY-MM-DD` string names a day that exists (2019-02-30 does not; 2020-02-29 does).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Given a string, returns true when it is `YYYY-MM-DD` and that day is on the calendar. `Date.parse` alone is not
 * enough: V8 reads 2019-02-30 as 2 March.
 */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
