/**
 * Internal: the outlet that published an article, as an entity id. Given metadata wins; else the entity the
 * outlet hints of `readOutletHints` point at (the header, a source line, the body's references to itself), or the
 * entity its words name when they stand only in the page furniture. Null when the text does not name its outlet.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import { makeEntityId } from '../entities/make-entity-id.ts';
import type { EntityMention, Segmentation } from '../types.ts';
import type { NameHint } from './find-byline.ts';

/** Everything the outlet rules read. */
export interface OutletInput {
  text: string;
  segmentation: Segmentation;
  mentions: readonly EntityMention[];
  /** The outlet hints, the first one standing for the outlet. */
  outletHints: readonly NameHint[];
  /** `meta.outlet`: a lexicon id or a name. */
  given: string | null;
  /** The entity the entity stage gave the outlet hints, when they lie outside the content. */
  outletEntity?: string | null;
}

/** Given the outlet input and the lexicon, returns the outlet's entity id, or null when the text does not say. */
export function findOutlet(input: OutletInput, lexicon: Lexicon): string | null {
  if (input.given !== null && input.given.trim() !== '') return resolveGiven(input.given, lexicon);
  const media = input.mentions.filter((m) => m.type === 'media');
  for (const hint of input.outletHints) {
    const hit = media.find((m) => m.start < hint.end && m.end > hint.start);
    if (hit !== undefined) return hit.entityId;
  }
  return input.outletHints.length === 0 ? null : (input.outletEntity ?? null);
}

/** Given `meta.outlet` (a lexicon id or a name) and the lexicon, returns its entity id (a new media id when unknown). */
export function resolveGiven(given: string, lexicon: Lexicon): string {
  if (lexicon.byId.has(given)) return given;
  const words = toPhraseWords(given);
  const match = words.length === 0 ? null : matchLongestPhraseOfWords(lexicon, words);
  if (match !== null) return match;
  return makeEntityId('media', words.join(' ') || given);
}

function matchLongestPhraseOfWords(lexicon: Lexicon, words: string[]): string | null {
  const tokens = words.map((text, k) => ({
    text,
    isWord: true,
    start: k,
    end: k,
    origStart: 0,
    origEnd: 0,
    newlineBefore: false,
  }));
  const match = matchLongestPhrase(lexicon.names, tokens, 0, words[0] ?? '');
  if (match === null || match.length !== words.length) return null;
  return lexicon.entities[match.value.entity]?.id ?? null;
}
