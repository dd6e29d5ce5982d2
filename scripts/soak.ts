/**
 * Internal: the soak test. Starts its own embedded Neo4j in .data/soak (any free port) and the service on a free
 * loopback port, loads the seeds, then drives mixed reads at a fixed concurrency with an article ingest every few
 * seconds, until the time or the request budget runs out (whichever comes first). Reports requests served, errors
 * by code, p50/p99 latency and memory at start and end; exits 1 when any request failed.
 *
 *   node --import tsx scripts/soak.ts [--seconds 180] [--concurrency 8] [--max-requests 500000] [--load-every 3]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../src/config/load-config.ts';
import { loadSeeds } from '../src/load/load-seeds.ts';
import { startService } from '../src/server/start-service.ts';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}
interface Memory {
  rssMb: number;
  heapUsedMb: number;
  neo4jRssMb: number | null;
}

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    concurrency: { type: 'string', default: '8' },
    'max-requests': { type: 'string', default: '500000' },
    'load-every': { type: 'string', default: '3' },
  },
});
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const maxRequests = Number(args['max-requests']);
const loadEveryMs = Number(args['load-every']) * 1000;
for (const [name, value] of Object.entries({ seconds, concurrency, maxRequests, loadEveryMs })) {
  if (!Number.isFinite(value) || value <= 0)
    throw new TypeError(`--${name} must be a positive number, got ${String(value)}.`);
}

const token = randomBytes(24).toString('hex');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  KG_DATA_DIR: '.data/soak',
  KG_NEO4J_PORT: '0',
  HOST: '127.0.0.1',
  PORT: '0',
  KG_API_TOKEN: token,
};
delete env.NEO4J_URI; // the soak writes; it never touches the user's own database
const config = loadConfig(env);
mkdirSync(config.embedded.dataDir, { recursive: true });
const logPath = join(config.embedded.dataDir, 'service.log');
// The service logs at info (one line per request) into a file, as in production, so the logging cost is part of the soak.
const logger = pino(
  { level: 'info', base: { service: 'conflict-news-kg' } },
  pino.destination({ dest: logPath, sync: false }),
);
const say = (line: string) => process.stderr.write(`[soak] ${line}\n`);

const service = await startService({
  config,
  logger,
  beforeListen: async (database) => {
    const loaded = await loadSeeds(database.db, config.projectRoot);
    say(
      loaded
        ? `Loaded the seeds: ${JSON.stringify(loaded.summary)}`
        : 'The graph already holds articles; seeds not reloaded.',
    );
  },
});
let stopped = false;
const stop = async () => {
  if (stopped) return;
  stopped = true;
  await service.stop();
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
say(`Service on ${service.url}, Neo4j at ${service.database.db.uri}; log in ${logPath}.`);

const post = async (query: string, variables: Record<string, unknown> = {}, auth = false): Promise<Body> => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Body;
  if (res.status !== 200 && !body.errors) return { errors: [{ extensions: { code: `HTTP_${res.status}` } }] };
  return body;
};

// Ids and names to ask about, taken from the graph itself.
const found = await post(
  '{ actors(first: 30) { edges { node { id name } } } incidents(first: 30) { edges { node { id } } } }',
);
const nodes = <T>(key: string) =>
  ((found.data?.[key] as { edges: { node: T }[] } | undefined)?.edges ?? []).map((e) => e.node);
const actors = nodes<{ id: string; name: string }>('actors');
const incidents = nodes<{ id: string }>('incidents');
if (actors.length === 0 || incidents.length === 0)
  throw new Error(`The soak graph has no actors or incidents: ${JSON.stringify(found)}`);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

const READS: (() => [string, string, Record<string, unknown>])[] = [
  () => ['health', 'query Health { health { database version counts { label count } } }', {}],
  () => [
    'actors',
    'query Actors($s: String) { actors(search: $s, first: 10) { totalCount edges { node { id name kind } } } }',
    { s: pick(actors).name },
  ],
  () => [
    'actorNetwork',
    'query ActorNetwork($id: ID!) { actorNetwork(id: $id, depth: 2) { truncated nodes { id name } edges { evidence { id } } } }',
    { id: pick(actors).id },
  ],
  () => [
    'incidents',
    'query Incidents { incidents(first: 20) { totalCount edges { node { id summary location { id } perpetrators { id } } } } }',
    {},
  ],
  () => [
    'provenance',
    'query Provenance($id: ID!) { incident(id: $id) { id provenance { claim { id } source { id } outlet { id } relays { hop } killed injured } } }',
    { id: pick(incidents).id },
  ],
  () => [
    'search',
    'query Search($t: String!) { search(text: $t, first: 10) { __typename ... on ActorHit { score actor { id } } ... on IncidentHit { score incident { id } } } }',
    { t: pick(actors).name },
  ],
];
const INGEST =
  'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId changed claims incidents } }';
const seedDir = join(config.projectRoot, 'seeds', 'articles');
const seedTexts = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

const memory = (): Memory => {
  const m = process.memoryUsage();
  let neo4jRssMb: number | null = null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(
      readFileSync(`/proc/${service.database.embedded?.pid ?? 0}/status`, 'utf8'),
    )?.[1];
    neo4jRssMb = kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    neo4jRssMb = null;
  }
  return { rssMb: Math.round(m.rss / 2 ** 20), heapUsedMb: Math.round(m.heapUsed / 2 ** 20), neo4jRssMb };
};

const latencies: number[] = [];
const latenciesByKind = new Map<string, number[]>();
const byKind = new Map<string, number>();
const errors = new Map<string, number>();
let sent = 0;
let loads = 0;
let changedLoads = 0;
const startMemory = memory();
const started = performance.now();
const deadline = Date.now() + seconds * 1000;
const more = () => Date.now() < deadline && sent < maxRequests;

const measure = async (kind: string, run: () => Promise<Body>): Promise<Body | null> => {
  sent += 1;
  const t = performance.now();
  let body: Body;
  try {
    body = await run();
  } catch (error) {
    body = {
      errors: [
        { extensions: { code: `FETCH_${(error as { cause?: { code?: string } }).cause?.code ?? 'FAILED'}` } },
      ],
    };
  }
  const ms = performance.now() - t;
  latencies.push(ms);
  const ofKind = latenciesByKind.get(kind) ?? [];
  ofKind.push(ms);
  latenciesByKind.set(kind, ofKind);
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  for (const e of body.errors ?? []) {
    const code = `${kind}:${e.extensions?.code ?? 'UNKNOWN'}`;
    errors.set(code, (errors.get(code) ?? 0) + 1);
  }
  return body.errors ? null : body;
};

const reader = async () => {
  while (more()) {
    const [kind, query, variables] = pick(READS)();
    await measure(kind, () => post(query, variables));
  }
};
// Every few seconds, one write: alternately an unchanged seed again (idempotent) and a new article made from a
// seed plus a numbered closing line (a new text, so a real write).
const loader = async () => {
  while (more()) {
    await new Promise((r) => setTimeout(r, Math.min(loadEveryMs, Math.max(0, deadline - Date.now()))));
    if (!more()) break;
    loads += 1;
    const base = seedTexts[loads % seedTexts.length] ?? '';
    const text = loads % 2 === 0 ? base : `${base}\n\n(soak ${Date.now()}-${loads})`;
    const body = await measure('ingestArticle', () =>
      post(INGEST, { input: { text, outlet: 'step-news', publishedAt: '2019-02-11' } }, true),
    );
    if ((body?.data?.ingestArticle as { changed?: boolean } | undefined)?.changed) changedLoads += 1;
  }
};

say(
  `Driving ${concurrency} readers and one loader (every ${loadEveryMs / 1000} s) for ${seconds} s or ${maxRequests} requests...`,
);
await Promise.all([...Array.from({ length: concurrency }, reader), loader()]);
const elapsedS = (performance.now() - started) / 1000;
const endMemory = memory();
await stop();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
};
const failed = [...errors.values()].reduce((a, b) => a + b, 0);
const report = {
  seconds: Math.round(elapsedS),
  concurrency,
  requests: sent,
  perSecond: Math.round(sent / elapsedS),
  byKind: Object.fromEntries(
    [...byKind].map(([kind, n]) => {
      const ms = latenciesByKind.get(kind) ?? [];
      return [kind, { requests: n, p50Ms: quantile(ms, 0.5), p99Ms: quantile(ms, 0.99) }];
    }),
  ),
  loads: { total: loads, changed: changedLoads },
  errors: failed,
  errorCodes: Object.fromEntries(errors),
  latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: quantile(latencies, 1) },
  memory: { start: startMemory, end: endMemory },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
say(failed === 0 ? 'No request failed.' : `${failed} request errors: ${JSON.stringify(report.errorCodes)}`);
process.exit(failed === 0 ? 0 : 1);
