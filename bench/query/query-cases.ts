/**
 * Internal (benchmarks): the four measured queries, each in three forms over the same database: (a) our GraphQL
 * API, (b) the bare driver running the same Cypher files in the same sequence (bench/query/bare-queries.ts), and
 * (c) the peer, `@neo4j/graphql` over bench/query/peer-type-defs.ts. A case's parameters (which actor, which
 * incident, which filter and page, which words) rotate over a list picked from the loaded graph.
 */

/** What one request of a case asks for. */
export type CaseParams =
  | { case: 'network'; id: string }
  | { case: 'provenance'; id: string }
  | { case: 'list'; filter: ListFilter; page: number }
  | { case: 'search'; text: string };

/** The list filter in database terms (incident types lower case, as stored). */
export interface ListFilter {
  types?: string[];
  from?: string;
  to?: string;
  locationId?: string;
}

export type CaseName = CaseParams['case'];
export const CASE_NAMES: readonly CaseName[] = ['network', 'provenance', 'list', 'search'];
export const CASE_TITLES: Readonly<Record<CaseName, string>> = {
  network: 'actor network, depth 2',
  provenance: "incident's full provenance",
  list: 'incident list, filtered, paginated (20)',
  search: 'full-text search (20 hits)',
};
export const PAGE_SIZE = 20;

const OURS: Readonly<Record<CaseName, string>> = {
  network: `query Network($id: ID!) { actorNetwork(id: $id, depth: 2) { truncated center { id name kind } nodes { id name kind }
    edges { relation role weight source { id } target { id } } } }`,
  provenance: `query Provenance($id: ID!) { incident(id: $id) { id type date dateText summary location { id name }
    provenance { stance killed injured claim { id text } source { id name } relays { hop actor { id name } } outlet { id name }
      article { id title publishedAt } independentSource { id } } } }`,
  list: `query Incidents($filter: IncidentFilter, $after: String) { incidents(filter: $filter, first: ${PAGE_SIZE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type date summary location { id name } } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: ${PAGE_SIZE}) { __typename
    ... on ActorHit { score actor { id name kind } } ... on LocationHit { score location { id name } }
    ... on ClaimHit { score claim { id text stance } } ... on IncidentHit { score incident { id type date summary } } } }`,
};

const PEER: Readonly<Record<CaseName, string>> = {
  network: `fragment Hop on Actor { id name kind affiliatedWith { id name kind } affiliates { id name kind } adversaries { id name kind }
      coReporters { id name kind } }
    query Network($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind affiliatedWith { ...Hop } affiliates { ...Hop }
      adversaries { ...Hop } coReporters { ...Hop } } }`,
  provenance: `query Provenance($id: ID!) { incidents(where: { id: { eq: $id } }) { id type date dateText summary occurredIn { id name }
    claims { id text stance killed injured source { id name }
      relaysConnection(sort: [{ edge: { hop: ASC } }]) { edges { properties { hop } node { id name } } }
      article { id title publishedAt publishedBy { id name } } } } }`,
  list: `query Incidents($where: IncidentWhere, $after: String) {
    incidentsConnection(where: $where, first: ${PAGE_SIZE}, after: $after, sort: [{ date: DESC }, { id: ASC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type date summary occurredIn { id name } } } } }`,
  search: `query Search($text: String!) {
    actorsByName(phrase: $text, first: ${PAGE_SIZE}) { edges { score node { id name kind } } }
    locationsByName(phrase: $text, first: ${PAGE_SIZE}) { edges { score node { id name } } }
    claimsByText(phrase: $text, first: ${PAGE_SIZE}) { edges { score node { id text stance } } }
    incidentsBySummary(phrase: $text, first: ${PAGE_SIZE}) { edges { score node { id type date summary } } } }`,
};

