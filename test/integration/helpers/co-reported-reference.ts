/**
 * The derived CO_REPORTED relationships two ways, to compare them: as stored in the graph, and recomputed here in
 * TypeScript from the claims of the whole graph (docs/graph-model.md: two actors are co-reporters of an
 * incident when one is the source or a relay of a claim about it and the other of a different claim about it;
 * weight = such incidents, evidence = those claims, sorted, the first 20).
 */
import type { TestNeo4j } from './test-neo4j.ts';

/** One pair, `source` < `target`. */
export interface CoReportedPair {
  source: string;
  target: string;
  weight: number;
  evidence: string[];
}

/** Given the test database, returns the stored CO_REPORTED relationships, sorted by their ends. */
export async function readStoredCoReported(neo: TestNeo4j): Promise<CoReportedPair[]> {
  const rows = await neo.run('MATCH (a)-[r:CO_REPORTED]->(b) RETURN a.id AS source, b.id AS target, r.weight AS weight, r.evidence AS evidence');
  return sortPairs(rows.map((r) => ({ source: String(r.source), target: String(r.target), weight: Number(r.weight), evidence: r.evidence as string[] })));
}

/** Given the test database, returns what CO_REPORTED must hold, aggregated over every claim in the graph. */
export async function computeCoReported(neo: TestNeo4j): Promise<CoReportedPair[]> {
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

function sortPairs(pairs: CoReportedPair[]): CoReportedPair[] {
  return pairs.sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
}
