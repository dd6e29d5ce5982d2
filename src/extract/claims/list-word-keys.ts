/**
 * Internal: the lookup keys of one normalized Arabic word, so that lexicon words match through the clitics glued
 * to them (و ف ب ل ك and the article ال) and through the accusative alif of tanween (قتيلا matches قتيل).
 */

const CONJUNCTIONS = ['\u0648', '\u0641']; // WAW, FEH
const PREPOSITIONS = ['\u0628', '\u0644', '\u0643']; // BEH, LAM, KAF
const ARTICLE = '\u0627\u0644'; // ALEF LAM
const LAM_LAM = '\u0644\u0644'; // لل: the preposition ل before ال, whose alef is dropped
const ALEF = '\u0627';

/** Given a lexicon entry word (normalized), returns the key it is stored under: the word without a leading ال. */
export function toEntryKey(word: string): string {
  return word.startsWith(ARTICLE) && word.length > 3 ? word.slice(2) : word;
}

/**
 * Given a lexicon entry word as written (not normalized) and its normalized form, returns its key: without the
 * article only when it is written with a plain alef (الغارات), so that ألف، آلاف، إلى keep their first letters.
 */
export function toWrittenEntryKey(raw: string, normalized: string): string {
  return raw.startsWith(ARTICLE) ? toEntryKey(normalized) : normalized;
}

// Words repeat across articles: their keys are computed once (the cache is dropped when it grows large).
const CACHE_LIMIT = 100_000;
const cache = new Map<string, string[]>();

/** Given a normalized word as found in text, returns every key it may match (itself first). Do not mutate the result. */
export function listWordKeys(word: string): string[] {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const keys = computeKeys(word);
  cache.set(word, keys);
  return keys;
}

function computeKeys(word: string): string[] {
  const keys = new Set<string>([word]);
  const withoutConj = new Set<string>([word]);
  for (const c of CONJUNCTIONS) if (word.startsWith(c) && word.length > 2) withoutConj.add(word.slice(1));
  const bases = new Set<string>(withoutConj);
  for (const w of withoutConj) {
    if (w.startsWith(LAM_LAM) && w.length > 3) bases.add(ARTICLE + w.slice(2));
    for (const p of PREPOSITIONS) if (w.startsWith(p) && w.length > 2) bases.add(w.slice(1));
  }
  for (const b of bases) {
    keys.add(b);
    const stem = toEntryKey(b);
    keys.add(stem);
    if (stem.endsWith(ALEF) && stem.length > 3) keys.add(stem.slice(0, -1));
  }
  return [...keys];
}

/** Given a normalized word, returns it without a leading conjunction و or ف (for verbs, which take no other clitic). */
export function stripConjunction(word: string): { stem: string; hadConjunction: boolean } {
  for (const c of CONJUNCTIONS) {
    if (word.startsWith(c) && word.length > 2) return { stem: word.slice(1), hadConjunction: true };
  }
  return { stem: word, hadConjunction: false };
}
