import { describe, expect, it } from 'vitest';
import { getCypher, listCypherFiles, listSchemaStatements, Q } from '../../../src/db/cypher-registry.ts';

describe('the Cypher registry', () => {
  const registered = new Set<string>(Object.values(Q));
  const onDisk = listCypherFiles().filter((f) => !f.startsWith('schema/'));

  it('names every non-schema .cypher file on disk', () => {
    expect(onDisk.filter((f) => !registered.has(f))).toEqual([]);
  });

  it('points only at files that exist', () => {
    expect([...registered].filter((f) => !onDisk.includes(f))).toEqual([]);
  });

  it('gives each file a header comment and no string-built values', () => {
    for (const key of Object.keys(Q) as (keyof typeof Q)[]) {
      const text = getCypher(key);
      expect(text, key).toMatch(/^\/\/ /);
      expect(text, key).not.toMatch(/\$\{/);
    }
  });

  it('lists schema statements in numbered order, each idempotent', () => {
    const files = listSchemaStatements();
    expect(files.map((f) => f.file)).toEqual([...files.map((f) => f.file)].sort());
    for (const { file, text } of files) {
      expect(file).toMatch(/^schema\/\d{3}-[a-z0-9-]+\.cypher$/);
      expect(text, file).toMatch(/IF NOT EXISTS/);
    }
  });
});
