/**
 * Internal: builds the name trie from the lexicon entities, with spacing variants. Two conventions keep every
 * mention the shortest span that names its entity:
 * - an alias made of descriptors and another name of the same entity ("قوات التحالف", "وكالة أعماق") matches as a
 *   whole but its mention starts after the descriptors; every other name gets the same descriptors too
 *   ("قوات التحالف الدولي");
 * - a place named by a direction or a place head plus another known place ("شرق الفرات", "محافظة دير الزور",
 *   "ريف دير الزور الشرقي") is left out, so the text is read as a mention of that other place.
 */
import { addPhrase, createPhraseTrie, type PhraseNode } from './phrase-trie.ts';
import { listNameVariants } from './list-name-variants.ts';
import { listSpellingVariants, type SpellingPair } from './list-spelling-variants.ts';
import { toPhraseWords } from './phrase-words.ts';
import type { NameValue } from './lexicon-types.ts';

/** The names of one entity to put in the trie, with its rank (lower wins a shared name). */
export interface NamedEntity {
  index: number;
  names: string[];
  rank: number;
  isLocation: boolean;
}

/** The word classes the naming conventions need (normalized words). */
export interface NameRules {
  descriptors: ReadonlySet<string>;
  /** Words that qualify a place without naming another one: directions and place heads ("شرق", "محافظة"). */
  placeQualifiers: ReadonlySet<string>;
  /** A qualifier that names a place of its own unless an adjective follows ("ريف دمشق" vs "ريف حلب الشمالي"). */
  weakPlaceQualifiers: ReadonlySet<string>;
  placeAdjectives: ReadonlySet<string>;
  /** Interchangeable spellings inside words ("كورد"/"كرد"); every name also matches written the other way. */
  spellings?: readonly SpellingPair[];
}

/** Given the entities with their names and the naming rules, returns the name trie and any warnings. */
export function compileNames(
  entities: readonly NamedEntity[],
  rules: NameRules,
): { trie: PhraseNode<NameValue>; warnings: string[] } {
  const trie = createPhraseTrie<NameValue>();
  const warnings: string[] = [];
  const keep = (old: NameValue, added: NameValue): NameValue => (added.rank < old.rank ? added : old);
  const placeKeys = new Set<string>();
  const lists = entities.map((entity) => entity.names.map(toPhraseWords).filter((words) => words.length > 0));
  entities.forEach((entity, k) => {
    if (entity.isLocation) for (const words of lists[k] ?? []) placeKeys.add(words.join(' '));
  });
  entities.forEach((entity, k) => {
    const wordLists = lists[k] ?? [];
    if (wordLists.length === 0) warnings.push(`entity #${entity.index} has no usable name`);
    // A descriptor may also stand before the first words of a name: "قوات الحشد" for "الحشد الشعبي".
    const keys = new Set(wordLists.flatMap((words) => words.map((_, n) => words.slice(0, n + 1).join(' '))));
    const usedDescriptors = new Set<string>();
    const add = (words: readonly string[], primary: boolean, trim: number): void => {
      const value: NameValue = { entity: entity.index, rank: entity.rank * 2 + (primary ? 0 : 1), trim };
      for (const spelled of listSpellingVariants(words, rules.spellings ?? []))
        for (const variant of listNameVariants(spelled)) addPhrase(trie, variant, value, keep);
    };
    wordLists.forEach((words, n) => {
      if (entity.isLocation && isQualifiedPlace(words, placeKeys, rules)) return;
      const trim = countDescriptors(words, keys, rules.descriptors);
      if (trim > 0) usedDescriptors.add(words.slice(0, trim).join(' '));
      add(words, n === 0, trim);
    });
    for (const descriptor of usedDescriptors) {
      const head = descriptor.split(' ');
      for (const words of wordLists) {
        if (countDescriptors(words, keys, rules.descriptors) === 0)
          add([...head, ...words], false, head.length);
      }
    }
  });
  return { trie, warnings };
}

/** How many leading descriptor words precede another name of the same entity (0 when none do). */
function countDescriptors(
  words: readonly string[],
  keys: ReadonlySet<string>,
  descriptors: ReadonlySet<string>,
): number {
  let k = 0;
  while (k < words.length - 1 && descriptors.has(words[k] ?? '')) {
    k++;
    if (keys.has(words.slice(k).join(' '))) return k;
  }
  return 0;
}

function isQualifiedPlace(
  words: readonly string[],
  placeKeys: ReadonlySet<string>,
  rules: NameRules,
): boolean {
  const first = words[0] ?? '';
  const weak = rules.weakPlaceQualifiers.has(first);
  if (!rules.placeQualifiers.has(first) && !weak) return false;
  let end = words.length;
  while (end > 2 && rules.placeAdjectives.has(words[end - 1] ?? '')) end--;
  if (weak && end === words.length) return false;
  // "شمال شرق سوريا", "شمال وشرق سوريا": several direction words may qualify the place.
  let from = 1;
  while (from < end - 1 && isQualifier(words[from] ?? '', rules)) from++;
  return placeKeys.has(words.slice(from, end).join(' '));
}

function isQualifier(word: string, rules: NameRules): boolean {
  return (
    rules.placeQualifiers.has(word) || (word.startsWith('\u0648') && rules.placeQualifiers.has(word.slice(1)))
  );
}
