/**
 * Public API: the days an incident report can refer to, from its date and precision, else from its article's
 * publication date. Two reports whose periods do not meet are never the same event, so a store can find every
 * possible partner of a report by an index range on the period's start (see MAX_PERIOD_DAYS).
 */
import { countDaysBetween, shiftIsoDate } from '../extract/dates/shift-iso-date.ts';
import type { ReportFacts } from './report-facts.ts';

/** An inclusive range of ISO days, and whether it comes from the report's own date. */
export interface ReportPeriod {
  from: string;
  to: string;
  dated: boolean;
}

/** Days of each date precision after the date (the extractor gives the first day of a week or month). */
const LENGTH_BY_PRECISION: Readonly<Record<string, number>> = { day: 0, week: 6, month: 30 };
/** An undated report speaks of the days before its article's publication. */
const UNDATED_BEFORE_PUBLICATION = 3;
/** One day each side: "last night" and time zones move an event across midnight. */
export const PERIOD_SLACK_DAYS = 1;
/** The longest period (a month) plus the slack: how far back from a period's end a partner's period can start. */
export const MAX_PERIOD_DAYS = 30 + 2 * PERIOD_SLACK_DAYS;

/** Given a report, returns its period, or null when neither a usable date nor a publication date is known. */
export function toReportPeriod(
  r: Pick<ReportFacts, 'date' | 'datePrecision' | 'publishedAt'>,
): ReportPeriod | null {
  const length = r.date === null ? undefined : LENGTH_BY_PRECISION[r.datePrecision];
  if (r.date !== null && length !== undefined) {
    const to = shiftIsoDate(r.date, length);
    if (to !== null) return { from: r.date, to, dated: true };
  }
  if (r.publishedAt === null) return null;
  const from = shiftIsoDate(r.publishedAt, -UNDATED_BEFORE_PUBLICATION);
  return from === null ? null : { from, to: r.publishedAt, dated: false };
}

/** Given two periods, returns the days between them (0 when they meet or overlap). */
export function countDaysApart(a: ReportPeriod, b: ReportPeriod): number {
  if (a.to < b.from) return countDaysBetween(a.to, b.from) ?? Infinity;
  if (b.to < a.from) return countDaysBetween(b.to, a.from) ?? Infinity;
  return 0;
}
