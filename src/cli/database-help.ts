/**
 * Internal: the help paragraph of every `kg` command that uses a database: which one it uses.
 */

/** Printed after the options of `kg load`, `kg serve`, `kg start` and `kg db reset`. */
export const DATABASE_HELP = `
Database: the Neo4j at NEO4J_URI when it is set (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); otherwise the
embedded Neo4j whose data is in KG_DATA_DIR/neo4j (default .data/neo4j): the one already running there (see
\`kg db status\`) is reused, else one is started for this command and stopped after it.`;
