/**
 * Internal: finds every lexicon name in the content, longest match first, over normalized words with their
 * clitics peeled off ("والتحالف الدولي", "لداعش", "ديرالزور"); a name never starts or ends inside a word.
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { matchLongestPhrase, type PhraseMatch, type PhraseNode } from '../lexicon/phrase-trie.ts';
import type { NameValue } from '../lexicon/lexicon-types.ts';
import { addCandidate, isFree, offsetAfterPrefix, type EntityScan } from './entity-scan.ts';
import { hasArticle } from './word-shapes.ts';

/** The longest phrase at a token, over all its clitic readings, with the number of prefix chars peeled off. */
export interface StemMatch<V> extends PhraseMatch<V> {
  prefix: number;
}

/** Given a trie, a scan and a token index, returns the longest phrase starting there (any clitic reading), or null. */
export function matchAt<V>(trie: PhraseNode<V>, scan: EntityScan, index: number): StemMatch<V> | null {
  const token = scan.tokens[index];
  if (token === undefined || !token.isWord) return null;
  let best: StemMatch<V> | null = null;
  for (const { stem, prefix } of listCliticStems(token.text)) {
    const match = matchLongestPhrase(trie, scan.tokens, index, stem);
    if (match !== null && (best === null || match.length > best.length)) best = { ...match, prefix };
  }
  return best;
}

// Place kinds whose names are proper nouns, so that "الهجين" may be read as the lexicon's "هجين".
const ARTICLE_OPTIONAL_KINDS = new Set(['city', 'town', 'village', 'subdistrict']);
const MIN_BARE_NAME = 4;

/**
 * Given a scan and a token index, returns a lexicon place written with an article the lexicon does not have
 * ("الهجين" for "هجين"), or null. Only one-word names of towns and villages, never common nouns' length.
 */
function matchWithoutArticle(scan: EntityScan, index: number): StemMatch<NameValue> | null {
  const token = scan.tokens[index];
  if (token === undefined || !token.isWord) return null;
  for (const { stem, prefix } of listCliticStems(token.text)) {
    if (!hasArticle(stem) || stem.length - 2 < MIN_BARE_NAME) continue;
    const value = scan.lexicon.names.next.get(stem.slice(2))?.value;
    const entity = value === undefined ? undefined : scan.lexicon.entities[value.entity];
    if (value !== undefined && entity !== undefined && ARTICLE_OPTIONAL_KINDS.has(entity.kind))
      return { length: 1, value, prefix };
  }
  return null;
}

/** Given a scan, adds a candidate for every lexicon name found on free tokens. */
export function matchLexiconNames(scan: EntityScan): void {
  const { tokens, lexicon } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const match = matchAt(lexicon.names, scan, i) ?? matchWithoutArticle(scan, i);
    if (match === null || !isFree(scan, i, i + match.length)) continue;
    const entity = lexicon.entities[match.value.entity];
    const last = tokens[i + match.length - 1];
    if (entity === undefined || last === undefined) continue;
    addCandidate(scan, {
      entityId: entity.id,
      type: entity.type,
      first: i,
      end: i + match.length,
      start:
        match.value.trim > 0
          ? (tokens[i + match.value.trim]?.origStart ?? 0)
          : offsetAfterPrefix(scan, i, match.prefix),
      stop: last.origEnd,
      origin: 'lexicon',
    });
    i += match.length - 1;
  }
}
