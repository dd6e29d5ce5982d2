/**
 * Internal: what one segment of a header line names: an outlet, a place, a reporter, a byline marker ("خاص",
 * "وكالات"), a date, an unknown name, or nothing (a phrase with particles, which no byline holds).
 */
import type { Lexicon, LexiconEntity } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import type { BylineSegment } from './split-byline.ts';
import { getOutletCues } from './outlet-cue-lexicon.ts';

/** What a header segment names. */
export type SegmentKind = 'outlet' | 'place' | 'person' | 'marker' | 'date' | 'name' | 'none';

const MAX_NAME_WORDS = 4;
const WEB_EDITION = /[.\u066b](?:\u0646\u062a|net|com)$/i; // ".نت", ".net", ".com"
const DIGITS = /^\d+$/;

/** Given a segment and the lexicon, returns what it names. */
export function classifyBylineSegment(segment: BylineSegment, lexicon: Lexicon): SegmentKind {
  const words = toPhraseWords(segment.text);
  if (words.length === 0) return 'none';
  const cues = getOutletCues();
  if (words.every((w) => cues.bylineMarkers.has(w))) return 'marker';
  if (words.every((w) => DIGITS.test(w) || cues.dateLineWords.has(w) || isMonth(w, lexicon))) return 'date';
  if (words.length > MAX_NAME_WORDS) return 'none';
  const known = lookupName(words, lexicon);
  if (known?.type === 'media') return 'outlet';
  if (segment.bracketed || segment.quoted || WEB_EDITION.test(segment.text)) return 'outlet';
  if (words.some((w) => lexicon.stopWords.has(w))) return 'none';
  if (known !== undefined) return known.type === 'person' ? 'person' : 'place';
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const head = lexicon.heads.get(first);
  if (head?.type === 'media') return 'outlet';
  if (words.length > 1 && (cues.outletNameEnds.has(last) || DIGITS.test(last))) return 'outlet';
  if (head?.type === 'location') return 'place';
  if (words.length > 1 && lexicon.givenNames.has(first)) return 'person';
  return 'name';
}

/** Given normalized words and the lexicon, returns the entity named by exactly these words, if any. */
export function lookupName(words: readonly string[], lexicon: Lexicon): LexiconEntity | undefined {
  let node = lexicon.names.next.get(words[0] ?? '');
  for (const word of words.slice(1)) node = node?.next.get(word);
  return node?.value === undefined ? undefined : lexicon.entities[node.value.entity];
}

function isMonth(word: string, lexicon: Lexicon): boolean {
  return lexicon.months.next.get(word)?.value !== undefined;
}
