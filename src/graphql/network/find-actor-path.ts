/**
 * Public API: the shortest connection between two actors over the network's edges (taken in either direction),
 * by bidirectional breadth-first search: each step expands the smaller frontier with one read of edges, and
 * the search stops at `maxLength` edges.
 */
import type { NetworkEdgeRow, NetworkRelationName } from '../../db/network.repository.ts';
import type { ReadEdges } from './expand-network.ts';

/** A path: the actor ids from `from` to `to` and the edge between each pair. */
export interface PathData {
  nodeIds: string[];
  edges: NetworkEdgeRow[];
}

interface Side {
  parents: Map<string, { prev: string; edge: NetworkEdgeRow } | null>;
  frontier: string[];
}

/** Given two actor ids, a maximum length, relations, an edge reader and a per-read limit, returns the shortest path or null. */
export async function findActorPath(
  from: string,
  to: string,
  maxLength: number,
  relations: readonly NetworkRelationName[],
  readEdges: ReadEdges,
  limit: number,
): Promise<PathData | null> {
  if (from === to) return { nodeIds: [from], edges: [] };
  const a: Side = { parents: new Map([[from, null]]), frontier: [from] };
  const b: Side = { parents: new Map([[to, null]]), frontier: [to] };
  for (let length = 0; length < maxLength && a.frontier.length > 0 && b.frontier.length > 0; length++) {
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const inFrontier = new Set(side.frontier);
    const next: string[] = [];
    let meet: string | null = null;
    for (const edge of await readEdges(side.frontier, relations, limit)) {
      for (const [u, v] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
        if (!inFrontier.has(u) || side.parents.has(v)) continue;
        side.parents.set(v, { prev: u, edge });
        next.push(v);
        if (meet === null && other.parents.has(v)) meet = v;
      }
    }
    if (meet !== null) return joinPath(walk(a, meet), walk(b, meet));
    side.frontier = next;
  }
  return null;
}

/** Given a side and the meeting node, returns the walk back to the side's start, each step with the edge to its parent. */
function walk(side: Side, meet: string): { node: string; edge: NetworkEdgeRow | null }[] {
  const steps: { node: string; edge: NetworkEdgeRow | null }[] = [];
  let node: string | undefined = meet;
  while (node !== undefined) {
    const parent = side.parents.get(node);
    steps.push({ node, edge: parent?.edge ?? null });
    node = parent?.prev;
  }
  return steps;
}

/** Given both walks from the meeting node (to `from` and to `to`), returns the path from `from` to `to`. */
function joinPath(left: { node: string; edge: NetworkEdgeRow | null }[], right: { node: string; edge: NetworkEdgeRow | null }[]): PathData {
  const edgesOf = (steps: { edge: NetworkEdgeRow | null }[]) => steps.flatMap((s) => (s.edge ? [s.edge] : []));
  return {
    nodeIds: [...left.map((s) => s.node).reverse(), ...right.slice(1).map((s) => s.node)],
    edges: [...edgesOf(left).reverse(), ...edgesOf(right)],
  };
}
