import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { applySchema } from '../../../src/db/apply-schema.ts';
import { createDb, type Db } from '../../../src/db/create-driver.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../src/db/embedded/start-embedded-neo4j.ts';
import { startTestService, type TestService } from '../helpers/start-test-service.ts';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const HEALTH = '{ health { database } }';
const DATA = '{ actors(first: 1) { totalCount } }';

// A second embedded database in a throw-away folder (never the shared test database): the service keeps
// running while it is stopped and started again on the same port and data, and recovers without a restart.
describe.skipIf(process.env.NEO4J_URI)('the service across a database restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-restart-'));
  const env = { NODE_ENV: 'test', KG_DATA_DIR: dataDir, KG_NEO4J_HEAP: '512m', KG_NEO4J_PAGECACHE: '64m' };
  const config = loadConfig({ ...env, KG_NEO4J_PORT: '0' });
  const dbs: Db[] = [];
  const servers: TestService[] = [];
  let embedded: EmbeddedNeo4j | undefined;
  let first: { db: Db; base: string };

  const open = (uri: string): Db => {
    const db = createDb({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
    dbs.push(db);
    return db;
  };
  const serve = async (db: Db): Promise<string> => {
    const service = await startTestService(db, { config, dbMode: 'embedded' });
    servers.push(service);
    return service.origin;
  };
  const post = async (base: string, query: string): Promise<GraphQLBody> => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as GraphQLBody;
  };
  const health = async (base: string): Promise<unknown> => {
    const body = await post(base, HEALTH);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return (body.data?.health as { database: string }).database;
  };
  const recovered = async (base: string, deadline: number): Promise<boolean> => {
    while (Date.now() < deadline) {
      const body = await post(base, DATA);
      if (body.errors === undefined && (await health(base)) === 'up') return true;
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  };

  beforeAll(async () => {
    embedded = await startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode: 'attached' });
    const db = open(embedded.uri);
    await applySchema(db);
    first = { db, base: await serve(db) };
  });

  afterAll(async () => {
    for (const service of servers) await service.stop();
    for (const db of dbs) await db.driver.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports down and fails fast while the database is stopped, and recovers once it is back, without a service restart', async () => {
    expect(await health(first.base)).toBe('up');
    const before = await post(first.base, DATA);
    expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
    expect(before.data).toEqual({ actors: { totalCount: 0 } });

    const { port, uri } = embedded!;
    await embedded!.stop();
    embedded = undefined;

    expect(await health(first.base)).toBe('down');
    const started = Date.now();
    const failed = await post(first.base, DATA);
    const elapsed = Date.now() - started;
    expect(failed.errors?.map((e) => e.extensions?.code), JSON.stringify(failed)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(JSON.stringify(failed.errors)).not.toMatch(/MATCH|ECONNREFUSED|Neo4j|stack/);
    expect(elapsed).toBeLessThan(15_000);

    // A service started while its database is down answers, and says so.
    const late = await serve(open(uri));
    expect(await health(late)).toBe('down');
    expect((await post(late, DATA)).errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);

    const again = loadConfig({ ...env, KG_NEO4J_PORT: String(port) });
    embedded = await startEmbeddedNeo4j({ projectRoot: again.projectRoot, config: again.embedded, mode: 'attached' });
    expect(embedded.reused).toBe(false);
    expect(embedded.port).toBe(port);

    const deadline = Date.now() + 60_000;
    expect(await recovered(first.base, deadline)).toBe(true);
    expect(await recovered(late, deadline)).toBe(true);
  }, 300_000);
});
