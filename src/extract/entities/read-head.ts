/**
 * Internal: reads a head noun ("وكالة", "قرية", "مخيم") at a token, its clitics peeled off ("بريف" -> "ريف").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import type { CompiledHead } from '../lexicon/lexicon-types.ts';
import { wordAt, type EntityScan } from './entity-scan.ts';

/** A head noun found at a token, with the number of prefix chars peeled off. */
export interface HeadAt {
  head: CompiledHead;
  prefix: number;
}

/** Given a scan and a token index, returns the head noun there (in construct form, without the article), or null. */
export function readHead(scan: EntityScan, index: number): HeadAt | null {
  const word = wordAt(scan, index);
  if (word === '') return null;
  for (const { stem, prefix } of listCliticStems(word)) {
    const head = scan.lexicon.heads.get(stem);
    if (head !== undefined) return { head, prefix };
  }
  return null;
}
