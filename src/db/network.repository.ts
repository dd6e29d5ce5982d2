/**
 * Public API: one hop of the actor network (AFFILIATION, ADVERSARY, CO_REPORTED edges touching a set of actors),
 * for actorNetwork and path.
 */
import type { Db } from './create-driver.ts';
import { readCypher } from './run-cypher.ts';

export type NetworkRelationName = 'AFFILIATION' | 'ADVERSARY' | 'CO_REPORTED';

/**
 * An edge between two actors. CO_REPORTED edges are undirected and come with source < target; ADVERSARY edges go
 * from the perpetrator to the target. Both are read from the derived relationships the loader keeps up to date
 * (CO_REPORTED, ADVERSARY_OF: docs/graph-model.md). `evidence` is empty when the read was made without it.
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
 * Given actor ids, the relations wanted, a per-relation limit and whether to read each edge's evidence, returns
 * the edges touching those actors, each once (also when both ends are in `ids`). Without evidence, every
 * `evidence` is [] (the lists are neither read nor sent: up to 20 ids per edge, 1000 edges per relation).
 */
export function readNetworkEdges(
  db: Db,
  ids: readonly string[],
  relations: readonly NetworkRelationName[],
  limit: number,
  withEvidence: boolean,
): Promise<NetworkEdgeRow[]> {
  return readCypher<NetworkEdgeRow>(db, 'networkEdgesByActorIds', { ids, relations, limit, withEvidence });
}
