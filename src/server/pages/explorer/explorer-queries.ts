/**
 * Internal (browser): every operation the explorer sends to the public /graphql API, with the shapes it reads.
 * Keep them valid against schema/schema.graphql; the e2e tests run each of them through the page.
 */
import type { ClaimFigures } from './format-figures.ts';

/** An actor as the explorer draws it. */
export interface ActorSummary {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
}

/** An actor's network: its nodes and the relations between them. */
export interface ActorNetwork {
  nodes: ActorSummary[];
  edges: { source: string; target: string; relation: string; weight: number | null }[];
}

/** One claim about an incident, with its provenance. */
export interface ProvenanceClaim extends ClaimFigures {
  id: string;
  text: string;
  stance: string;
  source: ActorSummary | null;
  relays: { hop: number; actor: ActorSummary }[];
  outlet: ActorSummary | null;
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null } | null;
}

/** An incident as listed in the picker. */
export interface IncidentSummary {
  id: string;
  type: string;
  date: string | null;
  dateText: string | null;
  summary: string | null;
  location: { id: string; name: string; nameEn: string | null } | null;
}

/** An incident with the claims made about it. */
export interface IncidentProvenance extends IncidentSummary {
  claims: ProvenanceClaim[];
}

const ACTOR = 'id name nameEn kind';

/** Actors whose name or alias matches the typed text. Variables: search. */
export const FIND_ACTORS = `query ExplorerFindActors($search: String!) {
  actors(search: $search, first: 8) { ${ACTOR} }
}`;

/** An actor's neighbourhood. Variables: id, depth. */
export const ACTOR_NETWORK = `query ExplorerActorNetwork($id: ID!, $depth: Int!) {
  actorNetwork(id: $id, depth: $depth) {
    nodes { ${ACTOR} }
    edges { source target relation weight }
  }
}`;

const INCIDENT = 'id type date dateText summary location { id name nameEn }';

/** Incidents to pick from. Variables: first. */
export const LIST_INCIDENTS = `query ExplorerIncidents($first: Int!) {
  incidents(first: $first) { nodes { ${INCIDENT} } }
}`;

/** One incident with every claim about it: source, relays, outlet, article, stance and figures. Variables: id. */
export const INCIDENT_PROVENANCE = `query ExplorerProvenance($id: ID!) {
  incident(id: $id) {
    ${INCIDENT}
    claims {
      id text stance killed injured casualties captured displaced victims qualifier
      source { ${ACTOR} }
      relays { hop actor { ${ACTOR} } }
      outlet { ${ACTOR} }
      article { id title url publishedAt }
    }
  }
}`;
