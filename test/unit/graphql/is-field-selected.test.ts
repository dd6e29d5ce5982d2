import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isFieldSelected } from '../../../src/graphql/selection/is-field-selected.ts';

const schema = buildSchema(`
  type Query { net: Net }
  type Net { edges: [Edge!]! nodes: [Node!]! }
  type Edge { weight: Int evidence: [Claim!]! }
  type Node { id: ID evidence: [Claim!]! }
  type Claim { id: ID }
`);

/** Runs the query and returns what isFieldSelected said, in the resolver of `net`, about `path`. */
async function selected(source: string, variableValues?: Record<string, unknown>, path = ['edges', 'evidence']): Promise<boolean> {
  const seen: boolean[] = [];
  const net = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    seen.push(isFieldSelected(info, path));
    return { edges: [], nodes: [] };
  };
  const result = await graphql({ schema, source, variableValues, rootValue: { net } });
  expect(result.errors).toBeUndefined();
  expect(seen).toHaveLength(1);
  return seen[0] as boolean;
}

describe('isFieldSelected', () => {
  it('finds a field selected directly, under an alias too', async () => {
    expect(await selected('{ net { edges { weight evidence { id } } } }')).toBe(true);
    expect(await selected('{ net { e: edges { ev: evidence { id } } } }')).toBe(true);
  });

  it('does not find a field selected elsewhere or not at all', async () => {
    expect(await selected('{ net { edges { weight } } }')).toBe(false);
    expect(await selected('{ net { nodes { evidence { id } } edges { weight } } }')).toBe(false);
  });

  it('looks into named and inline fragments, at any level', async () => {
    expect(await selected('query { net { ...N } } fragment N on Net { edges { ...E } } fragment E on Edge { evidence { id } }')).toBe(true);
    expect(await selected('{ net { ... on Net { edges { ... { evidence { id } } } } } }')).toBe(true);
    expect(await selected('query { net { ...N } } fragment N on Net { edges { weight } }')).toBe(false);
  });

  it('merges the nodes of a field selected twice', async () => {
    expect(await selected('{ net { edges { weight } } net { edges { evidence { id } } } }')).toBe(true);
  });

  it('leaves out what @skip and @include leave out', async () => {
    expect(await selected('{ net { edges { evidence @skip(if: true) { id } } } }')).toBe(false);
    expect(await selected('query ($with: Boolean!) { net { edges @include(if: $with) { evidence { id } } } }', { with: false })).toBe(false);
    expect(await selected('query ($with: Boolean!) { net { edges @include(if: $with) { evidence { id } } } }', { with: true })).toBe(true);
    expect(await selected('query ($skip: Boolean!) { net { ...N @skip(if: $skip) } } fragment N on Net { edges { evidence { id } } }', { skip: true })).toBe(false);
  });

  it('takes an empty path for the field itself', async () => {
    expect(await selected('{ net { edges { weight } } }', undefined, [])).toBe(true);
  });
});
