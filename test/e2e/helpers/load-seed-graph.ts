/**
 * The e2e tests' data: the five seed articles (seeds/articles) loaded by the real loader into the test Neo4j,
 * with the lexicon's actors and places, and the incident the most outlets report, for the provenance view.
 */
import { loadSeeds } from '../../../src/load/load-seeds.ts';
import type { TestNeo4j } from '../../integration/helpers/test-neo4j.ts';

export interface SeedGraph {
  /** The incident with claims from the most outlets (then the most claims). */
  incidentId: string;
  /** The English (else Arabic) names of the outlets that report it. */
  outletNames: string[];
  claimCount: number;
}

/** Given the test database, empties it, loads the seeds, and returns what the provenance test looks for. */
export async function loadSeedGraph(neo: TestNeo4j): Promise<SeedGraph> {
  await neo.reset();
  await loadSeeds(neo.get(), process.cwd(), { force: true });
  const [row] = await neo.run(
    `MATCH (o:Actor)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(c:Claim)-[:ABOUT]->(i:Incident)
     WITH i, collect(DISTINCT coalesce(o.nameEn, o.name)) AS outlets, count(DISTINCT c) AS claims
     RETURN i.id AS incidentId, outlets, claims ORDER BY size(outlets) DESC, claims DESC, i.id LIMIT 1`,
  );
  if (!row) throw new Error('loadSeedGraph: the seeds gave no incident with a claim from a known outlet');
  return { incidentId: String(row['incidentId']), outletNames: row['outlets'] as string[], claimCount: Number(row['claims']) };
}
