/**
 * Public API: finds the date expressions of a token range and resolves them against the publication date when
 * it is known: "1 كانون الأول 2018", "29 يناير/ كانون الثاني", "كانون الثاني الماضي", "اليوم الإثنين",
 * "يوم أمس الجمعة", "أمس", "الليلة الماضية", "السبت", "الاثنين الفائت", "قبل أسبوعين", "خلال الأيام الماضية".
 * Without a publication date, relative expressions keep their text and get a null date.
 */
import type { DatePrecision } from '../types.ts';
import type { EventLexicon } from '../claims/event-lexicon.ts';
import type { EventToken } from '../claims/tokenize-event-text.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import { findLastWeekday, makeIsoDate, shiftIsoDate } from './shift-iso-date.ts';

/** One date expression found in the text. */
export interface DateExpression {
  /** Token range `[start, end)`. */
  start: number;
  end: number;
  /** The expression as written (original text). */
  text: string;
  /** ISO date, or null when it cannot be fixed. */
  date: string | null;
  precision: DatePrecision;
}

interface Found {
  end: number;
  date: string | null;
  precision: DatePrecision;
}

type Dates = EventLexicon['dates'];
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const DAY = '\u064a\u0648\u0645'; // يوم

const hasKey = (set: Set<string>, t: EventToken | undefined): boolean =>
  t !== undefined && t.keys.some((k) => set.has(k));
const isYear = (t: EventToken | undefined): boolean =>
  t?.kind === 'number' && (t.value ?? 0) >= YEAR_MIN && (t.value ?? 0) <= YEAR_MAX;

function yearFor(month: number, day: number, publishedAt: string | null): number | null {
  if (publishedAt === null) return null;
  const year = Number(publishedAt.slice(0, 4));
  const candidate = makeIsoDate(year, month, day);
  // A date written without its year is the latest one not after publication (give or take a day).
  return candidate !== null && candidate > (shiftIsoDate(publishedAt, 1) ?? publishedAt) ? year - 1 : year;
}

// "يونيو/ حزيران" or "يونيو حزيران": the second name of the same month.
function skipAltMonth(d: Dates, tokens: readonly EventToken[], j: number): number {
  const slash = tokens[j]?.text === '/';
  const alt = matchPhraseAt(d.months, tokens, slash ? j + 1 : j);
  return alt === null ? j : alt.end;
}

// A day written in digits ("6 حزيران") or as an ordinal ("السادس من حزيران"), and where its month may start.
function readDay(d: Dates, tokens: readonly EventToken[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind === 'number' && (t.value ?? 0) >= 1 && (t.value ?? 0) <= 31)
    return { day: t.value ?? 0, next: i + 1 };
  const ordinal = matchPhraseAt(d.ordinalDays, tokens, i);
  return ordinal === null ? null : { day: ordinal.value, next: ordinal.end };
}

function readAbsolute(
  d: Dates,
  tokens: readonly EventToken[],
  i: number,
  publishedAt: string | null,
): Found | null {
  const day = readDay(d, tokens, i);
  const dayNumber = day?.day ?? null;
  let monthAt = day === null ? i : day.next;
  if (dayNumber !== null && hasKey(d.dayMonthLinks, tokens[monthAt])) monthAt++; // 27 من تموز
  const month = matchPhraseAt(d.months, tokens, monthAt);
  if (month === null) return null;
  let j = skipAltMonth(d, tokens, month.end);
  let year: number | null = null;
  if (isYear(tokens[j])) {
    year = tokens[j]?.value ?? null;
    j++;
  }
  if (dayNumber !== null) {
    const y = year ?? yearFor(month.value, dayNumber, publishedAt);
    if (year === null && (hasKey(d.past, tokens[j]) || hasKey(d.current, tokens[j]))) j++; // 6 حزيران الماضي
    return { end: j, date: y === null ? null : makeIsoDate(y, month.value, dayNumber), precision: 'day' };
  }
  if (year === null && (hasKey(d.past, tokens[j]) || hasKey(d.current, tokens[j]))) {
    const y = yearFor(month.value, 1, publishedAt);
    return { end: j + 1, date: y === null ? null : makeIsoDate(y, month.value, 1), precision: 'month' };
  }
  if (year === null) return null; // a bare month name is too ambiguous (مايو، آب)
  return { end: j, date: makeIsoDate(year, month.value, 1), precision: 'month' };
}

