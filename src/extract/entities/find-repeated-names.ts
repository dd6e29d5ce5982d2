/**
 * Internal: later mentions of entities first found by a pattern: the same name again without its role or head
 * ("حمزة العنزي", "أعماق"), and a person's family name alone after the full name ("العنزي", "ترامب").
 */
import { addPhrase, createPhraseTrie } from '../lexicon/phrase-trie.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { addCandidate, isFree, offsetAfterPrefix, type EntityScan } from './entity-scan.ts';
import { matchAt } from './match-lexicon-names.ts';
import type { EntityType } from '../types.ts';

const MIN_SINGLE_WORD = 4;
const MIN_SURNAME = 3;

interface Target {
  id: string;
  type: EntityType;
}

/** Given a scan, adds candidates for repeated pattern names and for persons' family names. */
export function findRepeatedNames(scan: EntityScan): void {
  const { lexicon } = scan;
  const trie = createPhraseTrie<Target>();
  let any = false;
  for (const entity of scan.created.values()) {
    const single = entity.words.length === 1 ? (entity.words[0] ?? '') : '';
    if (
      single !== '' &&
      (single.length < MIN_SINGLE_WORD || lexicon.stopWords.has(single) || lexicon.givenNames.has(single))
    )
      continue;
    any = addPhrase(trie, entity.words, { id: entity.id, type: entity.type }) || any;
  }
  if (any) {
    for (let i = 0; i < scan.tokens.length; i++) {
      if (scan.owner[i] !== -1) continue;
      const match = matchAt(trie, scan, i);
      if (match === null || !isFree(scan, i, i + match.length)) continue;
      addCandidate(scan, {
        entityId: match.value.id,
        type: match.value.type,
        first: i,
        end: i + match.length,
        start: offsetAfterPrefix(scan, i, match.prefix),
        stop: scan.tokens[i + match.length - 1]?.origEnd ?? 0,
        origin: 'pattern',
      });
      i += match.length - 1;
    }
  }
  findSurnames(scan);
}

function findSurnames(scan: EntityScan): void {
  const { lexicon } = scan;
  const firstSeen = new Map<string, number>();
  for (const c of scan.candidates) {
    if (!c.dead && c.type === 'person' && (firstSeen.get(c.entityId) ?? Infinity) > c.first)
      firstSeen.set(c.entityId, c.first);
  }
  const surnames = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const id of firstSeen.keys()) {
    const created = scan.created.get(id);
    const words = created !== undefined ? created.words : toPhraseWords(lexicon.byId.get(id)?.name ?? '');
    if (created?.kunyaOnly || words.length < 2) continue;
    const surname = words[words.length - 1] ?? '';
    if (surname.length < MIN_SURNAME || lexicon.stopWords.has(surname) || lexicon.givenNames.has(surname))
      continue;
    if (surnames.has(surname) && surnames.get(surname) !== id) ambiguous.add(surname);
    surnames.set(surname, id);
  }
  if (surnames.size === 0) return;
  for (let i = 0; i < scan.tokens.length; i++) {
    const token = scan.tokens[i];
    if (token === undefined || !token.isWord || scan.owner[i] !== -1) continue;
    for (const { stem, prefix } of listCliticStems(token.text)) {
      const id = surnames.get(stem);
      if (id === undefined || ambiguous.has(stem) || (firstSeen.get(id) ?? Infinity) > i) continue;
      addCandidate(scan, {
        entityId: id,
        type: 'person',
        first: i,
        end: i + 1,
        start: offsetAfterPrefix(scan, i, prefix),
        stop: token.origEnd,
        origin: 'context',
      });
      break;
    }
  }
}
