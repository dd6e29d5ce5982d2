/**
 * Public API: the properties of a joined incident, computed from its reports alone (so the same reports always give
 * the same incident): the commonest type, the most precise date, the deepest place, the first-published summary,
 * every perpetrator and target, the reports it joins and the reasons of each join.
 */
import type { PlaceTree } from './place-tree.ts';
import type { ReportCluster } from './cluster-reports.ts';
import type { ReportFacts } from './report-facts.ts';

/** A stored report: the facts the comparison reads plus what the incident shows. */
export interface StoredReport extends ReportFacts {
  dateText: string | null;
  locationPrecision: string;
  summary: string | null;
}

/** What the resolver writes for one incident. */
export interface IncidentDescription {
  id: string;
  type: string;
  date: string | null;
  dateText: string | null;
  datePrecision: string;
  locationId: string | null;
  locationPrecision: string;
  summary: string | null;
  perpetratorIds: string[];
  targetIds: string[];
  /** The reports it joins (their ids: the per-article incident ids), sorted. */
  mergedFrom: string[];
  /** One line per join: which two reports, the score and the cues. */
  mergeReasons: string[];
}

const PRECISION_RANK: Readonly<Record<string, number>> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
const GENERIC_TYPES: ReadonlySet<string> = new Set(['attack', 'killing', 'report']);

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Given values, returns the commonest, ties broken by `tie` (smaller first). */
function commonest<T>(values: readonly T[], tie: (x: T, y: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || tie(x[0], y[0]))[0]?.[0];
}

/** Given the place tree, a cluster and its reports by id, returns the incident to write. */
export function describeCluster(
  tree: PlaceTree,
  cluster: ReportCluster,
  reports: ReadonlyMap<string, StoredReport>,
): IncidentDescription {
  const members = cluster.reportIds
    .map((id) => reports.get(id))
    .filter((r): r is StoredReport => r !== undefined);
  const type =
    commonest(
      members.map((r) => r.type),
      (x, y) => Number(GENERIC_TYPES.has(x)) - Number(GENERIC_TYPES.has(y)) || cmp(x, y),
    ) ?? 'report';
  const dated = members
    .filter((r) => r.date !== null)
    .sort(
      (x, y) =>
        (PRECISION_RANK[x.datePrecision] ?? 4) - (PRECISION_RANK[y.datePrecision] ?? 4) || cmp(x.id, y.id),
    );
  const best = dated[0];
  const date =
    best === undefined
      ? null
      : (commonest(
          dated.filter((r) => r.datePrecision === best.datePrecision).map((r) => r.date ?? ''),
          cmp,
        ) ?? null);
  const dateSource = dated.find((r) => r.date === date && r.datePrecision === best?.datePrecision);
  const placed = members.filter((r) => r.locationId !== null);
  const depth = (r: StoredReport): number => tree.ancestors(r.locationId ?? '').length;
  const deepest = Math.max(-1, ...placed.map(depth));
  const locationId =
    commonest(
      placed.filter((r) => depth(r) === deepest).map((r) => r.locationId ?? ''),
      cmp,
    ) ?? null;
  const placeSource = placed.find((r) => r.locationId === locationId);
  const first = [...members]
    .sort((x, y) => cmp(x.publishedAt ?? '9999', y.publishedAt ?? '9999') || cmp(x.id, y.id))
    .find((r) => r.summary !== null);
  const union = (pick: (r: StoredReport) => readonly string[]): string[] =>
    [...new Set(members.flatMap(pick))].sort(cmp);
  return {
    id: cluster.id,
    type,
    date,
    dateText: dateSource?.dateText ?? members.find((r) => r.dateText !== null)?.dateText ?? null,
    datePrecision: dateSource?.datePrecision ?? 'unknown',
    locationId,
    locationPrecision: placeSource?.locationPrecision ?? 'unknown',
    summary: first?.summary ?? null,
    perpetratorIds: union((r) => r.perpetratorIds),
    targetIds: union((r) => r.targetIds),
    mergedFrom: [...cluster.reportIds],
    mergeReasons: cluster.joins.map((j) => `${j.a} + ${j.b} (score ${j.score}): ${j.reasons.join('; ')}`),
  };
}
