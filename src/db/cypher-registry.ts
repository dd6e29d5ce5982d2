/**
 * Public API: the single index of every Cypher statement in `cypher/`, read from disk once and cached.
 * Add a file under cypher/<area>/<verb>-<noun>.cypher and a key here; a unit test checks both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export const Q = {
  dbmsComponents: 'admin/dbms-components.cypher',
  countNodesByLabel: 'admin/count-nodes-by-label.cypher',
  deleteAll: 'admin/delete-all.cypher',
} as const;

export type QueryKey = keyof typeof Q;

/** Statements that must run in an auto-commit transaction (CALL ... IN TRANSACTIONS). */
export const AUTO_COMMIT: ReadonlySet<QueryKey> = new Set<QueryKey>(['deleteAll']);

let cache: Map<QueryKey, string> | null = null;

/** Given a key of Q, returns the statement text (the file read once per process). */
export function getCypher(key: QueryKey): string {
  cache ??= new Map((Object.keys(Q) as QueryKey[]).map((k) => [k, readFileSync(join(CYPHER_DIR, Q[k]), 'utf8')]));
  const text = cache.get(key);
  if (text === undefined) throw new TypeError(`Unknown Cypher key "${String(key)}"; add it to Q in cypher-registry.ts.`);
  return text;
}

/** Given nothing, returns the schema statements of cypher/schema/ in file-name order. */
export function listSchemaStatements(): { file: string; text: string }[] {
  const dir = join(CYPHER_DIR, 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ file: `schema/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Given nothing, returns every .cypher file under cypher/ (relative paths), for the registry drift test. */
export function listCypherFiles(): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(join(CYPHER_DIR, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(rel, e.name)) : e.name.endsWith('.cypher') ? [join(rel, e.name)] : [],
    );
  return walk('').sort();
}
