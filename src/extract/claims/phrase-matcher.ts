/**
 * Internal: finds lexicon phrases (one or more words) in a token stream, through clitics and tanween
 * (see listWordKeys), longest phrase first.
 */
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';
import type { EventToken } from './tokenize-event-text.ts';
import { toWrittenEntryKey } from './list-word-keys.ts';

interface Phrase<V> {
  words: string[];
  value: V;
}

/** A compiled set of phrases, indexed by the key of their first word. */
export interface PhraseMatcher<V> {
  byFirst: Map<string, Phrase<V>[]>;
}

/** One phrase found at a token index. */
export interface PhraseMatch<V> {
  value: V;
  /** Token range `[start, end)`. */
  start: number;
  end: number;
}

/** Given `[phrase, value]` pairs (raw Arabic), returns a matcher; later duplicates are ignored. */
export function createPhraseMatcher<V>(entries: Iterable<readonly [string, V]>): PhraseMatcher<V> {
  const byFirst = new Map<string, Phrase<V>[]>();
  const seen = new Set<string>();
  for (const [raw, value] of entries) {
    const words = raw.trim().split(/\s+/).map((w) => toWrittenEntryKey(w, normalizeForMatch(w))).filter(Boolean);
    const first = words[0];
    if (first === undefined || seen.has(words.join(' '))) continue;
    seen.add(words.join(' '));
    const list = byFirst.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(first, list);
  }
  return { byFirst };
}

/** Given a matcher, tokens and an index, returns the longest phrase starting there, or null. */
export function matchPhraseAt<V>(matcher: PhraseMatcher<V>, tokens: readonly EventToken[], i: number): PhraseMatch<V> | null {
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word') return null;
  for (const key of first.keys) {
    const candidates = matcher.byFirst.get(key);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (matchesRest(phrase.words, tokens, i)) return { value: phrase.value, start: i, end: i + phrase.words.length };
    }
  }
  return null;
}

function matchesRest(words: readonly string[], tokens: readonly EventToken[], i: number): boolean {
  for (let k = 1; k < words.length; k++) {
    const token = tokens[i + k];
    const word = words[k];
    if (token === undefined || token.kind !== 'word' || word === undefined || !token.keys.includes(word)) return false;
  }
  return true;
}

/** Given a matcher, tokens and a range, returns every non-overlapping match in it, left to right. */
export function findPhrases<V>(matcher: PhraseMatcher<V>, tokens: readonly EventToken[], from: number, to: number): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  for (let i = from; i < to; i++) {
    const m = matchPhraseAt(matcher, tokens, i);
    if (m !== null && m.end <= to) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
