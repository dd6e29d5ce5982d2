/**
 * Internal: a date line of a page header ("الإثنين ٢١ آب ٢٠١٧", "21 آب 2017 - 14:20", "09.04.2018 | 13:47",
 * "تاريخ النشر: 2018-04-08", "الخميس - 11 جمادى الأولى 1440 هـ - 17 يناير 2019 مـ"): a line holding little but a
 * date, or opened by a publication marker.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { getOutletCues } from './outlet-cue-lexicon.ts';

const DATE_WORD = /^\d{1,4}(?:م|ه)?$/;
const MIN_DATE_SHARE = 0.7;

/** Given a line as written and the lexicon, returns true when it is a date line. */
export function isDateLine(line: string, lexicon: Lexicon): boolean {
  const words = toPhraseWords(line);
  if (words.length === 0 || !words.some((w) => DATE_WORD.test(w))) return false;
  if (startsWithMarker(words)) return true;
  const cues = getOutletCues();
  const dated = words.filter(
    (w) => DATE_WORD.test(w) || cues.dateLineWords.has(w) || lexicon.months.next.has(w),
  ).length;
  return dated / words.length >= MIN_DATE_SHARE;
}

/** Given the normalized words of a line, returns true when a publication marker ("نشر في", "تاريخ النشر") opens it. */
export function startsWithMarker(words: readonly string[]): boolean {
  return getOutletCues().publicationMarkers.some((m) => m.every((w, k) => words[k] === w));
}
