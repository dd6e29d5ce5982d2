/**
 * Public API: calendar arithmetic on ISO dates (`YYYY-MM-DD`, UTC, no time zones involved).
 */

const DAY_MS = 86_400_000;

function toUtc(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Given an ISO date and a number of days, returns the ISO date that many days later (earlier when negative). */
export function shiftIsoDate(iso: string, days: number): string | null {
  const t = toUtc(iso);
  return t === null ? null : fromUtc(t + days * DAY_MS);
}

/** Given an ISO date, returns its weekday (0 = Sunday ... 6 = Saturday), or null when it is not a date. */
export function getIsoWeekday(iso: string): number | null {
  const t = toUtc(iso);
  return t === null ? null : new Date(t).getUTCDay();
}

/** Given two ISO dates, returns the number of days from the first to the second, or null. */
export function countDaysBetween(a: string, b: string): number | null {
  const ta = toUtc(a);
  const tb = toUtc(b);
  return ta === null || tb === null ? null : Math.round((tb - ta) / DAY_MS);
}

/** Given year, month and day numbers, returns the ISO date, or null when the day does not exist. */
export function makeIsoDate(year: number, month: number, day: number): string | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return fromUtc(t);
}

/** Given a reference ISO date and a weekday, returns the latest date on that weekday before it (or on it). */
export function findLastWeekday(reference: string, weekday: number, allowSame: boolean): string | null {
  const w = getIsoWeekday(reference);
  if (w === null) return null;
  let back = (w - weekday + 7) % 7;
  if (back === 0 && !allowSame) back = 7;
  return shiftIsoDate(reference, -back);
}