const base64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Given a case's parameters, returns the JSON body of our GraphQL request. */
export function oursBody(p: CaseParams): string {
  switch (p.case) {
    case 'network':
    case 'provenance':
      return JSON.stringify({ query: OURS[p.case], variables: { id: p.id } });
    case 'list': {
      const filter = {
        ...(p.filter.types ? { types: p.filter.types.map((t) => t.toUpperCase()) } : {}),
        ...(p.filter.from ? { from: p.filter.from } : {}),
        ...(p.filter.to ? { to: p.filter.to } : {}),
        ...(p.filter.locationId ? { locationId: p.filter.locationId } : {}),
      };
      // Our cursors are base64 "o:<offset of the last item seen>" (src/graphql/pagination/offset-cursor.ts).
      return JSON.stringify({ query: OURS.list, variables: { filter, after: p.page > 0 ? base64(`o:${p.page * PAGE_SIZE - 1}`) : null } });
    }
    case 'search':
      return JSON.stringify({ query: OURS.search, variables: { text: p.text } });
  }
}

/** Given a case's parameters, returns the JSON body of the peer's request (its generated API). */
export function peerBody(p: CaseParams): string {
  switch (p.case) {
    case 'network':
    case 'provenance':
      return JSON.stringify({ query: PEER[p.case], variables: { id: p.id } });
    case 'list': {
      const where: Record<string, unknown>[] = [];
      if (p.filter.types) where.push({ type: { in: p.filter.types } });
      if (p.filter.from) where.push({ date: { gte: p.filter.from } });
      if (p.filter.to) where.push({ date: { lte: p.filter.to } });
      // No variable-length paths in the generated filters: place, its parent, or its grandparent or great-grandparent.
      if (p.filter.locationId) {
        const at = { id: { eq: p.filter.locationId } };
        const up = (inner: Record<string, unknown>): Record<string, unknown> => ({ partOf: { some: inner } });
        where.push({ occurredIn: { some: { OR: [at, up(at), up(up(at)), up(up(up(at)))] } } });
      }
      // The peer's cursors are graphql-relay offsets: base64 "arrayconnection:<offset>".
      const after = p.page > 0 ? base64(`arrayconnection:${p.page * PAGE_SIZE - 1}`) : null;
      return JSON.stringify({ query: PEER.list, variables: { where: where.length > 0 ? { AND: where } : {}, after } });
    }
    case 'search':
      return JSON.stringify({ query: PEER.search, variables: { text: p.text } });
  }
}

/** Given a case's parameters, returns the JSON body of the bare-driver request (the parameters themselves). */
export function bareBody(p: CaseParams): string {
  return JSON.stringify(p);
}

type Json = Record<string, unknown> | null | undefined;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Record<string, unknown>) : null);

/**
 * Given a case and the three answers' `data`, returns the size of each answer (actors in the network,
 * provenance entries, total matching incidents, search hits), so that a run can show the three did the same work.
 */
export function answerSizes(name: CaseName, ours: unknown, bare: unknown, peer: unknown): { ours: number; bare: number; peer: number } {
  const o = obj(ours);
  const b = obj(bare);
  const pr = obj(peer);
  switch (name) {
    case 'network': {
      const ids = new Set<string>();
      const walk = (a: Json): void => {
        if (!a) return;
        if (typeof a.id === 'string') ids.add(a.id);
        for (const key of ['affiliatedWith', 'affiliates', 'adversaries', 'coReporters']) arr(a[key]).forEach(walk);
      };
      arr(pr?.actors).forEach(walk);
      return { ours: arr(obj(o?.actorNetwork)?.nodes).length, bare: arr(b?.nodes).length, peer: ids.size };
    }
    case 'provenance':
      return { ours: arr(obj(o?.incident)?.provenance).length, bare: arr(b?.provenance).length, peer: arr(obj(arr(pr?.incidents)[0])?.claims).length };
    case 'list':
      return { ours: Number(obj(o?.incidents)?.totalCount ?? -1), bare: Number(b?.totalCount ?? -1), peer: Number(obj(pr?.incidentsConnection)?.totalCount ?? -1) };
    case 'search': {
      const peerHits = ['actorsByName', 'locationsByName', 'claimsByText', 'incidentsBySummary'].reduce((n, k) => n + arr(obj(pr?.[k])?.edges).length, 0);
      return { ours: arr(o?.search).length, bare: arr(b?.hits).length, peer: peerHits };
    }
  }
}
