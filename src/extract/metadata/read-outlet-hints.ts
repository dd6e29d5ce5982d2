/**
 * Internal: the outlet an article names for itself, found from its text alone, as name hints for the entity stage.
 * The header (byline, dateline) wins, then a source line at the end, then the body's references to itself
 * ("مراسل X", a source telling X); a relay the body cites ("نقلت وكالة X") is never the outlet. No hint when the
 * text does not name its outlet. The outlet's first hint is the one the metadata stage resolves to an entity.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';
import type { Span } from '../types.ts';
import { findByline, type NameHint } from './find-byline.ts';
import { findOutletCues, toOutletKey, type OutletCue } from './find-outlet-cues.ts';
import { findSourceLine } from './find-source-line.ts';

const MIN_BODY_WEIGHT = 2;

/** Given the text, its tokens, where its content ends and the lexicon, returns the header and outlet hints. */
export function readOutletHints(
  text: string,
  tokens: readonly Token[],
  contentEnd: number,
  lexicon: Lexicon,
): NameHint[] {
  const byline = findByline(text, contentEnd, lexicon);
  const content = tokens.filter((t) => t.origEnd <= contentEnd);
  const cues = findOutletCues(content, lexicon);
  const keyOf = (span: Span): string => toOutletKey(toPhraseWords(text.slice(span.start, span.end)), lexicon);
  const outlet = byline.find((h) => h.role === 'outlet');
  if (outlet !== undefined) {
    // An outlet read from its position alone gives way to another name of the line that the body confirms.
    const confirmed = (outlet.alternatives ?? []).find((alt) => (cues.get(keyOf(alt))?.weight ?? 0) > 0);
    const chosen = confirmed !== undefined && !(cues.get(keyOf(outlet))?.weight ?? 0) ? confirmed : outlet;
    const rest = byline.filter((h) => h !== outlet && !(h.start === chosen.start && h.end === chosen.end));
    if (chosen !== outlet)
      rest.push({ start: outlet.start, end: outlet.end, type: 'location', role: 'place' });
    const head: NameHint = { start: chosen.start, end: chosen.end, type: 'media', role: 'outlet' };
    return [head, ...rest, ...cueHints(cues.get(keyOf(chosen)))];
  }
  const source = findSourceLine(text, lexicon);
  if (source !== null) {
    const words = source.words;
    const hint: NameHint = { start: source.start, end: source.end, type: 'media', role: 'outlet', words };
    return [hint, ...byline, ...cueHints(cues.get(toOutletKey(words, lexicon)))];
  }
  let best: OutletCue | null = null;
  for (const cue of cues.values()) {
    if (!cue.relay && cue.weight >= MIN_BODY_WEIGHT && (best === null || cue.weight > best.weight))
      best = cue;
  }
  const body = cueHints(best ?? undefined);
  return [...body.slice(0, 1), ...byline, ...body.slice(1)];
}

function cueHints(cue: OutletCue | undefined): NameHint[] {
  if (cue === undefined) return [];
  return cue.spans.map((span) => ({ ...span, type: 'media', role: 'outlet', words: cue.words }));
}
