/**
 * The one helper for integration tests against the real Neo4j (modelled on neo4j/graphql tests-helper.ts):
 * a lazy Db from what the global setup provided, `run()`, `reset()` for beforeEach, and `close()`.
 */
import { inject } from 'vitest';
import { createDb, type Db } from '../../../src/db/create-driver.ts';
import { writeCypher } from '../../../src/db/run-cypher.ts';

export class TestNeo4j {
  private db: Db | null = null;
  private closed = false;
  /** Round trips seen since the last `countRoundTrips()` reset, by statement key. */
  readonly roundTrips: string[] = [];

  /** Given nothing, returns the Db (created on first use). */
  get(): Db {
    if (this.closed) throw new Error('TestNeo4j.get() after close(): create a new TestNeo4j in beforeAll.');
    const uri = inject('neo4jUri');
    if (!uri) throw new Error('No Neo4j URI provided: is test/integration/global-setup.ts listed as globalSetup?');
    this.db ??= createDb({
      uri,
      user: inject('neo4jUser'),
      password: inject('neo4jPassword'),
      database: inject('neo4jDatabase') || undefined,
    });
    this.db.onRoundTrip = (key) => this.roundTrips.push(key);
    return this.db;
  }

  /** Given Cypher text and params, runs it in an auto-commit transaction and returns plain rows. */
  async run(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    const session = this.get().driver.session({ database: this.get().database });
    try {
      return (await session.run(text, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  /** Deletes every node and relationship; call it in beforeEach. */
  async reset(): Promise<void> {
    await writeCypher(this.get(), 'deleteAll');
    this.roundTrips.length = 0;
  }

  /** Closes the driver; call it in afterAll. */
  async close(): Promise<void> {
    this.closed = true;
    await this.db?.driver.close();
    this.db = null;
  }
}
