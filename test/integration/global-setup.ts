/**
 * Vitest global setup for integration and e2e tests: uses NEO4J_URI when set, else starts the project's own
 * embedded Neo4j once (its own data folder, any free port), applies cypher/schema, and provides the connection.
 */
import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/load-config.ts';
import { applySchema } from '../../src/db/apply-schema.ts';
import { createDb } from '../../src/db/create-driver.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/start-embedded-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

let embedded: EmbeddedNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig({ ...process.env, KG_DATA_DIR: process.env.KG_TEST_DATA_DIR ?? '.data/test', KG_NEO4J_PORT: '0' });
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      projectRoot: config.projectRoot,
      config: config.embedded,
      mode: 'attached',
      log: (line) => process.stderr.write(`[test-neo4j] ${line}\n`),
    });
    uri = embedded.uri;
  }
  const db = createDb({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  try {
    await db.driver.verifyConnectivity();
    await applySchema(db);
  } finally {
    await db.driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', config.neo4j.user);
  project.provide('neo4jPassword', config.neo4j.password);
  project.provide('neo4jDatabase', config.neo4j.database ?? '');
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
