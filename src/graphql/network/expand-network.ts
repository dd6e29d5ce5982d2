/**
 * Public API: the actor network around one actor, breadth first: one read of edges per hop (so depth 3 makes
 * three round trips), each edge kept once, cut at a maximum number of edges.
 */
import type { NetworkEdgeRow, NetworkRelationName } from '../../db/network.repository.ts';

/** Reads the edges touching a set of actors (one database round trip). */
export type ReadEdges = (ids: readonly string[], relations: readonly NetworkRelationName[], limit: number) => Promise<NetworkEdgeRow[]>;

/** The network found: actor ids (centre first), edges, and whether the edge limit cut it. */
export interface NetworkData {
  nodeIds: string[];
  edges: NetworkEdgeRow[];
  truncated: boolean;
}

/** Given an edge's fields, returns the key that identifies it (direction kept, CO_REPORTED already ordered). */
export function edgeKey(e: NetworkEdgeRow): string {
  return `${e.relation}|${e.source}|${e.target}|${e.role ?? ''}`;
}

/** Given a centre, a depth, relations, an edge reader and an edge limit, returns the network within `depth` hops. */
export async function expandNetwork(
  center: string,
  depth: number,
  relations: readonly NetworkRelationName[],
  readEdges: ReadEdges,
  maxEdges: number,
): Promise<NetworkData> {
  const seen = new Set([center]);
  const edges = new Map<string, NetworkEdgeRow>();
  let frontier = [center];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    for (const row of await readEdges(frontier, relations, maxEdges)) {
      if (edges.size >= maxEdges) {
        truncated = true;
        break;
      }
      edges.set(edgeKey(row), { ...row, evidence: [...new Set(row.evidence)] });
      for (const end of [row.source, row.target]) {
        if (!seen.has(end)) {
          seen.add(end);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  return { nodeIds: [...seen], edges: [...edges.values()], truncated };
}
