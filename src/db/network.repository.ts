/**
 * Public API: one hop of the actor network (AFFILIATION, ADVERSARY, CO_REPORTED edges touching a set of actors),
 * for actorNetwork and path.
 */
import type { Db } from './create-driver.ts';
import { readCypher } from './run-cypher.ts';

export type NetworkRelationName = 'AFFILIATION' | 'ADVERSARY' | 'CO_REPORTED';

/**
 * An edge between two actors. CO_REPORTED edges are undirected and come with source < target; they are read from
 * the derived CO_REPORTED relationships the loader keeps up to date (docs/graph-model.md).
 */
export type NetworkEdgeRow = {
  source: string;
  target: string;
  relation: NetworkRelationName;
  role: string | null;
  weight: number;
  evidence: string[];
};

/**
 * Given actor ids, the relations wanted and a per-relation limit, returns the edges touching those actors, each
 * once (also when both ends are in `ids`).
 */
export function readNetworkEdges(db: Db, ids: readonly string[], relations: readonly NetworkRelationName[], limit: number): Promise<NetworkEdgeRow[]> {
  return readCypher<NetworkEdgeRow>(db, 'networkEdgesByActorIds', { ids, relations, limit });
}
