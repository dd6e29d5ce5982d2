/**
 * Internal: later mentions of entities first found by a pattern: the same name again without its role or head
 * ("حمزة العنزي", "أعماق"), and a person's family name alone after the full name ("العنزي", "ترامب").
 */
import { addPhrase, createPhraseTrie } from '../lexicon/phrase-trie.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { addCandidate, isFree, offsetAfterPrefix, wordAt, type EntityScan } from './entity-scan.ts';
import { isNisba } from './word-shapes.ts';
import { matchAt } from './match-lexicon-names.ts';
import type { EntityType } from '../types.ts';

const MIN_SINGLE_WORD = 4;
const MIN_SURNAME = 3;

interface Target {
  id: string;
  type: EntityType;
}

/** Given a scan, adds candidates for names found by pattern that come again without their role or head. */
export function findRepeatedNames(scan: EntityScan): void {
  const { lexicon } = scan;
  const trie = createPhraseTrie<Target>();
  let any = false;
  const findable = (words: readonly string[]): boolean => {
    const single = words.length === 1 ? (words[0] ?? '') : '';
    return (
      words.length > 0 &&
      (single === '' ||
        (single.length >= MIN_SINGLE_WORD &&
          !lexicon.stopWords.has(single) &&
          !lexicon.givenNames.has(single) &&
          !isNisba(single)))
    );
  };
  for (const entity of scan.created.values()) {
    const target = { id: entity.id, type: entity.type };
    if (findable(entity.words)) any = addPhrase(trie, entity.words, target) || any;
    // An outlet also by its short name, with any media suffix: "ستيب" and "ستيب نيوز" for "ستيب الإخبارية".
    const key = entity.keyWords;
    if (key !== undefined && findable(key)) any = addPhrase(trie, key, target) || any;
    else if (key !== undefined)
      for (const suffix of lexicon.mediaSuffixes) any = addPhrase(trie, [...key, suffix], target) || any;
  }
  if (any) {
    for (let i = 0; i < scan.tokens.length; i++) {
      if (scan.owner[i] !== -1) continue;
      const match = matchAt(trie, scan, i);
      if (match === null || !isFree(scan, i, i + match.length)) continue;
      let end = i + match.length;
      if (match.value.type === 'media') {
        while (
          isFree(scan, end, end + 1) &&
          !scan.tokens[end]?.newlineBefore &&
          lexicon.mediaSuffixes.has(wordAt(scan, end))
        )
          end++;
      }
      addCandidate(scan, {
        entityId: match.value.id,
        type: match.value.type,
        first: i,
        end,
        start: offsetAfterPrefix(scan, i, match.prefix),
        stop: scan.tokens[end - 1]?.origEnd ?? 0,
        origin: 'pattern',
      });
      i = end - 1;
    }
  }
}

/**
 * Given a scan, adds a candidate for every family name alone that belongs to a person named before it: the last
 * word ("العنزي", "ترامب"), the last words of a longer name ("شيخ أحمد" of "جيهان شيخ أحمد", "عبد الرحمن" of
 * "رامي عبد الرحمن"), and a last word that is also a given name only after a speech verb ("وأضافت خليل").
 */
export function findSurnames(scan: EntityScan): void {
  const firstSeen = new Map<string, number>();
  for (const c of scan.candidates) {
    if (!c.dead && c.type === 'person' && (firstSeen.get(c.entityId) ?? Infinity) > c.first)
      firstSeen.set(c.entityId, c.first);
  }
  const tails = collectTails(scan, firstSeen.keys());
  if (tails.size === 0) return;
  const trie = createPhraseTrie<string>();
  for (const [tail, id] of tails) if (id !== null) addPhrase(trie, tail.split(' '), id);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const match = matchAt(trie, scan, i);
    if (match === null || !isFree(scan, i, i + match.length)) continue;
    const id = match.value;
    const end = i + match.length;
    if ((firstSeen.get(id) ?? Infinity) > i) continue;
    if (
      match.length === 1 &&
      scan.lexicon.givenNames.has(withoutPrefix(scan, i, match.prefix)) &&
      !isAfterSpeechVerb(scan, i)
    )
      continue;
    addCandidate(scan, {
      entityId: id,
      type: 'person',
      first: i,
      end,
      start: offsetAfterPrefix(scan, i, match.prefix),
      stop: scan.tokens[end - 1]?.origEnd ?? 0,
      origin: 'context',
    });
    i = end - 1;
  }
}

/** Tails of persons' names (joined words) -> person id, or null when two persons share the tail. */
function collectTails(scan: EntityScan, ids: Iterable<string>): Map<string, string | null> {
  const { lexicon } = scan;
  const tails = new Map<string, string | null>();
  const add = (tail: string, id: string): void => {
    tails.set(tail, tails.has(tail) && tails.get(tail) !== id ? null : id);
  };
  for (const id of ids) {
    const created = scan.created.get(id);
    const words = created !== undefined ? created.words : toPhraseWords(lexicon.byId.get(id)?.name ?? '');
    if (created?.kunyaOnly || words.length < 2) continue;
    const surname = words[words.length - 1] ?? '';
    if (surname.length >= MIN_SURNAME && !lexicon.stopWords.has(surname)) add(surname, id);
    for (let j = 1; j < words.length - 1; j++) add(words.slice(j).join(' '), id);
  }
  return tails;
}

function withoutPrefix(scan: EntityScan, index: number, prefix: number): string {
  return wordAt(scan, index).slice(prefix);
}

function isAfterSpeechVerb(scan: EntityScan, index: number): boolean {
  const before = scan.tokens[index - 1];
  if (before === undefined || !before.isWord || scan.tokens[index]?.newlineBefore) return false;
  return listCliticStems(before.text).some(({ stem }) => scan.lexicon.speakerVerbs.has(stem));
}
