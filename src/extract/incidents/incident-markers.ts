/**
 * Internal: the compiled grammar words of the incidents stage (incident-markers.json, imported as a JSON module:
 * no I/O happens here): cumulative reports, vague attack words, sequels, facilities and governing prepositions.
 */
import markers from './incident-markers.json' with { type: 'json' };
import { createPhraseMatcher, type PhraseMatcher } from '../claims/phrase-matcher.ts';
import { toWrittenEntryKey } from '../claims/list-word-keys.ts';
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';

/** The compiled incident markers (see incident-markers.json for what each list means). */
export interface IncidentMarkers {
  since: Set<string>;
  startNouns: Set<string>;
  tollWords: Set<string>;
  vagueAttacks: PhraseMatcher<true>;
  attackEchoes: PhraseMatcher<true>;
  sequelLeads: Set<string>;
  sequelUnits: Set<string>;
  facilityHeads: PhraseMatcher<true>;
  governingPrepositions: Set<string>;
  governingNouns: Set<string>;
  responsibilityNouns: Set<string>;
}

const keySet = (list: readonly string[]): Set<string> =>
  new Set(list.map((raw) => toWrittenEntryKey(raw.trim(), normalizeForMatch(raw))));
const phrases = (list: readonly string[]): PhraseMatcher<true> =>
  createPhraseMatcher(list.map((p) => [p, true as const] as const));

let cached: IncidentMarkers | null = null;

/** Given nothing, returns the IncidentMarkers of incident-markers.json, compiled once. */
export function getIncidentMarkers(): IncidentMarkers {
  cached ??= {
    since: keySet(markers.sinceMarkers),
    startNouns: keySet(markers.startNouns),
    tollWords: keySet(markers.tollWords),
    vagueAttacks: phrases(markers.vagueAttacks),
    attackEchoes: phrases(markers.attackEchoes),
    sequelLeads: keySet(markers.sequelLeads),
    sequelUnits: keySet(markers.sequelUnits),
    facilityHeads: phrases(markers.facilityHeads),
    governingPrepositions: keySet(markers.governingPrepositions),
    governingNouns: keySet(markers.governingNouns),
    responsibilityNouns: keySet(markers.responsibilityNouns),
  };
  return cached;
}
