/**
 * Internal: compiles the entity patterns of bodies that speak for a parent (head nouns such as وزارة and مديرية,
 * ministry domains), the country -> state table and the interchangeable spellings.
 */
import type { CompiledBodyHead, EntityPatterns, LexiconEntity } from './lexicon-types.ts';
import type { SpellingPair } from './list-spelling-variants.ts';
import { toWord } from './phrase-words.ts';

/** The compiled body patterns, as they appear on the `Lexicon`. */
export interface CompiledBodyPatterns {
  bodyHeads: ReadonlyMap<string, CompiledBodyHead>;
  ministryDomains: ReadonlySet<string>;
  placeStates: ReadonlyMap<string, string>;
  bodyAdjectives: ReadonlySet<string>;
  directionWords: ReadonlySet<string>;
}

/** Given the entity patterns, the known entities and a warnings list, returns the compiled body patterns. */
export function compileBodyPatterns(
  patterns: EntityPatterns,
  byId: ReadonlyMap<string, LexiconEntity>,
  warnings: string[],
): CompiledBodyPatterns {
  const bodyHeads = new Map<string, CompiledBodyHead>();
  for (const h of patterns.bodyHeads ?? []) {
    for (const written of h.words) {
      const word = toWord(written);
      if (word === '' || bodyHeads.has(word)) continue;
      bodyHeads.set(word, { word, type: h.type, ministry: h.ministry ?? false, verbal: h.verbal ?? false });
    }
  }
  const placeStates = new Map<string, string>();
  for (const [country, state] of Object.entries(patterns.placeStates ?? {})) {
    const place = byId.get(country);
    const actor = byId.get(state);
    // An entry left out of this lexicon (a smaller or discovery lexicon) is no error.
    if (place === undefined || actor === undefined) continue;
    if (place.type === 'location' && actor.type === 'state') placeStates.set(country, state);
    else warnings.push(`country state ${country} -> ${state} is not a country and a state`);
  }
  return {
    bodyHeads,
    ministryDomains: toWords(patterns.ministryDomains ?? []),
    placeStates,
    bodyAdjectives: toWords(patterns.bodyAdjectives ?? []),
    directionWords: toWords(patterns.directionWords),
  };
}

function toWords(words: readonly string[]): Set<string> {
  return new Set(words.map(toWord).filter((w) => w !== ''));
}

/** Given spelling pairs as written, returns them normalized (pairs with an empty side are left out). */
export function toSpellingPairs(pairs: readonly string[][]): SpellingPair[] {
  const out: SpellingPair[] = [];
  for (const [a, b] of pairs) {
    const x = toWord(a ?? '');
    const y = toWord(b ?? '');
    if (x !== '' && y !== '' && x !== y) out.push([x, y]);
  }
  return out;
}
