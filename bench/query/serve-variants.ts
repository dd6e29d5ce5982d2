/**
 * Internal (benchmarks): a child process that serves the three forms of the queries over one database, each on
 * its own loopback port: our GraphQL server (src/server/create-server.ts), a bare node:http server running the
 * same Cypher through the driver (bare-queries.ts), and the peer (`@neo4j/graphql` under Apollo Server). It runs
 * apart from the load generator so the two do not share an event loop. Prints one JSON line with the URLs once
 * ready; GET /stats on the control URL returns requests served and database round trips per form.
 *
 * Usage: node --import tsx bench/query/serve-variants.ts <bolt-uri>
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/load-config.ts';
import { createDb } from '../../src/db/create-driver.ts';
import { createServer } from '../../src/server/create-server.ts';
import { createBareRead, runBareQuery } from './bare-queries.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';
import type { CaseParams } from './query-cases.ts';

/**
 * Requests served, requests still being answered and database round trips (transactions), per form, and the
 * CPU time this process has used (only one form is driven at a time, so its delta is that form's cost).
 */
export interface ServeStats {
  ours: FormStats;
  bare: FormStats;
  peer: FormStats;
  cpuMicros?: number;
}
interface FormStats {
  requests: number;
  inFlight: number;
  roundTrips: number;
}

const uri = process.argv[2];
if (!uri) throw new TypeError('usage: serve-variants.ts <bolt-uri>');
const stats: ServeStats = { ours: newStats(), bare: newStats(), peer: newStats() };

// (a) ours, exactly as the service builds it, with production settings and no logging.
const config = loadConfig({ NODE_ENV: 'production', NEO4J_URI: uri, KG_LOG_LEVEL: 'silent', KG_QUERY_TIMEOUT_MS: '60000' });
const db = createDb({ uri, user: config.neo4j.user, password: config.neo4j.password, timeoutMs: 60_000 });
db.onRoundTrip = () => stats.ours.roundTrips++;
const ours = await createServer({ config, db, dbMode: 'external', logger: pino({ level: 'silent' }) });

// (b) the bare driver.
const bareDriver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { disableLosslessIntegers: true });
const read = createBareRead(bareDriver, undefined, () => stats.bare.roundTrips++);
const bare = createHttpServer((req, res) => {
  readBody(req)
    .then(async (body) => JSON.stringify({ data: await runBareQuery(read, JSON.parse(body) as CaseParams) }))
    .then((json) => res.writeHead(200, { 'content-type': 'application/json' }).end(json))
    .catch((error: unknown) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] })));
});

// (c) the peer: @neo4j/graphql over its own driver, counted at the session.
const peerDriver = countSessions(neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password)), () => stats.peer.roundTrips++);
const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: peerDriver, features: { filters: { String: { GTE: true, LTE: true } } } });
const peerApollo = new ApolloServer({ schema: await neoSchema.getSchema(), introspection: false });
await peerApollo.start();
const peerApp = express();
peerApp.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(peerApollo, { context: async () => ({}) }));
const peer = createHttpServer(peerApp);

// Count what the load generator sends (POST) on each form's server, and what is still being answered.
for (const [form, server] of [['ours', ours.httpServer], ['bare', bare], ['peer', peer]] as const) {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return;
    stats[form].requests++;
    stats[form].inFlight++;
    res.once('close', () => stats[form].inFlight--);
  });
}

const control = createHttpServer((req, res) => {
  if (req.url === '/stats') {
    const cpu = process.cpuUsage();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...stats, cpuMicros: cpu.user + cpu.system }));
  }
  else if (req.url === '/stop') {
    res.end('stopping');
    void stop();
  } else res.writeHead(404).end();
});

const urls = {
  ours: `${await listen(ours.httpServer)}/graphql`,
  bare: `${await listen(bare)}/`,
  peer: `${await listen(peer)}/graphql`,
  control: await listen(control),
};
process.stdout.write(`${JSON.stringify(urls)}\n`);
process.stdin.on('end', () => void stop());
process.stdin.resume();

async function stop(): Promise<void> {
  for (const server of [ours.httpServer, bare, peer, control]) server.close();
  await Promise.allSettled([ours.apollo.stop(), peerApollo.stop(), db.driver.close(), bareDriver.close(), peerDriver.close()]);
  process.exit(0);
}

function newStats(): FormStats {
  return { requests: 0, inFlight: 0, roundTrips: 0 };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Given a driver, returns it with every transaction of its sessions (managed, explicit or auto-commit) counted. */
function countSessions(driver: Driver, count: () => void): Driver {
  const counted = new Set(['executeRead', 'executeWrite', 'run', 'beginTransaction']);
  return new Proxy(driver, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== 'session' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => object).apply(target, args);
        return new Proxy(session, {
          get(s, p, r) {
            const member: unknown = Reflect.get(s, p, r);
            if (typeof member !== 'function') return member;
            return (...a: unknown[]) => {
              if (typeof p === 'string' && counted.has(p)) count();
              return (member as (...x: unknown[]) => unknown).apply(s, a);
            };
          },
        });
      };
    },
  });
}
