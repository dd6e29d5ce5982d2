/**
 * Internal: the compiled word lists that show where an article names its own outlet (outlet-cues.json, imported as
 * a JSON module: no I/O happens here). They are grammar words, not names, so they do not vary with the lexicon.
 */
import cues from './outlet-cues.json' with { type: 'json' };
import { toPhraseWords } from '../lexicon/phrase-words.ts';

/** The compiled outlet cues (see outlet-cues.json for what each list means). */
export interface OutletCueLexicon {
  bylineMarkers: ReadonlySet<string>;
  outletNameEnds: ReadonlySet<string>;
  correspondents: ReadonlySet<string>;
  selfCorrespondents: ReadonlySet<string>;
  outletAnaphors: ReadonlySet<string>;
  toldClosers: ReadonlySet<string>;
  contactNouns: ReadonlySet<string>;
  contactVerbs: ReadonlySet<string>;
  selfPronouns: ReadonlySet<string>;
  relayWords: ReadonlySet<string>;
  /** Source line labels as normalized word sequences, longest first. */
  sourceLabels: readonly string[][];
  publicationMarkers: readonly string[][];
  dateLineWords: ReadonlySet<string>;
}

const words = (list: readonly string[]): Set<string> => new Set(list.map((w) => toPhraseWords(w).join(' ')));
const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => toPhraseWords(p)).sort((a, b) => b.length - a.length);

let compiled: OutletCueLexicon | undefined;

/** Given nothing, returns the compiled outlet cues (built once). */
export function getOutletCues(): OutletCueLexicon {
  compiled ??= {
    bylineMarkers: words(cues.bylineMarkers),
    outletNameEnds: words(cues.outletNameEnds),
    correspondents: words(cues.correspondents),
    selfCorrespondents: words(cues.selfCorrespondents),
    outletAnaphors: words(cues.outletAnaphors),
    toldClosers: words(cues.toldClosers),
    contactNouns: words(cues.contactNouns),
    contactVerbs: words(cues.contactVerbs),
    selfPronouns: words(cues.selfPronouns),
    relayWords: words(cues.relayWords),
    sourceLabels: phrases(cues.sourceLabels),
    publicationMarkers: phrases(cues.publicationMarkers),
    dateLineWords: words(cues.dateLineWords),
  };
  return compiled;
}
