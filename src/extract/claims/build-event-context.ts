/**
 * Internal: the shared view of one article that the claims, figures, dates and incidents steps read: tokens,
 * entity mentions placed on tokens, and the token range of every sentence.
 */
import type { EntityMention, EntityType, Sentence } from '../types.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { EventInput } from './extract-events.ts';
import { tokenizeEventText, type EventToken } from './tokenize-event-text.ts';

/** A mention with the token range it covers. */
export interface PlacedMention extends EntityMention {
  tokStart: number;
  tokEnd: number;
}

/** A sentence with its token range. */
export interface PlacedSentence {
  sentence: Sentence;
  tokStart: number;
  tokEnd: number;
}

/** Everything the steps of the events stage share for one article. */
export interface EventContext {
  input: EventInput;
  lexicon: EventLexicon;
  tokens: EventToken[];
  mentions: PlacedMention[];
  /** For each token, the index in `mentions` of the mention covering it, or -1. */
  mentionAt: Int32Array;
  sentences: PlacedSentence[];
  entityTypes: Map<string, EntityType>;
  /** 1 for every token inside quotation marks (quote marks paired within a paragraph). */
  inQuote: Uint8Array;
}

// First token whose original end is after `offset` (binary search over sorted tokens).
function firstTokenEndingAfter(tokens: readonly EventToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.origEnd ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Given an original span, returns the token range `[start, end)` of the tokens overlapping it. */
export function toTokenRange(tokens: readonly EventToken[], start: number, end: number): { start: number; end: number } {
  const a = firstTokenEndingAfter(tokens, start);
  let b = a;
  while (b < tokens.length && (tokens[b]?.origStart ?? Infinity) < end) b++;
  return { start: a, end: b };
}

// Quote marks are all '"' after normalization: they open and close in turn, from each paragraph's start.
function markQuotes(tokens: readonly EventToken[], sentences: readonly PlacedSentence[]): Uint8Array {
  const inQuote = new Uint8Array(tokens.length);
  let paragraph = -1;
  let open = false;
  for (const s of sentences) {
    if (s.sentence.paragraph !== paragraph) {
      paragraph = s.sentence.paragraph;
      open = false;
    }
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      if (tokens[k]?.text === '"') open = !open;
      else if (open) inQuote[k] = 1;
    }
  }
  return inQuote;
}

/** Given the stage input and a compiled lexicon, returns the shared context of the article. */
export function buildEventContext(input: EventInput, lexicon: EventLexicon): EventContext {
  const tokens = tokenizeEventText(input.norm);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const mentions: PlacedMention[] = [];
  const sorted = [...input.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const r = toTokenRange(tokens, m.start, m.end);
    if (r.end <= r.start) continue;
    let free = true;
    for (let t = r.start; t < r.end; t++) if (mentionAt[t] !== -1) free = false;
    if (!free) continue; // overlapping mentions: the first (longest-first upstream) wins
    const index = mentions.length;
    mentions.push({ ...m, tokStart: r.start, tokEnd: r.end });
    for (let t = r.start; t < r.end; t++) mentionAt[t] = index;
  }
  const sentences = input.segmentation.sentences.map((sentence) => {
    const r = toTokenRange(tokens, sentence.start, sentence.end);
    return { sentence, tokStart: r.start, tokEnd: r.end };
  });
  const entityTypes = new Map(input.entities.map((e) => [e.id, e.type] as const));
  return { input, lexicon, tokens, mentions, mentionAt, sentences, entityTypes, inQuote: markQuotes(tokens, sentences) };
}
