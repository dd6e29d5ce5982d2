/**
 * Public API: the rows the GraphQL layer reads for each label of the graph model (docs/graph-model.md), and the
 * by-id reads behind the node DataLoaders. Each read takes `ids` and returns at most one row per id.
 */
import type { Db } from './create-driver.ts';
import { readCypher } from './run-cypher.ts';

export type ActorRow = {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  aliases: string[] | null;
};

export type LocationRow = {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
  aliases: string[] | null;
  latitude: number | null;
  longitude: number | null;
};

export type IncidentRow = {
  id: string;
  type: string;
  date: string | null;
  dateText: string | null;
  datePrecision: string | null;
  locationPrecision: string | null;
  summary: string | null;
};

export type ClaimRow = {
  id: string;
  articleId: string | null;
  text: string;
  start: number | null;
  end: number | null;
  stance: string;
  killed: number | null;
  injured: number | null;
  casualties: number | null;
  captured: number | null;
  displaced: number | null;
  victims: string | null;
  qualifier: string | null;
  vague: boolean | null;
};

export type ArticleRow = {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  file: string | null;
  outletId: string | null;
  loadedAt: unknown;
  text?: string | null;
};

/** A row of a by-id read: the id asked for and the node found. */
export type KeyedNode<T> = {
  key: string;
  node: T;
};

/** A row of a one-to-many read: the parent id and its related items. */
export type KeyedItems<T> = {
  key: string;
  items: T[];
};

/** A row of a paged one-to-many read: the parent id, how many related items in all, and one page of them. */
export type KeyedPage<T> = {
  key: string;
  total: number;
  page: T[];
};

/** One page of a top-level list: how many matches in all, and the page. */
export type Page<T> = {
  total: number;
  page: T[];
};

/** Which slice of a list to read. */
export type PageParams = {
  skip: number;
  limit: number;
};

export const nodeRepository = {
  /** Given ids, returns the actors found. */
  actorsByIds: (db: Db, ids: readonly string[]) =>
    readCypher<KeyedNode<ActorRow>>(db, 'actorsByIds', { ids }),
  /** Given ids, returns the locations found. */
  locationsByIds: (db: Db, ids: readonly string[]) =>
    readCypher<KeyedNode<LocationRow>>(db, 'locationsByIds', { ids }),
  /** Given ids, returns the incidents found. */
  incidentsByIds: (db: Db, ids: readonly string[]) =>
    readCypher<KeyedNode<IncidentRow>>(db, 'incidentsByIds', { ids }),
  /** Given ids, returns the claims found. */
  claimsByIds: (db: Db, ids: readonly string[]) =>
    readCypher<KeyedNode<ClaimRow>>(db, 'claimsByIds', { ids }),
  /** Given ids, returns the articles found. */
  articlesByIds: (db: Db, ids: readonly string[]) =>
    readCypher<KeyedNode<ArticleRow>>(db, 'articlesByIds', { ids }),
};
