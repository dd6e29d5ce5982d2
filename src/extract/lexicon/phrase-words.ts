/**
 * Internal: turns a name or phrase as written into the normalized words the matchers compare, the same way the
 * article text is tokenized.
 */
import { normalizeArabic } from '../normalize/normalize-arabic.ts';
import { tokenizeNormalized } from '../normalize/tokenize-normalized.ts';

/** Given a phrase as written, returns its normalized words (punctuation and quotes dropped). */
export function toPhraseWords(phrase: string): string[] {
  const norm = normalizeArabic(phrase);
  return tokenizeNormalized(norm, phrase)
    .filter((token) => token.isWord)
    .map((token) => token.text);
}

/** Given a single word as written, returns its normalized form ('' when it has no letters or digits). */
export function toWord(word: string): string {
  return toPhraseWords(word).join('');
}