function readRelative(
  d: Dates,
  tokens: readonly EventToken[],
  i: number,
  publishedAt: string | null,
): Found | null {
  let j = i;
  if (hasKey(d.dayParts, tokens[j]) && !matchPhraseAt(d.lastNight, tokens, j)) j++;
  if (tokens[j]?.text === DAY) j++;
  const night = matchPhraseAt(d.lastNight, tokens, j);
  if (night !== null) {
    const end = d.weekdays.has(tokens[night.end]?.text ?? '') ? night.end + 1 : night.end; // مساء أمس الأحد
    return { end, date: publishedAt && shiftIsoDate(publishedAt, -1), precision: 'day' };
  }
  let offset: number | null = null;
  let end = j;
  for (const [matcher, days] of [
    [d.dayBeforeYesterday, -2],
    [d.today, 0],
    [d.yesterday, -1],
  ] as const) {
    const m = matchPhraseAt(matcher, tokens, j);
    if (m !== null) {
      offset = days;
      end = m.end;
      break;
    }
  }
  const weekday = d.weekdays.get(tokens[end]?.text ?? '');
  if (offset !== null) {
    return {
      end: weekday === undefined ? end : end + 1,
      date: publishedAt && shiftIsoDate(publishedAt, offset),
      precision: 'day',
    };
  }
  if (weekday === undefined || end > i + 1) return null;
  // "الجمعة" written on a Friday is that day; "الجمعة الماضية" the week before.
  const past = hasKey(d.past, tokens[end + 1]);
  return {
    end: past ? end + 2 : end + 1,
    date: publishedAt && findLastWeekday(publishedAt, weekday, !past),
    precision: 'day',
  };
}

function readPeriod(
  d: Dates,
  tokens: readonly EventToken[],
  i: number,
  publishedAt: string | null,
): Found | null {
  if (!hasKey(d.periodLead, tokens[i])) return null;
  const unit = tokens[i + 1];
  const days = unit?.keys.map((k) => d.periods.get(k)).find((v) => v !== undefined);
  if (matchPhraseAt(d.months, tokens, i + 2) !== null) return null; // خلال شهر كانون الثاني: the month is the date
  if (days === undefined) {
    const since = readRelative(d, tokens, i + 1, publishedAt);
    return since;
  }
  let end = i + 2;
  if (hasKey(d.past, tokens[end])) end++;
  else if (tokens[end]?.kind === 'word' && hasKey(d.past, tokens[end + 1])) end += 2; // الأيام الثلاثة الماضية
  const precision: DatePrecision = days <= 2 ? 'day' : days <= 14 ? 'week' : 'month';
  const before = tokens[i]?.keys.includes('\u0642\u0628\u0644'); // قبل: a point in the past, else a stretch up to now
  return { end, date: before && publishedAt ? shiftIsoDate(publishedAt, -days) : null, precision };
}

/** Given tokens, a range, the lexicon, the original text and the publication date, returns the dates in the range. */
export function findDateExpressions(
  tokens: readonly EventToken[],
  from: number,
  to: number,
  lexicon: EventLexicon,
  original: string,
  publishedAt: string | null,
): DateExpression[] {
  const out: DateExpression[] = [];
  const starters = lexicon.dates.starters;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined || (t.kind !== 'number' && !t.keys.some((k) => starters.has(k)))) continue;
    const found =
      readPeriod(lexicon.dates, tokens, i, publishedAt) ??
      readAbsolute(lexicon.dates, tokens, i, publishedAt) ??
      readRelative(lexicon.dates, tokens, i, publishedAt);
    if (found === null || found.end <= i) continue;
    const end = Math.min(found.end, to);
    const first = tokens[i];
    const last = tokens[end - 1];
    if (first === undefined || last === undefined) continue;
    out.push({
      start: i,
      end,
      text: original.slice(first.origStart, last.origEnd),
      date: found.date ?? null,
      precision: found.precision,
    });
    i = end - 1;
  }
  return out;
}
