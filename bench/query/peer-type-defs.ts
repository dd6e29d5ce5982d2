/**
 * Internal (benchmarks): the peer's schema: `@neo4j/graphql` type definitions written for the same graph
 * (docs/graph-model.md): the five labels with their properties and relationships, the two full-text indexes
 * the schema already has, and the two actor relations our network reads as `@cypher` fields (how a user of that
 * library writes a relation that is not one of the model's relationship fields): adversaries (perpetrator and
 * target of incidents) and co-reporters (sources or relays of claims about one incident), read from the
 * ADVERSARY_OF and CO_REPORTED relationships the loader materialises (either way), as our network reads them. Relationships are lists (the
 * library's current versions have no single-valued relationship fields).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Affiliation @relationshipProperties {
    role: String
    source: String
    claimIds: [String!]
  }

  type RelayHop @relationshipProperties {
    hop: Int!
  }

  type Actor
    @node
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "actorsByName", fields: ["name", "nameEn", "aliasText"] }]) {
    id: ID!
    name: String
    nameEn: String
    kind: String
    aliases: [String!]
    aliasText: String
    origin: String
    affiliatedWith: [Actor!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
    affiliates: [Actor!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Affiliation")
    perpetrated: [Incident!]! @relationship(type: "PERPETRATED", direction: OUT)
    targetedIn: [Incident!]! @relationship(type: "TARGETED", direction: IN)
    adversaries: [Actor!]!
      @cypher(
        statement: """
        MATCH (this)-[:ADVERSARY_OF]-(other:Actor)
        RETURN DISTINCT other
        """
        columnName: "other"
      )
    coReporters: [Actor!]!
      @cypher(
        statement: """
        MATCH (this)-[:CO_REPORTED]-(other:Actor)
        RETURN other LIMIT 1000
        """
        columnName: "other"
      )
  }

  type Location
    @node
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "locationsByName", fields: ["name", "nameEn", "aliasText"] }]) {
    id: ID!
    name: String
    nameEn: String
    kind: String
    aliases: [String!]
    aliasText: String
    origin: String
    partOf: [Location!]! @relationship(type: "PART_OF", direction: OUT)
    incidents: [Incident!]! @relationship(type: "OCCURRED_IN", direction: IN)
  }

  type Incident
    @node
    @fulltext(indexes: [{ indexName: "claim_text", queryName: "incidentsBySummary", fields: ["summary"] }]) {
    id: ID!
    type: String
    date: String
    dateText: String
    datePrecision: String
    locationPrecision: String
    summary: String
    mergedFrom: [String!]
    mergeReasons: [String!]
    occurredIn: [Location!]! @relationship(type: "OCCURRED_IN", direction: OUT)
    perpetrators: [Actor!]! @relationship(type: "PERPETRATED", direction: IN)
    targets: [Actor!]! @relationship(type: "TARGETED", direction: OUT)
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type Claim @node @fulltext(indexes: [{ indexName: "claim_text", queryName: "claimsByText", fields: ["text"] }]) {
    id: ID!
    articleId: String
    text: String
    start: Int
    end: Int
    stance: String
    killed: Int
    injured: Int
    casualties: Int
    captured: Int
    displaced: Int
    victims: String
    qualifier: String
    vague: Boolean
    article: [Article!]! @relationship(type: "CONTAINS", direction: IN)
    source: [Actor!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT)
    relays: [Actor!]! @relationship(type: "RELAYED_BY", direction: OUT, properties: "RelayHop")
    about: [Incident!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Article @node {
    id: ID!
    title: String
    url: String
    publishedAt: String
    language: String
    text: String
    contentHash: String
    file: String
    outletId: String
    loadedAt: String
    publishedBy: [Actor!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    claims: [Claim!]! @relationship(type: "CONTAINS", direction: OUT)
  }
`;
