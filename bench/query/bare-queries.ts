/**
 * Internal (benchmarks): the bare-driver form of the four queries: the same Cypher files (cypher/read/*) our
 * resolvers run, in the same sequence and with the same batching our DataLoaders give (a centre actor, one edge
 * read per hop, one read of the other actors; an incident, then its place and its evidence side by side; a page,
 * then the places of its incidents in one read; one search), each read in its own managed read transaction, as
 * src/db/run-cypher.ts does. No GraphQL, no resolvers, no loaders: the limit for our layer. The network reads no
 * evidence, as ours does for the benchmark's query (which does not select `edges { evidence }`).
 */
import type { Driver } from 'neo4j-driver';
import { getCypher, type QueryKey } from '../../src/db/cypher-registry.ts';
import type { CaseParams } from './query-cases.ts';

const MAX_EDGES = 1000;
const RELATIONS = ['AFFILIATION', 'ADVERSARY', 'CO_REPORTED'];
type Row = Record<string, unknown>;

/** Runs one registered statement in a read transaction and returns plain rows; counts the round trip. */
export type BareRead = (key: QueryKey, params: Row) => Promise<Row[]>;

/** Given a driver, a database name and a round-trip counter, returns the bare read function. */
export function createBareRead(driver: Driver, database: string | undefined, onRoundTrip: () => void): BareRead {
  return async (key, params) => {
    onRoundTrip();
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => (await tx.run(getCypher(key), params)).records.map((r) => r.toObject() as Row));
    } finally {
      await session.close();
    }
  };
}

/** Given the read function and a request's parameters, returns the answer as plain JSON data. */
export async function runBareQuery(read: BareRead, p: CaseParams): Promise<unknown> {
  switch (p.case) {
    case 'network':
      return network(read, p.id);
    case 'provenance': {
      const [incident] = await read('incidentsByIds', { ids: [p.id] });
      if (!incident) return null;
      const [location, evidence] = await Promise.all([read('locationsByIncidentIds', { ids: [p.id] }), read('evidenceByIncidentIds', { ids: [p.id] })]);
      return { ...(incident.node as Row), location: location[0]?.node ?? null, provenance: evidence[0]?.items ?? [] };
    }
    case 'list': {
      const f = p.filter;
      const to = f.to === undefined ? null : f.to.length === 4 ? `${f.to}-12-31` : f.to.length === 7 ? `${f.to}-31` : f.to;
      const params = { types: f.types ?? null, from: f.from ?? null, to, locationId: f.locationId ?? null, actorId: null, outletId: null, stance: null };
      const [page] = await read('listIncidents', { ...params, skip: p.page * 20, limit: 20 });
      const items = (page?.page as Row[] | undefined) ?? [];
      const ids = items.map((i) => i.id);
      const places = ids.length > 0 ? await read('locationsByIncidentIds', { ids }) : [];
      const byKey = new Map(places.map((r) => [r.key, r.node]));
      return { totalCount: page?.total ?? 0, items: items.map((i) => ({ ...i, location: byKey.get(i.id) ?? null })) };
    }
    case 'search': {
      const query = p.text.split(/\s+/).filter(Boolean).map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)).join(' ');
      return { hits: await read('searchText', { query, limit: 20 }) };
    }
  }
}

async function network(read: BareRead, id: string): Promise<unknown> {
  const [center] = await read('actorsByIds', { ids: [id] });
  if (!center) return null;
  const seen = new Set([id]);
  const edges = new Map<string, Row>();
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < 2 && frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    for (const row of await read('networkEdgesByActorIds', { ids: frontier, relations: RELATIONS, limit: MAX_EDGES, withEvidence: false })) {
      if (edges.size >= MAX_EDGES) {
        truncated = true;
        break;
      }
      edges.set(`${row.relation}|${row.source}|${row.target}|${row.role ?? ''}`, row);
      for (const end of [row.source as string, row.target as string]) {
        if (!seen.has(end)) {
          seen.add(end);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  const others = await read('actorsByIds', { ids: [...seen].filter((x) => x !== id) });
  return { center: center.node, nodes: [center.node, ...others.map((r) => r.node)], edges: [...edges.values()], truncated };
}
