/**
 * Public API: the single index of every Cypher statement in `cypher/`, read from disk once and cached.
 * Add a file under cypher/<area>/<verb>-<noun>.cypher and a key here; a unit test checks both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export const Q = {
  dbmsComponents: 'admin/dbms-components.cypher',
  countNodesByLabel: 'admin/count-nodes-by-label.cypher',
  deleteAll: 'admin/delete-all.cypher',
  backfillOccurredIn: 'admin/backfill-occurred-in.cypher',
  migrateDerivedMark: 'admin/migrate-derived-mark.cypher',
  actorsByIds: 'read/actors-by-ids.cypher',
  affiliationsByActorIds: 'read/affiliations-by-actor-ids.cypher',
  articlesByClaimIds: 'read/articles-by-claim-ids.cypher',
  articlesByIds: 'read/articles-by-ids.cypher',
  articlesByOutletIds: 'read/articles-by-outlet-ids.cypher',
  childrenByLocationIds: 'read/children-by-location-ids.cypher',
  claimsByArticleIds: 'read/claims-by-article-ids.cypher',
  claimsByIds: 'read/claims-by-ids.cypher',
  claimsByIncidentIds: 'read/claims-by-incident-ids.cypher',
  claimsByOutletIds: 'read/claims-by-outlet-ids.cypher',
  claimsByRelayIds: 'read/claims-by-relay-ids.cypher',
  claimsBySourceIds: 'read/claims-by-source-ids.cypher',
  commonIncidentsOfOutlets: 'read/common-incidents-of-outlets.cypher',
  evidenceByClaimIds: 'read/evidence-by-claim-ids.cypher',
  evidenceByIncidentIds: 'read/evidence-by-incident-ids.cypher',
  incidentsByActorIds: 'read/incidents-by-actor-ids.cypher',
  incidentsByClaimIds: 'read/incidents-by-claim-ids.cypher',
  incidentsByIds: 'read/incidents-by-ids.cypher',
  incidentsByLocationIds: 'read/incidents-by-location-ids.cypher',
  incidentsByOutletIds: 'read/incidents-by-outlet-ids.cypher',
  listActors: 'read/list-actors.cypher',
  listIncidents: 'read/list-incidents.cypher',
  locationsByIds: 'read/locations-by-ids.cypher',
  locationsByIncidentIds: 'read/locations-by-incident-ids.cypher',
  locationsNear: 'read/locations-near.cypher',
  mentionsByArticleIds: 'read/mentions-by-article-ids.cypher',
  networkEdgesByActorIds: 'read/network-edges-by-actor-ids.cypher',
  outletsByArticleIds: 'read/outlets-by-article-ids.cypher',
  outletsByClaimIds: 'read/outlets-by-claim-ids.cypher',
  parentsByLocationIds: 'read/parents-by-location-ids.cypher',
  perpetratorsByIncidentIds: 'read/perpetrators-by-incident-ids.cypher',
  relaysByClaimIds: 'read/relays-by-claim-ids.cypher',
  reportsByIncidentIds: 'read/reports-by-incident-ids.cypher',
  searchActors: 'read/search-actors.cypher',
  searchText: 'read/search-text.cypher',
  sourcesByClaimIds: 'read/sources-by-claim-ids.cypher',
  targetsByIncidentIds: 'read/targets-by-incident-ids.cypher',
  topSourcesByOutletIds: 'read/top-sources-by-outlet-ids.cypher',
  // Loader writes (src/load).
  deleteArticleContent: 'load/delete-article-content.cypher',
  deleteOrphanFoundEntities: 'load/delete-orphan-found-entities.cypher',
  mergeActorMentions: 'load/merge-actor-mentions.cypher',
  mergeAffiliations: 'load/merge-affiliations.cypher',
  mergeArticles: 'load/merge-articles.cypher',
  mergeAttributedTo: 'load/merge-attributed-to.cypher',
  mergeClaims: 'load/merge-claims.cypher',
  mergeFoundActors: 'load/merge-found-actors.cypher',
  mergeFoundLocations: 'load/merge-found-locations.cypher',
  mergeIncidentReports: 'load/merge-incident-reports.cypher',
  mergeLocationMentions: 'load/merge-location-mentions.cypher',
  mergePartOf: 'load/merge-part-of.cypher',
  mergePublishedBy: 'load/merge-published-by.cypher',
  mergeReferenceActors: 'load/merge-reference-actors.cypher',
  mergeReferenceLocations: 'load/merge-reference-locations.cypher',
  mergeRelayedBy: 'load/merge-relayed-by.cypher',
  mergeReportClaims: 'load/merge-report-claims.cypher',
  articleHashesByIds: 'read/article-hashes-by-ids.cypher',
  countArticles: 'read/count-articles.cypher',
  // The resolution stage: incident reports joined into incidents (src/load/resolve-pending-reports.ts).
  clearPendingReports: 'resolve/clear-pending-reports.cypher',
  deleteIncidentsOfReports: 'resolve/delete-incidents-of-reports.cypher',
  keepReportsApart: 'resolve/keep-reports-apart.cypher',
  lockResolution: 'resolve/lock-resolution.cypher',
  markAllReportsPending: 'resolve/mark-all-reports-pending.cypher',
  mergeOccurredIn: 'resolve/merge-occurred-in.cypher',
  mergePerpetrated: 'resolve/merge-perpetrated.cypher',
  mergeResolvedIncidents: 'resolve/merge-resolved-incidents.cypher',
  mergeTargeted: 'resolve/merge-targeted.cypher',
  pendingReportIds: 'resolve/pending-report-ids.cypher',
  reportCandidates: 'resolve/report-candidates.cypher',
  reportsByIds: 'resolve/reports-by-ids.cypher',
  // The derived CO_REPORTED and ADVERSARY_OF relationships (src/load/refresh-derived-relationships.ts).
  clearDerivedStale: 'derive/clear-derived-stale.cypher',
  derivedActorsByArticleIds: 'derive/derived-actors-by-article-ids.cypher',
  derivedState: 'derive/derived-state.cypher',
  markDerivedStale: 'derive/mark-derived-stale.cypher',
  refreshAdversaryOfAll: 'derive/refresh-adversary-of-all.cypher',
  refreshAdversaryOfForActors: 'derive/refresh-adversary-of-for-actors.cypher',
  refreshCoReportedAll: 'derive/refresh-co-reported-all.cypher',
  refreshCoReportedForActors: 'derive/refresh-co-reported-for-actors.cypher',
} as const;

export type QueryKey = keyof typeof Q;

/** Statements that must run in an auto-commit transaction (CALL ... IN TRANSACTIONS). */
export const AUTO_COMMIT: ReadonlySet<QueryKey> = new Set<QueryKey>([
  'deleteAll',
  'backfillOccurredIn',
  'refreshCoReportedAll',
  'refreshAdversaryOfAll',
]);

let cache: Map<QueryKey, string> | null = null;

/** Given a key of Q, returns the statement text (the file read once per process). */
export function getCypher(key: QueryKey): string {
  cache ??= new Map(
    (Object.keys(Q) as QueryKey[]).map((k) => [k, readFileSync(join(CYPHER_DIR, Q[k]), 'utf8')]),
  );
  const text = cache.get(key);
  if (text === undefined)
    throw new TypeError(`Unknown Cypher key "${String(key)}"; add it to Q in cypher-registry.ts.`);
  return text;
}

/** Given nothing, returns the schema statements of cypher/schema/ in file-name order. */
export function listSchemaStatements(): { file: string; text: string }[] {
  const dir = join(CYPHER_DIR, 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ file: `schema/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Given nothing, returns every .cypher file under cypher/ (relative paths), for the registry drift test. */
export function listCypherFiles(): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(join(CYPHER_DIR, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(rel, e.name)) : e.name.endsWith('.cypher') ? [join(rel, e.name)] : [],
    );
  return walk('').sort();
}
