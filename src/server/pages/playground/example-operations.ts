/**
 * Internal (browser): the operations the playground opens with, one tab per journey: an actor's network,
 * an incident's provenance, and two outlets compared. They must stay valid against schema/schema.graphql
 * (test/e2e checks that the first one runs and names its actor).
 */

/** One tab of the playground: an operation and its variables (JSON text). */
export interface ExampleTab {
  journey: string;
  query: string;
  variables: string;
}

const actorNetwork = `# Journey 1: an actor's network.
# Find an actor by name (Arabic or English, aliases too), then walk its relations:
# affiliations (with their role), adversaries (perpetrator -> target) and co-reporting.
query ActorNetwork($search: String!, $id: ID!) {
  actors(search: $search, first: 3) {
    totalCount
    edges { node { id name nameEn kind aliases } }
  }
  actorNetwork(id: $id, depth: 1) {
    center { id name nameEn }
    nodes { id name nameEn kind }
    edges { source { id } target { id } relation role weight }
    truncated
  }
}
`;

const incidentProvenance = `# Journey 2: an incident's provenance.
# Who says what about it: each claim's source, relay chain, outlet, article, stance and figures,
# and how well independent sources agree.
query IncidentProvenance($first: Int!) {
  incidents(first: $first) {
    totalCount
    edges {
      node {
        id type date summary
        location { name nameEn }
        reportedBy { id name nameEn }
        agreement { grade independentSourceCount reasons }
        provenance {
          stance killed injured
          source { id name nameEn kind }
          relays { hop actor { id name nameEn } }
          outlet { id name nameEn }
          article { id title publishedAt }
          claim { text }
        }
      }
    }
  }
}
`;

const outletComparison = `# Journey 3: two outlets compared.
# The incidents both covered, and where their figures differ.
query CompareOutlets($a: ID!, $b: ID!) {
  compareOutlets(a: $a, b: $b, first: 10) {
    a { id name nameEn }
    b { id name nameEn }
    commonCount
    differingCount
    incidents {
      incident { id type date location { name nameEn } }
      figuresDiffer
      differences
      killedA { value qualifier source { name nameEn } }
      killedB { value qualifier source { name nameEn } }
    }
  }
}
`;

/** The three journeys, in the order their tabs open. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { journey: 'actor network', query: actorNetwork, variables: JSON.stringify({ search: 'قسد', id: 'sdf' }, null, 2) },
  { journey: 'incident provenance', query: incidentProvenance, variables: JSON.stringify({ first: 2 }, null, 2) },
  { journey: 'outlet comparison', query: outletComparison, variables: JSON.stringify({ a: 'step-news', b: 'horrya-press' }, null, 2) },
];
