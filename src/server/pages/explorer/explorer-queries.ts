/**
 * Internal (browser): every operation the explorer sends to the public /graphql API (schema/schema.graphql),
 * with the shapes of their answers. Keep them valid against the schema; the e2e tests run each through the page.
 */

/** An actor as the explorer draws it (Actor and Outlet both have these fields). */
export interface ActorSummary {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
}

/** What `actorNetwork` answers: the actors and the edges between them (ends as actors). */
export interface ActorNetworkResult {
  nodes: ActorSummary[];
  edges: {
    source: { id: string };
    target: { id: string };
    relation: string;
    role: string | null;
    weight: number;
  }[];
  truncated: boolean;
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

/** One entry of `Incident.provenance`: a claim with who said it, through whom, where, and its figures. */
export interface ProvenanceEntryResult {
  stance: string;
  killed: number | null;
  injured: number | null;
  claim: {
    id: string;
    text: string;
    casualties: number | null;
    captured: number | null;
    displaced: number | null;
    victims: string | null;
    qualifier: string | null;
  };
  source: ActorSummary | null;
  relays: { hop: number; actor: ActorSummary }[];
  outlet: ActorSummary | null;
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null } | null;
}

/** What `incident` answers for the provenance panel. */
export interface IncidentProvenanceResult extends IncidentSummary {
  provenance: ProvenanceEntryResult[];
  /** The articles that report it, each with its own report; several when the resolver joined their reports. */
  reportedIn: {
    id: string;
    title: string | null;
    file: string | null;
    publishedAt: string | null;
    outlet: ActorSummary | null;
  }[];
  mergedFrom: string[];
  mergeReasons: string[];
}

const ACTOR = 'id name nameEn kind';

/** Actors whose name or alias matches the typed text, best first. Variables: search. */
export const FIND_ACTORS = `query ExplorerFindActors($search: String!) {
  actors(search: $search, first: 8) { edges { node { ${ACTOR} } } }
}`;

/** An actor's neighbourhood. Variables: id, depth. */
export const ACTOR_NETWORK = `query ExplorerActorNetwork($id: ID!, $depth: Int!) {
  actorNetwork(id: $id, depth: $depth) {
    nodes { ${ACTOR} }
    edges { source { id } target { id } relation role weight }
    truncated
  }
}`;

const INCIDENT = 'id type date dateText summary location { id name nameEn }';

/** Incidents to pick from, latest first. Variables: first. */
export const LIST_INCIDENTS = `query ExplorerIncidents($first: Int!) {
  incidents(first: $first) { totalCount edges { node { ${INCIDENT} } } }
}`;

/** One incident with every claim about it: source, relays, outlet, article, stance and figures. Variables: id. */
export const INCIDENT_PROVENANCE = `query ExplorerProvenance($id: ID!) {
  incident(id: $id) {
    ${INCIDENT}
    provenance {
      stance killed injured
      claim { id text casualties captured displaced victims qualifier }
      source { ${ACTOR} }
      relays { hop actor { ${ACTOR} } }
      outlet { ${ACTOR} }
      article { id title url publishedAt }
    }
    reportedIn { id title file publishedAt outlet { ${ACTOR} } }
    mergedFrom
    mergeReasons
  }
}`;
