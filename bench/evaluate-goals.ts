/**
 * Internal (benchmarks): the issue's goals checked against a run's figures, each with what was measured and,
 * where missed, what limits it (from what the benchmarks showed: statements per batch, round trips, the Cypher
 * behind the slow queries).
 */
import type { SizeResults } from './bench-results.ts';

export interface GoalStatus {
  goal: string;
  measured: string;
  /** null when this run did not measure it (e.g. a quick run has no 10k corpus). */
  met: boolean | null;
  limit?: string;
}

const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);
/** Slack for noise on a shared machine when comparing one size with another. */
const GROWTH_SLACK = 0.8;

// What limits each goal, as the run of 2026-11-22 08:28 UTC (bench/results/2026-11-22T08-28-12Z.json) showed it;
// the figures quoted are that run's: revise them when a run tells otherwise.
export const LIMITS = {
  load:
    'statements, not rows: our writer runs 15 MERGE statements per 50-article batch (src/load/write-article-batch.ts; KG_LOAD_BATCH_SIZE), each looking the node or relationship up before writing (what makes reloading idempotent), while the raw baseline sends 1000-row CREATE statements without look-ups; on a busy 2-core machine each statement costs a near-constant latency. End to end, extraction (one core, shared with the database), the content-hash read and the cross-article incident resolution (a candidate read and a comparison per batch) come on top.',
  bare:
    'two things. (1) Measurement: the same code measured 46% to 294% of the bare driver from one size to the next (list: 80%, 119%, 294%; search: 93%, 77%, 203%), because each form is driven for one window after the other on a 2-core machine that the database, the load generator and both servers share, and the database\'s state drifts between windows; a ratio from one window per form does not settle this goal. (2) The GraphQL layer\'s CPU, the steadier figure: with the same round trips, our server spends 1.0 to 2.2 times the bare server\'s CPU per request (see "server CPU ms": Apollo\'s parse, validate and execute, a resolver per field, DataLoader scheduling); where the database answers in a few milliseconds (search at 1k and 10k), that CPU is the throughput.',
  peer:
    'the peer compiles each request into ONE Cypher statement (one round trip), while our resolvers take 2 to 4 (an incident, then its place and evidence; a page, then its places; the centre actor, one read per hop, the other actors). That is where it leads: an incident\'s provenance (59% to 88% of the peer). A single read per query shape for provenance would close it. Elsewhere ours leads, by 1.4 to 15 times: the peer\'s generated Cypher does more work (four full-text queries for a search, nested per-actor expansions for the network).',
  p99:
    'the answer and the ADVERSARY branch. A depth-2 network is up to 1000 edges and their actors (about 240 actors at 10k): two edge reads, an actor read and a GraphQL answer of thousands of fields per request, with 10 requests in flight on 2 cores shared with the database and the load generator, so p99 is mostly queueing behind requests that each cost tens of milliseconds of database and server CPU (ours 38 to 139 ms of server CPU per request; the bare driver 24 to 75). On the database side, cypher/read/network-edges-by-actor-ids.cypher now reads AFFILIATION and the derived CO_REPORTED relationship from the actor id index (see "Slow Cypher" below; a depth-2 frontier went from 13.7 s to 133 ms at 10k); what remained in that run was its ADVERSARY branch, which walked perpetrator, incident and target for every frontier actor at query time (about nine tenths of a hop). It has since been materialised like CO_REPORTED (ADVERSARY_OF) and evidence is read only when selected: a later 1k + 10k run (bench/results/2026-11-22T09-44-26Z.json, with the test suite sharing the machine) measured at 10k 19.9 requests/s, p50 470 ms, p99 763 ms for ours (82% of the bare driver, 9.5 times the peer), against 2 requests/s and p99 4.5 s here. A 50 ms p99 at 10 concurrent requests asks for about 5 ms of total work per request, which a 1000-edge answer does not fit on this machine; smaller default limits (say 200 edges) or paging the network would.',
  loadGrowth:
    'writing holds up (MERGE look-ups are index seeks) and extraction is per article; end to end, cross-article incident resolution reads candidates by index seeks (cypher/read/incident-candidates.cypher), whose cost follows the incidents in a place\'s date window; the generator keeps a 3-year span whatever the size, so that window holds 50 times more incidents at 50k than at 1k.',
  flat:
    'at 50k articles every form slowed by 3 to 5 times on answers of the same size (provenance entries: 16.3 at 10k, 15.7 at 50k), the bare driver and the peer as well as ours, and so did search; the store (1.3 GB) fits the 2 GB page cache, so the database\'s JVM (heap 2 GB for a graph of 6.3 million nodes and relationships) and the machine are the suspects, not our layer. Not investigated further in this run: a run with `--heap 4g` and Neo4j\'s GC log would tell.',
};

