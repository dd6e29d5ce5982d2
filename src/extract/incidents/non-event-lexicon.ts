/**
 * Internal: the compiled word lists that tell a trigger reporting an event from one inside a fear, a plan, a
 * demand, an opinion, a habit, a state or a cause phrase (non-event-markers.json, imported as a JSON module: no
 * I/O happens here). They are grammar words, not names, so they do not vary with the lexicon directory.
 */
import markers from './non-event-markers.json' with { type: 'json' };
import { createPhraseMatcher, type PhraseMatcher } from '../claims/phrase-matcher.ts';
import { toWrittenEntryKey } from '../claims/list-word-keys.ts';
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';

/** The compiled non-event markers (see non-event-markers.json for what each list means). */
export interface NonEventLexicon {
  irrealis: PhraseMatcher<true>;
  hedgeVerbs: Set<string>;
  futureModifiers: Set<string>;
  modalParticles: Set<string>;
  pluperfectAuxiliaries: Set<string>;
  futurePrefixes: string[];
  notFutureStarts: string[];
  placeHeads: Set<string>;
  stativeVerbs: Set<string>;
  habitual: PhraseMatcher<true>;
  habitualModifiers: Set<string>;
  ongoingHeads: Set<string>;
  causes: PhraseMatcher<true>;
  relativePronouns: Set<string>;
  scopeBreakers: PhraseMatcher<true>;
}

/** The JSON shape of non-event-markers.json. */
export interface NonEventMarkerSources {
  irrealis: string[];
  hedgeVerbs: string[];
  futureModifiers: string[];
  modalParticles: string[];
  pluperfectAuxiliaries: string[];
  futurePrefixes: string[];
  notFutureStarts: string[];
  placeHeads: string[];
  stativeVerbs: string[];
  habitual: string[];
  habitualModifiers: string[];
  ongoingHeads: string[];
  causes: string[];
  relativePronouns: string[];
  scopeBreakers: string[];
}

const key = (raw: string): string => toWrittenEntryKey(raw.trim(), normalizeForMatch(raw));
const keySet = (list: readonly string[]): Set<string> => new Set(list.map(key));
const phrases = (list: readonly string[]): PhraseMatcher<true> =>
  createPhraseMatcher(list.map((p) => [p, true as const] as const));

/** Given the JSON lists, returns them compiled for matching against event tokens. */
export function compileNonEventLexicon(src: NonEventMarkerSources): NonEventLexicon {
  return {
    irrealis: phrases(src.irrealis),
    hedgeVerbs: new Set(src.hedgeVerbs.map(normalizeForMatch)),
    futureModifiers: keySet(src.futureModifiers),
    modalParticles: new Set(src.modalParticles.map(normalizeForMatch)),
    pluperfectAuxiliaries: new Set(src.pluperfectAuxiliaries.map(normalizeForMatch)),
    futurePrefixes: src.futurePrefixes.map(normalizeForMatch),
    notFutureStarts: src.notFutureStarts.map(normalizeForMatch),
    placeHeads: keySet(src.placeHeads),
    stativeVerbs: new Set(src.stativeVerbs.map(normalizeForMatch)),
    habitual: phrases(src.habitual),
    habitualModifiers: keySet(src.habitualModifiers),
    ongoingHeads: keySet(src.ongoingHeads),
    causes: phrases(src.causes),
    relativePronouns: new Set(src.relativePronouns.map(normalizeForMatch)),
    scopeBreakers: phrases(src.scopeBreakers),
  };
}

let cached: NonEventLexicon | null = null;

/** Given nothing, returns the NonEventLexicon of non-event-markers.json, compiled once. */
export function getDefaultNonEventLexicon(): NonEventLexicon {
  cached ??= compileNonEventLexicon(markers);
  return cached;
}
