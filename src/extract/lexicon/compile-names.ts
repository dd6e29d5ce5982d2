/**
 * Internal: builds the name trie from the lexicon entities, with spacing variants, and leaves out aliases that are
 * only a descriptor plus another name of the same entity ("قوات التحالف" when "التحالف" is known), so that the
 * mention is the shortest span that names the entity and the descriptor is read from context.
 */
import { addPhrase, createPhraseTrie, type PhraseNode } from './phrase-trie.ts';
import { listNameVariants } from './list-name-variants.ts';
import { toPhraseWords } from './phrase-words.ts';
import type { NameValue } from './lexicon-types.ts';

/** The names of one entity to put in the trie, with its rank (lower wins a shared name). */
export interface NamedEntity {
  index: number;
  names: string[];
  rank: number;
}

/** Given the entities with their names and the descriptor words, returns the name trie and any warnings. */
export function compileNames(
  entities: readonly NamedEntity[],
  descriptors: ReadonlySet<string>,
): { trie: PhraseNode<NameValue>; warnings: string[] } {
  const trie = createPhraseTrie<NameValue>();
  const warnings: string[] = [];
  const keep = (old: NameValue, added: NameValue): NameValue => (added.rank < old.rank ? added : old);
  for (const entity of entities) {
    const wordLists = entity.names.map(toPhraseWords).filter((words) => words.length > 0);
    if (wordLists.length === 0) warnings.push(`entity #${entity.index} has no usable name`);
    const keys = new Set(wordLists.map((words) => words.join(' ')));
    wordLists.forEach((words, k) => {
      if (isDescriptorPlusName(words, keys, descriptors)) return;
      // The entity's first name ranks above its aliases when two entities share a name.
      const value: NameValue = { entity: entity.index, rank: entity.rank * 2 + (k === 0 ? 0 : 1) };
      for (const variant of listNameVariants(words)) addPhrase(trie, variant, value, keep);
    });
  }
  return { trie, warnings };
}

function isDescriptorPlusName(words: readonly string[], keys: ReadonlySet<string>, descriptors: ReadonlySet<string>): boolean {
  let k = 0;
  while (k < words.length - 1 && descriptors.has(words[k] ?? '')) {
    k++;
    if (keys.has(words.slice(k).join(' '))) return true;
  }
  return false;
}
