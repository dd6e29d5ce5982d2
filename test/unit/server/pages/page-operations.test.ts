import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as explorerQueries from '../../../../src/server/pages/explorer/explorer-queries.ts';
import { EXAMPLE_TABS } from '../../../../src/server/pages/playground/example-operations.ts';

// The pages reach the data only through the public API: every operation they send must stay valid against the
// committed SDL, so a schema change that breaks the playground's examples or the explorer fails here first.
const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

describe('the operations the pages send', () => {
  const operations: [string, string][] = [
    ...EXAMPLE_TABS.map((tab): [string, string] => [`playground: ${tab.journey}`, tab.query]),
    ...Object.entries(explorerQueries).map(([name, query]): [string, string] => [`explorer: ${name}`, query]),
  ];

  it('covers the three journeys and the explorer panels', () => {
    expect(operations.map(([name]) => name)).toEqual([
      'playground: actor network',
      'playground: incident provenance',
      'playground: outlet comparison',
      'explorer: FIND_ACTORS',
      'explorer: ACTOR_NETWORK',
      'explorer: LIST_INCIDENTS',
      'explorer: INCIDENT_PROVENANCE',
    ]);
  });

  it.each(operations)('%s is valid against schema/schema.graphql', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('gives the playground valid JSON variables', () => {
    for (const tab of EXAMPLE_TABS) expect(() => JSON.parse(tab.variables)).not.toThrow();
  });
});
