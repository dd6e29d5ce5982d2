/**
 * Internal: a trie of normalized word sequences, so that the longest known phrase starting at a token is found
 * with one hash look-up per word, however many phrases the lexicon holds.
 */
import type { Token } from '../normalize/tokenize-normalized.ts';

/** One node of a phrase trie: the words that may follow, and the value of the phrase ending here. */
export interface PhraseNode<V> {
  next: Map<string, PhraseNode<V>>;
  value: V | undefined;
}

/** The longest phrase found at a token: how many tokens it spans and its value. */
export interface PhraseMatch<V> {
  /** Number of tokens covered, counting from the first one. */
  length: number;
  value: V;
}

/** Given nothing, returns an empty phrase trie. */
export function createPhraseTrie<V>(): PhraseNode<V> {
  return { next: new Map(), value: undefined };
}

/**
 * Given a trie, the normalized words of a phrase and a value, adds the phrase and returns true; when the phrase is
 * already there, `keep` decides between the old and the new value (default: keep the old one) and returns false.
 */
export function addPhrase<V>(
  trie: PhraseNode<V>,
  words: readonly string[],
  value: V,
  keep: (old: V, added: V) => V = (old) => old,
): boolean {
  if (words.length === 0) return false;
  let node = trie;
  for (const word of words) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = createPhraseTrie<V>();
      node.next.set(word, child);
    }
    node = child;
  }
  if (node.value === undefined) {
    node.value = value;
    return true;
  }
  node.value = keep(node.value, value);
  return false;
}

/**
 * Given a trie, the tokens of a text, a start index and the form of the first word to look up (the token itself or
 * the token without its clitics), returns the longest phrase there, or null. Phrases never cross punctuation or a
 * line break.
 */
export function matchLongestPhrase<V>(
  trie: PhraseNode<V>,
  tokens: readonly Token[],
  start: number,
  firstWord: string,
): PhraseMatch<V> | null {
  let node = trie.next.get(firstWord);
  if (node === undefined) return null;
  let best: PhraseMatch<V> | null = node.value === undefined ? null : { length: 1, value: node.value };
  for (let k = start + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === undefined || !token.isWord || token.newlineBefore) break;
    node = node.next.get(token.text);
    if (node === undefined) break;
    if (node.value !== undefined) best = { length: k - start + 1, value: node.value };
  }
  return best;
}