/** Given the figures of each size (smallest first), returns each goal's status. */
export function evaluateGoals(sizes: readonly SizeResults[]): GoalStatus[] {
  const goals: GoalStatus[] = [];
  const loadRatios = sizes.map((s) => [s.articles, s.load.ratios.writeOnlyToBaseline, s.load.ratios.endToEndToBaseline] as const);
  goals.push({
    goal: 'load ≥ 70% of the raw baseline\'s rate (ours write-only, same rows)',
    measured: loadRatios.map(([n, w, e]) => `${k(n)}: ${pct(w)} (end to end, with extraction: ${pct(e)})`).join('; '),
    met: loadRatios.every(([, w]) => w !== null && w >= 0.7),
    limit: LIMITS.load,
  });
  const withQueries = sizes.filter((s) => s.queries.length > 0);
  const byCase = (pick: (q: SizeResults['queries'][number]) => number | null): string =>
    withQueries.map((s) => `${k(s.articles)}: ${s.queries.map((q) => `${q.name} ${pct(pick(q))}`).join(', ')}`).join('; ');
  const all = (pick: (q: SizeResults['queries'][number]) => number | null, min: number): boolean | null =>
    withQueries.length === 0 ? null : withQueries.every((s) => s.queries.every((q) => (pick(q) ?? 0) >= min));
  goals.push({ goal: 'GraphQL throughput ≥ 80% of the bare driver\'s', measured: byCase((q) => q.ratios.oursToBare), met: all((q) => q.ratios.oursToBare, 0.8), limit: LIMITS.bare });
  goals.push({ goal: 'GraphQL throughput ≥ the peer\'s (@neo4j/graphql)', measured: byCase((q) => q.ratios.oursToPeer), met: all((q) => q.ratios.oursToPeer, 1), limit: LIMITS.peer });
  const at10k = sizes.find((s) => s.articles === 10_000)?.queries.find((q) => q.name === 'network');
  const networkP99 = withQueries.map((s) => `${k(s.articles)}: ${s.queries.find((q) => q.name === 'network')?.forms.ours.p99Ms ?? '–'} ms`).join('; ');
  // The network's cost grows with the graph, so a smaller corpus already over the bound settles the 10k case.
  const overBelow10k = withQueries.some((s) => s.articles < 10_000 && (s.queries.find((q) => q.name === 'network')?.forms.ours.p99Ms ?? 0) >= 50);
  goals.push({
    goal: 'p99 of the depth-2 network < 50 ms at 10k articles',
    measured: at10k
      ? `${at10k.forms.ours.p99Ms} ms (bare driver ${at10k.forms.bare.p99Ms} ms); all sizes: ${networkP99}`
      : `10k not in this run; ${networkP99 || 'no queries'}${overBelow10k ? ' (already over at a smaller corpus)' : ''}`,
    met: at10k ? at10k.forms.ours.p99Ms < 50 : overBelow10k ? false : null,
    limit: LIMITS.p99,
  });
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const several = first !== undefined && last !== undefined && first !== last;
  const grow = (pick: (s: SizeResults) => number): number | null => (several ? pick(last) / Math.max(pick(first), 1e-9) : null);
  const writeGrowth = grow((s) => s.load.oursWriteOnly.articlesPerSecond);
  const e2eGrowth = grow((s) => s.load.oursEndToEnd.articlesPerSecond);
  const baselineGrowth = grow((s) => s.load.rawBaseline.articlesPerSecond);
  const holds = (x: number | null): boolean => x !== null && (x >= GROWTH_SLACK || x >= (baselineGrowth ?? 0) * 0.9);
  goals.push({
    goal: 'loading no worse than linear from 1k to 50k articles (articles/s hold up)',
    measured: several
      ? `articles/s at ${k(last.articles)} over ${k(first.articles)}: ours end to end ×${e2eGrowth?.toFixed(2)}, ours write-only ×${writeGrowth?.toFixed(2)}, raw baseline ×${baselineGrowth?.toFixed(2)}${last.articles < 50_000 ? '; 50k not in this run' : ''}`
      : 'one size in this run',
    met: several ? holds(writeGrowth) && holds(e2eGrowth) : null,
    limit: LIMITS.loadGrowth,
  });
  const lookup = (s: SizeResults | undefined) => s?.queries.find((q) => q.name === 'provenance')?.forms;
  const a = lookup(first);
  const b = lookup(last);
  const flat = several && a && b ? b.ours.requestsPerSecond / Math.max(a.ours.requestsPerSecond, 1e-9) : null;
  const flatBare = several && a && b ? b.bare.requestsPerSecond / Math.max(a.bare.requestsPerSecond, 1e-9) : null;
  goals.push({
    goal: 'id lookups flat with size (incident by id with its provenance)',
    measured: flat !== null && last && first ? `${last.articles < 50_000 ? '50k not in this run; ' : ''}requests/s at ${k(last.articles)} over ${k(first.articles)}: ours ×${flat.toFixed(2)}, bare driver ×${flatBare?.toFixed(2)}; p50 ${a?.ours.p50Ms} → ${b?.ours.p50Ms} ms` : 'one size in this run',
    met: flat === null ? null : flat >= GROWTH_SLACK,
    limit: LIMITS.flat,
  });
  return goals;
}
