/**
 * Internal: the outlet that published an article. Given metadata wins; then a byline ("– حرية برس:"); then a
 * dateline in brackets at the start ("دمشق (سانا) -"); then the text's references to itself: "مراسل وكالة X"
 * (our correspondent) or a source telling X ("أفادت مصادر محلية لحرية برس", "قال الناشط “...” لـ X").
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import { makeEntityId } from '../entities/make-entity-id.ts';
import type { EntityMention, Segmentation, Span } from '../types.ts';

/** Everything the outlet rules read. */
export interface OutletInput {
  text: string;
  segmentation: Segmentation;
  mentions: readonly EntityMention[];
  /** The byline's outlet span, when there is a byline. */
  bylineOutlet: Span | null;
  /** `meta.outlet`: a lexicon id or a name. */
  given: string | null;
}

const DATELINE_CHARS = 80;
const SELF_GAP = 24;
const TOLD_GAP = 6;
// "المصدر:" (source) at the start of a line, then the outlet's name.
const SOURCE_LINE = /(?:^|\n)\s*\u0627\u0644\u0645\u0635\u062f\u0631\s*[:\uff1a]\s*([^\n]{2,60})/;
const CORRESPONDENT =
  /(?:^|[\s\u0648\u0641])(?:\u0645\u0631\u0627\u0633\u0644|\u0645\u0631\u0627\u0633\u0644\u0629|\u0645\u0631\u0627\u0633\u0644\u0648|\u0645\u0631\u0627\u0633\u0644\u064a)\s/; // مراسل مراسلة مراسلو مراسلي

/** Given the outlet input and the lexicon, returns the outlet's entity id, or null when the text does not say. */
export function findOutlet(input: OutletInput, lexicon: Lexicon): string | null {
  if (input.given !== null && input.given.trim() !== '') return resolveGiven(input.given, lexicon);
  const media = input.mentions.filter((m) => m.type === 'media');
  if (input.bylineOutlet !== null) {
    const byline = input.bylineOutlet;
    const hit = media.find((m) => m.start < byline.end && m.end > byline.start);
    if (hit !== undefined) return hit.entityId;
  }
  const firstBody = input.segmentation.sentences.find((s) => !s.isTitle && !s.isHeading);
  if (firstBody !== undefined) {
    const limit = firstBody.start + DATELINE_CHARS;
    const dateline = media.find(
      (m) =>
        m.start >= firstBody.start &&
        m.end <= limit &&
        /\(\s*$/.test(input.text.slice(firstBody.start, m.start)) &&
        /^\s*\)/.test(input.text.slice(m.end)),
    );
    if (dateline !== undefined) return dateline.entityId;
  }
  const counts = new Map<string, number>();
  for (const m of media) {
    // Only the words just before it in the same sentence count.
    const before =
      input.text
        .slice(Math.max(0, m.start - SELF_GAP), m.start)
        .split(/[.!?\u061f\n]/)
        .pop() ?? '';
    const correspondent = CORRESPONDENT.test(before);
    if (correspondent || isToldBySource(input, m)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best ?? findSourceLine(input, lexicon);
}

/** "المصدر: أورينت نت" in the page furniture after the body names the outlet. */
function findSourceLine(input: OutletInput, lexicon: Lexicon): string | null {
  const tail = input.text.slice(input.segmentation.contentEnd);
  const match = SOURCE_LINE.exec(tail);
  if (match === null) return null;
  const words = toPhraseWords(match[1] ?? '');
  const tokens = words.map((text, k) => ({
    text,
    isWord: true,
    start: k,
    end: k,
    origStart: 0,
    origEnd: 0,
    newlineBefore: false,
  }));
  const found = matchLongestPhrase(lexicon.names, tokens, 0, words[0] ?? '');
  const entity = found === null ? undefined : lexicon.entities[found.value.entity];
  return entity?.type === 'media' ? entity.id : null;
}

function isToldBySource(input: OutletInput, media: EntityMention): boolean {
  // "مصادر محلية لحرية برس" / "مصادر محلية لـ X": the outlet is told, with the preposition glued or apart.
  const lam = input.text
    .slice(Math.max(0, media.start - 4), media.start)
    .replace(/[\s\u0640"'\u201c\u201d\u00ab\u00bb\u2018\u2019]/g, '');
  if (!lam.endsWith('\u0644')) return false;
  const source = input.mentions.find(
    (m) =>
      (m.type === 'anonymous_source' || m.type === 'person') &&
      m.end <= media.start &&
      media.start - m.end <= TOLD_GAP,
  );
  return source !== undefined;
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
