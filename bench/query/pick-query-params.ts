/**
 * Internal (benchmarks): picks, from the loaded graph, what the measured queries ask about, deterministically:
 * actors spread over the range of network degrees (not only hubs), incidents with at least two claims spread
 * over their ids, four incident filters (types, a year, types from a date, the governorate with most incidents)
 * each on pages 1 to 3, and ten search words. Requests rotate over these.
 */
import type { Db } from '../../src/db/create-driver.ts';
import { runAutoCommit } from '../../src/db/run-cypher.ts';
import type { CaseName, CaseParams } from './query-cases.ts';

const ACTORS_BY_DEGREE = `
MATCH (a:Actor) WHERE a.kind IN ['ARMED_GROUP', 'STATE', 'ORGANIZATION']
WITH a, COUNT { (a)-[:PERPETRATED]->(:Incident) } + COUNT { (a)<-[:TARGETED]-(:Incident) } + COUNT { (a)-[:AFFILIATED_WITH]-(:Actor) } AS degree
WHERE degree > 0
RETURN a.id AS id ORDER BY degree DESC, id`;
const INCIDENTS_WITH_CLAIMS = `
MATCH (i:Incident) WHERE COUNT { (:Claim)-[:ABOUT]->(i) } >= 2
RETURN i.id AS id ORDER BY id`;
const TOP_GOVERNORATE = `
MATCH (:Incident)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..]->(g:Location {kind: 'governorate'})
RETURN g.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`;
const MIDDLE_YEAR = `
MATCH (i:Incident) WHERE i.date IS NOT NULL
WITH i.date AS d ORDER BY d
WITH collect(d) AS dates
RETURN substring(dates[size(dates) / 2], 0, 4) AS year`;
const SEARCH_WORDS = ['داعش', 'قسد', 'التحالف', 'دير الزور', 'الرقة', 'غارات', 'مدنيين', 'اشتباكات', 'المرصد', 'تعزيزات'];

/** Given a Db, returns the rotation of parameters for each case (empty when the graph has nothing to ask about). */
export async function pickQueryParams(db: Db): Promise<Record<CaseName, CaseParams[]>> {
  const ids = async (text: string): Promise<string[]> => (await runAutoCommit<{ id: string }>(db, text, {}, 'bench')).map((r) => r.id);
  const actors = spread(await ids(ACTORS_BY_DEGREE), 10);
  const incidents = spread(await ids(INCIDENTS_WITH_CLAIMS), 20);
  const [governorate] = await ids(TOP_GOVERNORATE);
  const [middle] = await runAutoCommit<{ year: string | null }>(db, MIDDLE_YEAR, {}, 'bench');
  const year = middle?.year ?? '2018';
  const filters = [
    { types: ['airstrike', 'shelling'] },
    { from: `${year}-01-01`, to: `${year}-12-31` },
    { types: ['clash', 'attack'], from: `${year}-06-01` },
    ...(governorate ? [{ locationId: governorate }] : []),
  ];
  return {
    network: actors.map((id) => ({ case: 'network', id })),
    provenance: incidents.map((id) => ({ case: 'provenance', id })),
    list: filters.flatMap((filter) => [0, 1, 2].map((page) => ({ case: 'list' as const, filter, page }))),
    search: SEARCH_WORDS.map((text) => ({ case: 'search', text })),
  };
}

/** Given a ranked list, returns at most `k` of its items evenly spread from first to last. */
function spread<T>(list: readonly T[], k: number): T[] {
  if (list.length <= k) return [...list];
  return Array.from({ length: k }, (_, i) => list[Math.round((i * (list.length - 1)) / (k - 1))] as T);
}
