/**
 * Public API: reads one count at a token index: digits (Arabic-Indic digits are already ASCII after
 * normalization), number words in their masculine, feminine and case forms (ثلاثة، ثلاث، ثلاثين، خمسة وعشرون،
 * ثلاثة آلاف), vague counts (عشرات، المئات، عدد من) and a bound before it (أكثر من، ما لا يقل عن، نحو).
 */
import type { Qualifier } from '../types.ts';
import type { EventLexicon } from '../claims/event-lexicon.ts';
import type { EventToken } from '../claims/tokenize-event-text.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';

/** One count found in the tokens. */
export interface NumberExpr {
  /** The number, or for a vague count its text as written (original text). */
  value: number | string;
  /** The number, or the conventional minimum of a vague count. */
  lowerBound: number;
  vague: boolean;
  /** True for a dual noun (مدنيان): the count and the counted in one word. */
  dual: boolean;
  qualifier: Qualifier | null;
  /** Token range `[start, end)` including the bound words. */
  start: number;
  end: number;
  /** Token index where the count itself starts (after the bound words). */
  valueStart: number;
}

const ARTICLE = '\u0627\u0644';

// The value of a number word, read through clitics; words carrying the article (الثلاثة، الاثنين) are not counts here.
function wordValue(map: Map<string, number>, token: EventToken | undefined): number | null {
  if (token === undefined || token.kind !== 'word') return null;
  const exact = map.get(token.text);
  if (exact !== undefined) return exact;
  if (token.text.startsWith(ARTICLE) || token.text.startsWith('\u0648' + ARTICLE)) return null;
  for (const k of token.keys) {
    const v = map.get(k);
    if (v !== undefined) return v;
  }
  return null;
}

function readComponent(lex: EventLexicon['numbers'], tokens: readonly EventToken[], i: number): { value: number; end: number } | null {
  const unit = wordValue(lex.units, tokens[i]);
  if (unit !== null) {
    if (wordValue(lex.ten, tokens[i + 1]) !== null) return { value: 10 + unit, end: i + 2 };
    const hundred = wordValue(lex.hundreds, tokens[i + 1]);
    if (hundred === 100) return { value: unit * 100, end: i + 2 };
    return { value: unit, end: i + 1 };
  }
  for (const map of [lex.ten, lex.tens, lex.hundreds]) {
    const v = wordValue(map, tokens[i]);
    if (v !== null) return { value: v, end: i + 1 };
  }
  return null;
}

function readWords(lex: EventLexicon['numbers'], tokens: readonly EventToken[], i: number): { value: number; end: number } | null {
  let total = 0;
  let j = i;
  let first = readComponent(lex, tokens, j);
  if (first === null) {
    const t = wordValue(lex.thousands, tokens[j]);
    if (t === null) return null; // a bare thousands word: ألف، ألفين
    first = { value: t, end: j + 1 };
  }
  total = first.value;
  j = first.end;
  for (;;) {
    const thousands = wordValue(lex.thousands, tokens[j]);
    if (thousands !== null && total < 1000) {
      total *= thousands;
      j++;
      continue;
    }
    const next = tokens[j];
    if (next !== undefined && next.text.startsWith('\u0648')) {
      const more = readComponent(lex, tokens, j);
      if (more !== null) {
        total += more.value;
        j = more.end;
        continue;
      }
    }
    break;
  }
  return { value: total, end: j };
}

function readDigits(lex: EventLexicon['numbers'], tokens: readonly EventToken[], i: number): { value: number; end: number } | null {
  let j = i;
  const open = tokens[j]?.text === '(';
  if (open) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'number' || t.value === undefined) return null;
  let value = t.value;
  j++;
  if (open && tokens[j]?.text === ')') j++;
  const multiplier = wordValue(lex.thousands, tokens[j]);
  if (multiplier !== null) {
    value *= multiplier;
    j++;
  }
  return { value, end: j };
}

/** Given tokens, an index, the lexicon and the original text, returns the count starting there, or null. */
export function parseNumberAt(
  tokens: readonly EventToken[],
  i: number,
  lexicon: EventLexicon,
  original: string,
): NumberExpr | null {
  const lex = lexicon.numbers;
  const q = matchPhraseAt(lex.qualifiersBefore, tokens, i);
  const valueStart = q === null ? i : q.end;
  const qualifier = q === null ? null : q.value;
  const vague = matchPhraseAt(lex.vague, tokens, valueStart);
  if (vague !== null) {
    const first = tokens[vague.start];
    const last = tokens[vague.end - 1];
    if (first === undefined || last === undefined) return null;
    const surface = original.slice(first.origStart, last.origEnd);
    return { value: surface, lowerBound: vague.value, vague: true, dual: false, qualifier, start: i, end: vague.end, valueStart };
  }
  const dual = matchPhraseAt(lex.duals, tokens, valueStart);
  if (dual !== null) return { value: 2, lowerBound: 2, vague: false, dual: true, qualifier, start: i, end: dual.end, valueStart };
  const read = readDigits(lex, tokens, valueStart) ?? readWords(lex, tokens, valueStart);
  if (read === null) return null;
  return { value: read.value, lowerBound: read.value, vague: false, dual: false, qualifier, start: i, end: read.end, valueStart };
}
