/**
 * Public API: the resolution stage. Joins the pending incident reports (written or touched since they were last
 * resolved) and everything they can be joined with into Incident nodes. Each transaction takes the resolution lock,
 * reads a few pending reports, grows them into a closed set (every report the same-event pairs reach, and the other
 * reports of their current incidents), clusters that set (src/resolve/cluster-reports.ts), and rewrites its
 * incidents from scratch. A closed set's clusters depend only on the reports in the graph, so any order of loading,
 * any batch size and any number of loaders, each resolving after its own writes, end with the same incidents.
 */
import type { Db } from '../db/create-driver.ts';
import { writeTransaction, type TxRun, type WriteStats } from '../db/run-cypher.ts';
import type { DatePrecision, IncidentType } from '../extract/types.ts';
import { clusterReports } from '../resolve/cluster-reports.ts';
import { compareReports } from '../resolve/compare-reports.ts';
import { describeCluster, type StoredReport } from '../resolve/describe-cluster.ts';
import { findReportObjects } from '../resolve/find-report-objects.ts';
import type { PlaceTree } from '../resolve/place-tree.ts';
import { MAX_PERIOD_DAYS, PERIOD_SLACK_DAYS, toReportPeriod } from '../resolve/report-period.ts';
import { shiftIsoDate } from '../extract/dates/shift-iso-date.ts';

/** What a resolution did. */
export interface ResolveSummary {
  /** Reports whose incidents were computed again (the pending ones and those they reach). */
  reports: number;
  incidents: number;
  /** Incidents that join several reports. */
  joined: number;
  transactions: number;
}

export interface ResolvePendingOptions {
  /** Pending reports taken per transaction (each grows to its closed set). Default: 100. */
  chunkSize?: number;
  stats?: WriteStats;
}

interface ReportRow {
  id: string;
  articleId: string;
  outletId: string | null;
  publishedAt: string | null;
  type: IncidentType;
  locationId: string | null;
  locationPrecision: string | null;
  date: string | null;
  dateText: string | null;
  datePrecision: DatePrecision | null;
  perpetratorIds: string[] | null;
  targetIds: string[] | null;
  summary: string | null;
  evidenceTexts: string[] | null;
  killed: number[];
  coMemberIds: string[];
  keepApartIds: string[];
}

/** Given a Db and the place tree, resolves every pending report; returns what it did. */
export async function resolvePendingReports(
  db: Db,
  tree: PlaceTree,
  options: ResolvePendingOptions = {},
): Promise<ResolveSummary> {
  const summary: ResolveSummary = { reports: 0, incidents: 0, joined: 0, transactions: 0 };
  for (;;) {
    const done = await writeTransaction(db, (run) => resolveChunk(run, tree, options.chunkSize ?? 100), {
      label: 'resolvePendingReports',
      stats: options.stats,
    });
    if (done === null) return summary;
    summary.transactions++;
    summary.reports += done.reports;
    summary.incidents += done.incidents;
    summary.joined += done.joined;
  }
}

async function resolveChunk(
  run: TxRun,
  tree: PlaceTree,
  chunkSize: number,
): Promise<Omit<ResolveSummary, 'transactions'> | null> {
  await run('lockResolution');
  const pending = await run<{ id: string }>('pendingReportIds', { limit: chunkSize });
  if (pending.length === 0) return null;
  const reports = await readClosedSet(
    run,
    tree,
    pending.map((p) => p.id),
  );
  const facts = new Map([...reports.values()].map((r) => [r.id, toStoredReport(r)]));
  const keepApart = [...reports.values()].flatMap((r) => r.keepApartIds.map((o) => [r.id, o] as const));
  const clusters = clusterReports(tree, [...facts.values()], { keepApart });
  const incidents = clusters.map((c) => describeCluster(tree, c, facts));
  const ids = [...reports.keys()].sort();
  await run('deleteIncidentsOfReports', { ids });
  await run('mergeResolvedIncidents', {
    rows: incidents.map((i) => ({
      id: i.id,
      reportIds: i.mergedFrom,
      props: {
        type: i.type,
        date: i.date,
        dateText: i.dateText,
        datePrecision: i.datePrecision,
        locationPrecision: i.locationPrecision,
        summary: i.summary,
        mergedFrom: i.mergedFrom,
        mergeReasons: i.mergeReasons,
      },
    })),
  });
  const placed = incidents
    .filter((i) => i.locationId !== null)
    .map((i) => ({ incidentId: i.id, locationId: i.locationId }));
  if (placed.length > 0) await run('mergeOccurredIn', { rows: placed });
  const by = incidents.flatMap((i) => i.perpetratorIds.map((actorId) => ({ actorId, incidentId: i.id })));
  if (by.length > 0) await run('mergePerpetrated', { rows: by });
  const at = incidents.flatMap((i) => i.targetIds.map((actorId) => ({ incidentId: i.id, actorId })));
  if (at.length > 0) await run('mergeTargeted', { rows: at });
  await run('clearPendingReports', { ids });
  return {
    reports: ids.length,
    incidents: incidents.length,
    joined: incidents.filter((i) => i.mergedFrom.length > 1).length,
  };
}

