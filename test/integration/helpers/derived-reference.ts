/**
 * The derived relationships (docs/graph-model.md) two ways, to compare them: as stored in the graph, and
 * recomputed here on the fly from the whole graph. CO_REPORTED in TypeScript from the claims (two actors are
 * co-reporters of an incident when one is the source or a relay of a claim about it and the other of a different
 * claim about it; weight = such incidents, evidence = those claims, sorted, the first 20). ADVERSARY_OF by the
 * aggregation the actor network ran at query time before the relationship was materialised.
 */
import type { TestNeo4j } from './test-neo4j.ts';

/** One pair: for CO_REPORTED `source` < `target`, for ADVERSARY_OF the perpetrator and the target. */
export interface DerivedPair {
  source: string;
  target: string;
  weight: number;
  evidence: string[];
}

/** Given the test database, returns the stored CO_REPORTED relationships, sorted by their ends. */
export async function readStoredCoReported(neo: TestNeo4j): Promise<DerivedPair[]> {
  return toPairs(await neo.run('MATCH (a)-[r:CO_REPORTED]->(b) RETURN a.id AS source, b.id AS target, r.weight AS weight, r.evidence AS evidence'));
}

/** Given the test database, returns the stored ADVERSARY_OF relationships, sorted by their ends. */
export async function readStoredAdversaryOf(neo: TestNeo4j): Promise<DerivedPair[]> {
  return toPairs(await neo.run('MATCH (a)-[r:ADVERSARY_OF]->(b) RETURN a.id AS source, b.id AS target, r.weight AS weight, r.evidence AS evidence'));
}

// The ADVERSARY branch of cypher/read/network-edges-by-actor-ids.cypher before ADVERSARY_OF existed, with every
// actor in $ids (its second branch, for targets whose perpetrator is not in $ids, then finds nothing).
const ADVERSARY_ON_THE_FLY = `
  MATCH (s:Actor)
  CALL (s) {
    MATCH (s)-[:PERPETRATED]->(i)-[:TARGETED]->(t)
    WHERE t <> s
    RETURN i, t
  }
  WITH s, t, collect(i) AS incidents
  CALL (incidents) {
    UNWIND incidents AS i
    MATCH (c)-[:ABOUT]->(i)
    WITH c ORDER BY c.id LIMIT 20
    RETURN collect(c.id) AS evidence
  }
  RETURN s.id AS source, t.id AS target, size(incidents) AS weight, evidence`;

/** Given the test database, returns what ADVERSARY_OF must hold: the adversary edges as computed on the fly. */
export async function computeAdversaryOf(neo: TestNeo4j): Promise<DerivedPair[]> {
  return toPairs(await neo.run(ADVERSARY_ON_THE_FLY));
}

function toPairs(rows: Record<string, unknown>[]): DerivedPair[] {
  return sortPairs(rows.map((r) => ({ source: String(r.source), target: String(r.target), weight: Number(r.weight), evidence: r.evidence as string[] })));
}

/** Given the test database, returns what CO_REPORTED must hold, aggregated over every claim in the graph. */
export async function computeCoReported(neo: TestNeo4j): Promise<DerivedPair[]> {
  const about = await neo.run('MATCH (c:Claim)-[:ABOUT]->(i:Incident) RETURN c.id AS claim, i.id AS incident');
  const links = await neo.run('MATCH (c:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(x:Actor) RETURN c.id AS claim, x.id AS actor');
  const actorsOf = new Map<string, Set<string>>();
  for (const l of links) {
    const set = actorsOf.get(String(l.claim)) ?? new Set<string>();
    set.add(String(l.actor));
    actorsOf.set(String(l.claim), set);
  }
  const claimsOf = new Map<string, string[]>();
  for (const a of about) claimsOf.set(String(a.incident), [...(claimsOf.get(String(a.incident)) ?? []), String(a.claim)]);
  const pairs = new Map<string, { incidents: Set<string>; claims: Set<string> }>();
  for (const [incident, claims] of claimsOf) {
    for (const cx of claims) {
      for (const cy of claims) {
        if (cx === cy) continue;
        for (const x of actorsOf.get(cx) ?? []) {
          for (const y of actorsOf.get(cy) ?? []) {
            if (x === y) continue;
            const key = x < y ? `${x}\n${y}` : `${y}\n${x}`;
            const pair = pairs.get(key) ?? { incidents: new Set<string>(), claims: new Set<string>() };
            pair.incidents.add(incident);
            pair.claims.add(cx).add(cy);
            pairs.set(key, pair);
          }
        }
      }
    }
  }
  return sortPairs(
    [...pairs].map(([key, p]) => {
      const [source = '', target = ''] = key.split('\n');
      return { source, target, weight: p.incidents.size, evidence: [...p.claims].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 20) };
    }),
  );
}

function sortPairs(pairs: DerivedPair[]): DerivedPair[] {
  return pairs.sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
}
