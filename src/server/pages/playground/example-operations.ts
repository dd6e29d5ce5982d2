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
# Find an actor by name (Arabic or English), then walk its relations (affiliations, incidents).
query ActorNetwork($search: String!, $id: ID!) {
  actors(search: $search, first: 3) {
    id
    name
    nameEn
    kind
  }
  actorNetwork(id: $id, depth: 1) {
    nodes { id name nameEn kind }
    edges { source target relation weight }
  }
}
`;

const incidentProvenance = `# Journey 2: an incident's provenance.
# Who says what about it: each claim's source, relay chain, outlet, stance and figures.
query IncidentProvenance($first: Int!) {
  incidents(first: $first) {
    nodes {
      id
      type
      date
      summary
      claims {
        id
        text
        stance
        killed
        injured
        source { id name nameEn kind }
        relays { hop actor { id name nameEn } }
        outlet { id name nameEn }
      }
    }
  }
}
`;

const outletComparison = `# Journey 3: two outlets compared.
# Which incidents both report, and where their figures or stances differ.
query CompareOutlets($a: ID!, $b: ID!) {
  compareOutlets(a: $a, b: $b) {
    a { id name nameEn }
    b { id name nameEn }
  }
}
`;

/** The three journeys, in the order their tabs open. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { journey: 'actor network', query: actorNetwork, variables: JSON.stringify({ search: 'قوات سوريا الديمقراطية', id: 'sdf' }, null, 2) },
  { journey: 'incident provenance', query: incidentProvenance, variables: JSON.stringify({ first: 3 }, null, 2) },
  { journey: 'outlet comparison', query: outletComparison, variables: JSON.stringify({ a: 'step-news', b: 'hurriya-press' }, null, 2) },
];
