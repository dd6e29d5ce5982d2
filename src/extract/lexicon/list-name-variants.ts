/**
 * Internal: spelling variants of a name that Arabic news writes interchangeably: a short first word or a word
 * before the article glued to the next one ("دير الزور" / "ديرالزور", "أبو كمال" / "أبوكمال"), or split again.
 */

const ARTICLE = '\u0627\u0644'; // ALEF LAM
const SHORT_WORD = 3;
const MIN_PART = 2;

/** Given the normalized words of a name, returns it and its glued and split spacing variants (no duplicates). */
export function listNameVariants(words: readonly string[]): string[][] {
  const variants: string[][] = [[...words]];
  for (let k = 0; k + 1 < words.length; k++) {
    const left = words[k] ?? '';
    const right = words[k + 1] ?? '';
    if (left.length <= SHORT_WORD || right.startsWith(ARTICLE)) {
      variants.push([...words.slice(0, k), left + right, ...words.slice(k + 2)]);
    }
  }
  words.forEach((word, k) => {
    const at = word.indexOf(ARTICLE, MIN_PART);
    if (at < MIN_PART || word.length - at < ARTICLE.length + MIN_PART + 1) return;
    variants.push([...words.slice(0, k), word.slice(0, at), word.slice(at), ...words.slice(k + 1)]);
  });
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = variant.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
