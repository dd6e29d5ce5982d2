/**
 * Public API: the top-level lists and lookups of the GraphQL API that are not keyed by a parent: actors,
 * incidents with filters, places near a point, full-text search, incidents two outlets share.
 */
import type { Db } from './create-driver.ts';
import type { ActorRow, ClaimRow, IncidentRow, LocationRow, Page, PageParams } from './node.repository.ts';
import { readCypher } from './run-cypher.ts';

/** Incident filters; each null or undefined means "no filter". Dates are ISO strings compared as text. */
export type IncidentFilterParams = {
  types?: string[] | null;
  from?: string | null;
  to?: string | null;
  locationId?: string | null;
  actorId?: string | null;
  outletId?: string | null;
  stance?: string | null;
};

/** A full-text hit: which label, its score and the node. */
export type SearchRow =
  | { label: 'Actor'; score: number; node: ActorRow }
  | { label: 'Location'; score: number; node: LocationRow }
  | { label: 'Claim'; score: number; node: ClaimRow }
  | { label: 'Incident'; score: number; node: IncidentRow };

/** Given filters, returns the params every incident-filtered statement expects (nulls for absent filters). */
export function toIncidentFilterParams(filter: IncidentFilterParams = {}): Required<IncidentFilterParams> {
  return {
    types: filter.types && filter.types.length > 0 ? filter.types : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    locationId: filter.locationId ?? null,
    actorId: filter.actorId ?? null,
    outletId: filter.outletId ?? null,
    stance: filter.stance ?? null,
  };
}

async function one<T>(rows: Promise<Page<T>[]>): Promise<Page<T>> {
  return (await rows)[0] ?? { total: 0, page: [] };
}

export const listRepository = {
  /** Given a kind (or null) and a slice, returns one page of actors by name. */
  actors: (db: Db, kind: string | null, slice: PageParams) =>
    one(readCypher<Page<ActorRow>>(db, 'listActors', { kind, ...slice })),
  /** Given an escaped Lucene query, a kind (or null) and a slice, returns one page of matching actors, best first. */
  searchActors: (db: Db, query: string, kind: string | null, slice: PageParams) =>
    one(readCypher<Page<ActorRow>>(db, 'searchActors', { query, kind, ...slice })),
  /** Given filters and a slice, returns one page of incidents, latest first. */
  incidents: (db: Db, filter: IncidentFilterParams, slice: PageParams) =>
    one(readCypher<Page<IncidentRow>>(db, 'listIncidents', { ...toIncidentFilterParams(filter), ...slice })),
  /** Given a point, a radius in meters and a limit, returns the places within it, nearest first. */
  locationsNear: (db: Db, latitude: number, longitude: number, meters: number, limit: number) =>
    readCypher<{ node: LocationRow; meters: number }>(db, 'locationsNear', {
      latitude,
      longitude,
      meters,
      limit,
    }),
  /** Given an escaped Lucene query and a limit, returns the best hits over names, claims and incident summaries. */
  search: (db: Db, query: string, limit: number) => readCypher<SearchRow>(db, 'searchText', { query, limit }),
  /** Given two outlet ids and a limit, returns the incidents both reported, latest first. */
  commonIncidents: async (db: Db, a: string, b: string, limit: number) =>
    (await readCypher<{ node: IncidentRow }>(db, 'commonIncidentsOfOutlets', { a, b, limit })).map(
      (r) => r.node,
    ),
};
