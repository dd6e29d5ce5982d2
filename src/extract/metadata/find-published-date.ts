/**
 * Internal: the publication date an article states near its top ("1 كانون الأول 2018", "29 يناير/ كانون الثاني
 * 2019", "2018-12-01", "01/12/2018"), as an ISO date. Dates further down are about events, not publication.
 */
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Given the tokens of the article's top, the lexicon (month names) and its text, returns the first full date or null. */
export function findPublishedDate(tokens: readonly Token[], lexicon: Lexicon, text: string): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const date = readWrittenDate(tokens, i, lexicon) ?? readNumericDate(tokens, i, text);
    if (date !== null) return date;
  }
  return null;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A year may carry its era glued ("2017م", "1438هـ").
function numberAt(tokens: readonly Token[], k: number): number | null {
  const token = tokens[k];
  const digits = token !== undefined && token.isWord ? /^(\d{1,4})[\u0645\u0647]?$/.exec(token.text) : null;
  return digits === null ? null : Number(digits[1]);
}

function readWrittenDate(tokens: readonly Token[], i: number, lexicon: Lexicon): string | null {
  const day = numberAt(tokens, i);
  if (day === null || day > 31) return null;
  const first = tokens[i + 1];
  if (first === undefined || !first.isWord) return null;
  const month = matchLongestPhrase(lexicon.months, tokens, i + 1, first.text);
  if (month === null) return null;
  let k = i + 1 + month.length;
  // "29 يناير/ كانون الثاني 2019", "30 يونيو حزيران 2018": a second name of the same month, after a slash or not.
  const slash = tokens[k]?.text === '/' ? 1 : 0;
  const next = tokens[k + slash];
  if (next !== undefined && next.isWord) {
    const again = matchLongestPhrase(lexicon.months, tokens, k + slash, next.text);
    if (again !== null && again.value === month.value) k += slash + again.length;
  }
  const year = numberAt(tokens, k);
  return year === null ? null : toIso(year, month.value, day);
}

function readNumericDate(tokens: readonly Token[], i: number, text: string): string | null {
  const token = tokens[i];
  if (token === undefined || !token.isWord || !/^\d{1,4}$/.test(token.text)) return null;
  // Read the raw stretch "2018-12-01" or "01/12/2018" from the original text.
  const raw = /^[\d\u0660-\u0669]{1,4}[-/.][\d\u0660-\u0669]{1,2}[-/.][\d\u0660-\u0669]{1,4}/.exec(
    text.slice(token.origStart, token.origStart + 12),
  )?.[0];
  if (raw === undefined) return null;
  const parts = raw
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .split(/[-/.]/)
    .map(Number);
  const [a = 0, b = 0, c = 0] = parts;
  if (ISO.test(raw.replace(/[/.]/g, '-')) && a >= MIN_YEAR) return toIso(a, b, c);
  return c >= MIN_YEAR ? toIso(c, b, a) : null;
}
