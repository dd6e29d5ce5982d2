/**
 * Internal: spellings that Arabic news writes interchangeably inside words ("الكوردي" / "الكردي",
 * "الديموقراطية" / "الديمقراطية", "أميركي" / "أمريكي"), from a table of normalized substring pairs. Normalization
 * already folds hamza, alef maqsura and ta marbuta; these are the lexical variants it cannot fold.
 */

/** A pair of interchangeable normalized spellings. */
export type SpellingPair = readonly [string, string];

const MAX_VARIANTS = 8;

/**
 * Given the normalized words of a name and the spelling pairs, returns the name and every variant made by swapping
 * one spelling of a pair for the other in any of its words (no duplicates, at most a few).
 */
export function listSpellingVariants(words: readonly string[], pairs: readonly SpellingPair[]): string[][] {
  let variants: string[][] = [[...words]];
  if (pairs.length === 0) return variants;
  words.forEach((word, k) => {
    const forms = listWordForms(word, pairs);
    if (forms.length === 1) return;
    const next: string[][] = [];
    for (const variant of variants)
      for (const form of forms) next.push([...variant.slice(0, k), form, ...variant.slice(k + 1)]);
    variants = next.slice(0, MAX_VARIANTS);
  });
  return variants;
}

/** Given a normalized word and the pairs, returns the word and its other spellings. */
export function listWordForms(word: string, pairs: readonly SpellingPair[]): string[] {
  const forms = [word];
  for (const [a, b] of pairs) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      // "كرد" is inside "كوردي" too: a swap only applies where the other spelling is not already written.
      if (from === '' || !word.includes(from) || word.includes(to)) continue;
      const swapped = word.split(from).join(to);
      if (!forms.includes(swapped)) forms.push(swapped);
    }
  }
  return forms;
}