/**
 * Given pending report ids, returns them with every report reachable from them through same-event pairs or
 * shared incidents: a set whose clusters no report outside it can change.
 */
async function readClosedSet(
  run: TxRun,
  tree: PlaceTree,
  ids: readonly string[],
): Promise<Map<string, ReportRow>> {
  const seen = new Map<string, ReportRow>();
  let frontier = await run<ReportRow>('reportsByIds', { ids });
  while (frontier.length > 0) {
    for (const r of frontier) seen.set(r.id, r);
    const next = new Map<string, ReportRow>();
    const keys = frontier.map((r, index) => toCandidateKey(tree, r, index));
    const candidates = await run<ReportRow & { keyIndex: number }>('reportCandidates', { keys });
    for (const c of candidates) {
      const origin = frontier[c.keyIndex];
      if (origin === undefined || seen.has(c.id) || next.has(c.id)) continue;
      if (compareReports(tree, toStoredReport(origin), toStoredReport(c)).same) next.set(c.id, c);
    }
    const missing = [...new Set(frontier.flatMap((r) => r.coMemberIds))].filter(
      (id) => !seen.has(id) && !next.has(id),
    );
    if (missing.length > 0)
      for (const r of await run<ReportRow>('reportsByIds', { ids: missing })) next.set(r.id, r);
    frontier = [...next.values()];
  }
  return seen;
}

/** The days and places where a report's possible partners are (see cypher/resolve/report-candidates.cypher). */
function toCandidateKey(tree: PlaceTree, r: ReportRow, index: number): Record<string, unknown> {
  const period = toReportPeriod({
    date: r.date,
    datePrecision: r.datePrecision ?? 'unknown',
    publishedAt: r.publishedAt,
  });
  const from = period === null ? null : shiftIsoDate(period.from, -PERIOD_SLACK_DAYS);
  const to = period === null ? null : shiftIsoDate(period.to, PERIOD_SLACK_DAYS);
  const earliest = from === null ? null : shiftIsoDate(from, -MAX_PERIOD_DAYS);
  const place = r.locationId;
  const inTree = place !== null && tree.has(place);
  const related = inTree ? [place, ...tree.ancestors(place), ...tree.descendants(place)] : [];
  const placeIds = inTree && !tree.isWide(place) ? related : null;
  const strictPlaceIds =
    place === null ? [] : !inTree || tree.isWide(place) ? [place] : related.filter((p) => !tree.isWide(p));
  return { index, from, to, earliest, placeIds, strictPlaceIds };
}

function toStoredReport(r: ReportRow): StoredReport {
  return {
    id: r.id,
    articleId: r.articleId,
    outletId: r.outletId,
    publishedAt: r.publishedAt,
    type: r.type,
    locationId: r.locationId,
    date: r.date,
    datePrecision: r.datePrecision ?? 'unknown',
    perpetratorIds: r.perpetratorIds ?? [],
    targetIds: r.targetIds ?? [],
    objects: findReportObjects(r.evidenceTexts ?? []),
    killed: r.killed,
    dateText: r.dateText,
    locationPrecision: r.locationPrecision ?? 'unknown',
    summary: r.summary,
  };
}
