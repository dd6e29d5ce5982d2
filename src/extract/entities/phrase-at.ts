/**
 * Internal: the longest phrase of a word-list trie (roles, nickname markers, name introducers) at a token, read
 * through the clitics glued to its first word ("والمتحدث باسم").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { matchLongestPhrase, type PhraseNode } from '../lexicon/phrase-trie.ts';
import { wordAt, type EntityScan } from './entity-scan.ts';

/** Given a trie, a scan and a token index, returns the length in tokens of the longest phrase there (0 if none). */
export function phraseAt(trie: PhraseNode<true>, scan: EntityScan, index: number): number {
  const word = wordAt(scan, index);
  if (word === '') return 0;
  let best = 0;
  for (const { stem } of listCliticStems(word)) {
    const match = matchLongestPhrase(trie, scan.tokens, index, stem);
    if (match !== null && match.length > best) best = match.length;
  }
  return best;
}
