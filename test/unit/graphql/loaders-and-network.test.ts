import { describe, expect, it } from 'vitest';
import type { NetworkEdgeRow } from '../../../src/db/network.repository.ts';
import { createNodeLoader } from '../../../src/graphql/loaders/create-node-loader.ts';
import { createPageLoader } from '../../../src/graphql/loaders/create-page-loader.ts';
import { expandNetwork } from '../../../src/graphql/network/expand-network.ts';
import { findActorPath } from '../../../src/graphql/network/find-actor-path.ts';

const edge = (source: string, target: string, relation: NetworkEdgeRow['relation'] = 'AFFILIATION'): NetworkEdgeRow => ({ source, target, relation, role: null, weight: 1, evidence: [] });
// a - b - c - d - e, and b - x
const GRAPH = [edge('a', 'b'), edge('b', 'c', 'ADVERSARY'), edge('c', 'd'), edge('d', 'e', 'CO_REPORTED'), edge('x', 'b')];
const reader = (calls: string[][]) => async (ids: readonly string[]) => {
  calls.push([...ids]);
  return GRAPH.filter((e) => ids.includes(e.source) || ids.includes(e.target));
};

describe('loaders', () => {
  it('batch N loads into one call and put rows back in key order with nulls for gaps', async () => {
    const calls: string[][] = [];
    const loader = createNodeLoader<{ id: string }>(async (ids) => {
      calls.push([...ids]);
      return ids.filter((id) => id !== 'missing').reverse().map((id) => ({ key: id, node: { id } }));
    });
    const ids = ['a', 'missing', 'b', 'c'];
    expect(await Promise.all(ids.map((id) => loader.load(id)))).toEqual([{ id: 'a' }, null, { id: 'b' }, { id: 'c' }]);
    expect(calls).toEqual([ids]);
  });

  it('batch paged loads that share their arguments into one call per argument set', async () => {
    const calls: unknown[] = [];
    const loader = createPageLoader<string, { stance: string | null }>(async (ids, args, slice) => {
      calls.push({ ids, args, slice });
      return ids.map((key) => ({ key, total: 3, page: [`${key}-${args.stance}`] }));
    });
    const pages = await Promise.all([
      loader.load({ id: 'i1', skip: 0, limit: 5, args: { stance: null } }),
      loader.load({ id: 'i2', skip: 0, limit: 5, args: { stance: null } }),
      loader.load({ id: 'i1', skip: 0, limit: 5, args: { stance: 'deny' } }),
    ]);
    expect(pages.map((p) => p.page[0])).toEqual(['i1-null', 'i2-null', 'i1-deny']);
    expect(calls).toHaveLength(2);
  });
});

describe('network search', () => {
  it('expands one read per hop, each edge once', async () => {
    const calls: string[][] = [];
    const net = await expandNetwork('a', 2, ['AFFILIATION', 'ADVERSARY', 'CO_REPORTED'], reader(calls), 100);
    expect(net.nodeIds.sort()).toEqual(['a', 'b', 'c', 'x']);
    expect(net.edges).toHaveLength(3);
    expect(calls).toEqual([['a'], ['b']]);
    expect((await expandNetwork('a', 3, ['AFFILIATION'], reader([]), 2)).truncated).toBe(true);
  });

  it('finds the shortest path either way along edges, within the length bound', async () => {
    const path = await findActorPath('a', 'e', 4, ['AFFILIATION'], reader([]), 100);
    expect(path?.nodeIds).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(path?.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['a>b', 'b>c', 'c>d', 'd>e']);
    expect(await findActorPath('a', 'e', 3, ['AFFILIATION'], reader([]), 100)).toBeNull();
    expect((await findActorPath('e', 'x', 4, ['AFFILIATION'], reader([]), 100))?.nodeIds).toEqual(['e', 'd', 'c', 'b', 'x']);
    expect(await findActorPath('a', 'a', 1, ['AFFILIATION'], reader([]), 100)).toEqual({ nodeIds: ['a'], edges: [] });
  });
});
