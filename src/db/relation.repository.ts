/**
 * Public API: the keyed reads behind the relation DataLoaders. Each takes the parent ids (and, for paged ones,
 * filters and a slice shared by the whole batch) and returns at most one row per parent id; the loaders put rows
 * back in key order and fill gaps.
 */
import type { Db } from './create-driver.ts';
import { toIncidentFilterParams, type IncidentFilterParams } from './list.repository.ts';
import type {
  ActorRow,
  ArticleRow,
  ClaimRow,
  IncidentRow,
  KeyedItems,
  KeyedNode,
  KeyedPage,
  LocationRow,
  PageParams,
} from './node.repository.ts';
import { readCypher } from './run-cypher.ts';

/** A relay of a claim: the actor and its hop (1 = nearest the source). */
export type RelayRow = {
  hop: number;
  node: ActorRow;
};

/** An actor's affiliation edge seen from that actor. */
export type AffiliationRow = {
  role: string;
  source: string | null;
  claimIds: string[];
  /** True when the edge starts at the keyed actor (it is affiliated with `node`). */
  outgoing: boolean;
  node: ActorRow;
};

/** One article's report of an incident, with the article, its evidence spans and the incident's merge reasons. */
export type ReportRow = {
  report: {
    id: string;
    type: string;
    date: string | null;
    locationId: string | null;
    evidenceTexts: string[] | null;
    evidenceStarts: number[] | null;
    evidenceEnds: number[] | null;
  };
  article: ArticleRow | null;
  mergeReasons: string[];
};

/** An entity an article mentions, with the count. */
export type MentionRow =
  | { count: number | null; label: 'Actor'; node: ActorRow }
  | { count: number | null; label: 'Location'; node: LocationRow };

/** A claim about an incident with everything provenance needs. */
export type EvidenceRow = {
  claim: ClaimRow;
  article: Pick<ArticleRow, 'id' | 'title' | 'url' | 'publishedAt' | 'file' | 'outletId'> | null;
  outlet: ActorRow | null;
  source: ActorRow | null;
  relays: RelayRow[];
};

type Ids = readonly string[];
const ids = (list: Ids) => ({ ids: list });

export const relationRepository = {
  claimSources: (db: Db, list: Ids) => readCypher<KeyedNode<ActorRow>>(db, 'sourcesByClaimIds', ids(list)),
  claimRelays: (db: Db, list: Ids) => readCypher<KeyedItems<RelayRow>>(db, 'relaysByClaimIds', ids(list)),
  claimArticles: (db: Db, list: Ids) =>
    readCypher<KeyedNode<ArticleRow>>(db, 'articlesByClaimIds', ids(list)),
  claimOutlets: (db: Db, list: Ids) => readCypher<KeyedNode<ActorRow>>(db, 'outletsByClaimIds', ids(list)),
  claimIncidents: (db: Db, list: Ids) =>
    readCypher<KeyedNode<IncidentRow>>(db, 'incidentsByClaimIds', ids(list)),
  incidentLocations: (db: Db, list: Ids) =>
    readCypher<KeyedNode<LocationRow>>(db, 'locationsByIncidentIds', ids(list)),
  incidentPerpetrators: (db: Db, list: Ids) =>
    readCypher<KeyedItems<ActorRow>>(db, 'perpetratorsByIncidentIds', ids(list)),
  incidentTargets: (db: Db, list: Ids) =>
    readCypher<KeyedItems<ActorRow>>(db, 'targetsByIncidentIds', ids(list)),
  claimEvidence: (db: Db, list: Ids) =>
    readCypher<KeyedNode<EvidenceRow & { incidentId: string | null }>>(db, 'evidenceByClaimIds', ids(list)),
  incidentReports: (db: Db, list: Ids) =>
    readCypher<KeyedItems<ReportRow>>(db, 'reportsByIncidentIds', ids(list)),
  incidentEvidence: (db: Db, list: Ids) =>
    readCypher<KeyedItems<EvidenceRow>>(db, 'evidenceByIncidentIds', ids(list)),
  incidentClaims: (db: Db, list: Ids, stance: string | null, slice: PageParams) =>
    readCypher<KeyedPage<ClaimRow>>(db, 'claimsByIncidentIds', { ids: list, stance, ...slice }),
  locationParents: (db: Db, list: Ids) =>
    readCypher<KeyedNode<LocationRow>>(db, 'parentsByLocationIds', ids(list)),
  locationChildren: (db: Db, list: Ids, slice: PageParams) =>
    readCypher<KeyedPage<LocationRow>>(db, 'childrenByLocationIds', { ids: list, ...slice }),
  locationIncidents: (db: Db, list: Ids, filter: IncidentFilterParams, slice: PageParams) =>
    readCypher<KeyedPage<IncidentRow>>(db, 'incidentsByLocationIds', {
      ids: list,
      ...toIncidentFilterParams(filter),
      ...slice,
    }),
  actorIncidents: (
    db: Db,
    list: Ids,
    role: 'PERPETRATOR' | 'TARGET' | null,
    filter: IncidentFilterParams,
    slice: PageParams,
  ) =>
    readCypher<KeyedPage<IncidentRow>>(db, 'incidentsByActorIds', {
      ids: list,
      role,
      ...toIncidentFilterParams(filter),
      ...slice,
    }),
  actorClaims: (db: Db, list: Ids, stance: string | null, slice: PageParams) =>
    readCypher<KeyedPage<ClaimRow>>(db, 'claimsBySourceIds', { ids: list, stance, ...slice }),
  actorRelayedClaims: (db: Db, list: Ids, stance: string | null, slice: PageParams) =>
    readCypher<KeyedPage<ClaimRow>>(db, 'claimsByRelayIds', { ids: list, stance, ...slice }),
  actorAffiliations: (db: Db, list: Ids) =>
    readCypher<KeyedItems<AffiliationRow>>(db, 'affiliationsByActorIds', ids(list)),
  articleOutlets: (db: Db, list: Ids) =>
    readCypher<KeyedNode<ActorRow>>(db, 'outletsByArticleIds', ids(list)),
  articleMentions: (db: Db, list: Ids) =>
    readCypher<KeyedItems<MentionRow>>(db, 'mentionsByArticleIds', ids(list)),
  articleClaims: (db: Db, list: Ids, stance: string | null, slice: PageParams) =>
    readCypher<KeyedPage<ClaimRow>>(db, 'claimsByArticleIds', { ids: list, stance, ...slice }),
  outletClaims: (db: Db, list: Ids, stance: string | null, slice: PageParams) =>
    readCypher<KeyedPage<ClaimRow>>(db, 'claimsByOutletIds', { ids: list, stance, ...slice }),
  outletArticles: (db: Db, list: Ids, slice: PageParams) =>
    readCypher<KeyedPage<ArticleRow>>(db, 'articlesByOutletIds', { ids: list, ...slice }),
  outletIncidents: (db: Db, list: Ids, filter: IncidentFilterParams, slice: PageParams) =>
    readCypher<KeyedPage<IncidentRow>>(db, 'incidentsByOutletIds', {
      ids: list,
      ...toIncidentFilterParams(filter),
      ...slice,
    }),
  outletTopSources: (db: Db, list: Ids, limit: number) =>
    readCypher<KeyedItems<{ count: number; node: ActorRow }>>(db, 'topSourcesByOutletIds', {
      ids: list,
      limit,
    }),
};
