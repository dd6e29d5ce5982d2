/**
 * Public API: groups incident reports into incidents. Pairs that compareReports finds to be the same event are
 * joined strongest first (ties by ids), and two groups are joined only when no pair across them conflicts (two
 * reports of one article, apart in place or time, of unrelated types, or kept apart by hand). The groups depend
 * only on the set of reports, never on their order, so any loader that clusters a closed set of reports (every
 * report the same-event pairs reach: see resolve-reports.ts) gets the same incidents.
 */
import { compareReports, type ReportComparison } from './compare-reports.ts';
import type { PlaceTree } from './place-tree.ts';
import type { ReportFacts } from './report-facts.ts';

/** One join of two reports: the pair that brought their groups together. */
export interface ReportJoin {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

/** One incident: its reports (sorted ids) and the joins that made it (none for a single report). */
export interface ReportCluster {
  /** The smallest report id: stable whatever the order of loading. */
  id: string;
  reportIds: string[];
  joins: ReportJoin[];
}

/** Options of clusterReports. */
export interface ClusterReportsOptions {
  /** Pairs of report ids that must stay apart (`kg resolve --keep-apart`). Default: none. */
  keepApart?: Iterable<readonly [string, string]>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Given the place tree, reports and options, returns their incidents, sorted by id. */
export function clusterReports(
  tree: PlaceTree,
  reports: readonly ReportFacts[],
  options: ClusterReportsOptions = {},
): ReportCluster[] {
  const sorted = [...new Map(reports.map((r) => [r.id, r])).values()].sort((x, y) => byId(x.id, y.id));
  const apart = new Set([...(options.keepApart ?? [])].map(([a, b]) => pairKey(a, b)));
  const conflicts = new Set<string>();
  const joins: ReportJoin[] = [];
  for (let x = 0; x < sorted.length; x++) {
    for (let y = x + 1; y < sorted.length; y++) {
      const a = sorted[x] as ReportFacts;
      const b = sorted[y] as ReportFacts;
      const c: ReportComparison = compareReports(tree, a, b);
      if (c.conflict || apart.has(pairKey(a.id, b.id))) conflicts.add(pairKey(a.id, b.id));
      else if (c.same) joins.push({ a: a.id, b: b.id, score: c.score, reasons: c.reasons });
    }
  }
  joins.sort((p, q) => q.score - p.score || byId(p.a, q.a) || byId(p.b, q.b));
  const groupOf = new Map(sorted.map((r) => [r.id, r.id]));
  const members = new Map(sorted.map((r) => [r.id, [r.id]]));
  const used = new Map<string, ReportJoin[]>(sorted.map((r) => [r.id, []]));
  for (const join of joins) {
    const ga = groupOf.get(join.a) ?? join.a;
    const gb = groupOf.get(join.b) ?? join.b;
    if (ga === gb) continue;
    const ma = members.get(ga) ?? [];
    const mb = members.get(gb) ?? [];
    if (ma.some((x) => mb.some((y) => conflicts.has(pairKey(x, y))))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...ma, ...mb].sort(byId);
    members.set(keep, merged);
    members.delete(drop);
    used.set(keep, [...(used.get(keep) ?? []), ...(used.get(drop) ?? []), join]);
    used.delete(drop);
    for (const id of merged) groupOf.set(id, keep);
  }
  return [...members.entries()]
    .map(([id, reportIds]) => ({ id, reportIds, joins: used.get(id) ?? [] }))
    .sort((p, q) => byId(p.id, q.id));
}
