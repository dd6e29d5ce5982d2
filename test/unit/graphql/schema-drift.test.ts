import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from '../../../src/graphql/build-schema.ts';

describe('schema/schema.graphql', () => {
  it('matches what the code emits (run `npm run schema:emit` when this fails)', () => {
    const committed = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `npm run schema:emit` and commit it').toBe(printAppSchema());
  });
});
