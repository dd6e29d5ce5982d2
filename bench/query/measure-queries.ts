/**
 * Internal (benchmarks): the query figures of one corpus size. Starts the three servers in a child process
 * (serve-variants.ts), checks each case once on every form (no errors; answer sizes recorded), then drives each
 * form with autocannon at a fixed concurrency on loopback, after a short warm-up of every form: requests per
 * second, p50 and p99 latency (exact, from every response's time), and database round trips and server CPU per
 * request (from the servers' own counters). A time-driven case is measured in rounds, the forms taking turns
 * in a rotating order, so that a drift of the machine or the database during the case weighs on all forms alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { ratio } from '../measure-time.ts';
import { answerSizes, bareBody, CASE_NAMES, CASE_TITLES, oursBody, peerBody, type CaseName, type CaseParams } from './query-cases.ts';
import type { ServeStats } from './serve-variants.ts';

export type Form = 'ours' | 'bare' | 'peer';
const FORMS: readonly Form[] = ['bare', 'ours', 'peer'];
/** A case whose checked requests took longer than this (median) is driven with fixed work. */
const SLOW_REQUEST_MS = 1000;
/** Turns each form takes in a time-driven case (its seconds split between them). */
const ROUNDS = 3;
const BODY: Readonly<Record<Form, (p: CaseParams) => string>> = { ours: oursBody, bare: bareBody, peer: peerBody };

export interface QueryOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Longest a slow case's fixed work may run per form. */
  maxSeconds: number;
  /** Parameters each case is checked with on every form before it is driven. */
  checkParams: number;
}

export interface FormFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers during the measured run. */
  failures: number;
  /** A fixed-work run that `maxSeconds` cut short (its rate and latencies cover the requests that completed). */
  capped?: boolean;
  roundTripsPerRequest: number | null;
  /** CPU milliseconds the serving Node process spent per request (GraphQL layer or bare server, and the driver). */
  serverCpuMsPerRequest?: number | null;
  /** Errors the check before the run met (GraphQL errors count), by parameter. */
  checkErrors: string[];
  /** Mean answer size over the checked parameters (actors, provenance entries, matching incidents, hits). */
  answerSize: number;
}

export interface QueryCaseFigures {
  name: CaseName;
  title: string;
  parameters: number;
  /** Time-based, or (slow cases) a fixed number of requests. */
  drive?: { mode: 'time'; seconds: number; rounds?: number } | { mode: 'fixed-work'; requests: number };
  forms: Record<Form, FormFigures>;
  ratios: { oursToBare: number | null; oursToPeer: number | null };
}

/** Given the Bolt URI, the parameters per case and options, returns the figures of every case. */
export async function measureQueries(
  uri: string,
  params: Record<CaseName, CaseParams[]>,
  options: QueryOptions,
  log: (line: string) => void,
): Promise<QueryCaseFigures[]> {
  const { child, urls } = await startServers(uri);
  try {
    const out: QueryCaseFigures[] = [];
    for (const name of CASE_NAMES) {
      const list = params[name];
      if (list.length === 0) {
        log(`  ${name}: nothing to ask about in this graph; skipped`);
        continue;
      }
      const checks = await checkAnswers(name, list.slice(0, options.checkParams), urls);
      const forms = {} as Record<Form, FormFigures>;
      const fixedWork = checks.medianMs > SLOW_REQUEST_MS;
      // Warm every form before measuring any, so the first one measured does not pay for a cold page cache.
      if (!fixedWork) for (const form of FORMS) await runCannon(urls[form], list.map(BODY[form]), { connections: options.connections, duration: options.warmupSeconds });
      const tallies = Object.fromEntries(FORMS.map((f) => [f, emptyTally()])) as Record<Form, Tally>;
      const rounds = fixedWork ? 1 : ROUNDS;
      for (let round = 0; round < rounds; round++) {
        for (const form of [...FORMS.slice(round % FORMS.length), ...FORMS.slice(0, round % FORMS.length)]) {
          const before = await settle(urls.control);
          const run = await drive(urls[form], list, BODY[form], { ...options, seconds: options.seconds / rounds }, fixedWork);
          const after = await settle(urls.control);
          addRun(tallies[form], run, before, after, form);
        }
      }
      for (const form of FORMS) {
        forms[form] = { ...toFigures(tallies[form]), checkErrors: checks.errors[form], answerSize: checks.sizes[form] };
        log(`  ${name} ${form}: ${forms[form].requestsPerSecond} req/s, p50 ${forms[form].p50Ms} ms, p99 ${forms[form].p99Ms} ms, ${forms[form].roundTripsPerRequest} round trips/request, ${forms[form].serverCpuMsPerRequest} ms server CPU/request`);
      }
      out.push({
        name,
        title: CASE_TITLES[name],
        parameters: list.length,
        drive: fixedWork ? { mode: 'fixed-work', requests: list.length * 2 } : { mode: 'time', seconds: options.seconds, rounds: ROUNDS },
        forms,
        ratios: { oursToBare: ratio(forms.ours.requestsPerSecond, forms.bare.requestsPerSecond), oursToPeer: ratio(forms.ours.requestsPerSecond, forms.peer.requestsPerSecond) },
      });
    }
    return out;
  } finally {
    child.stdin?.end();
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(null);
      });
    });
  }
}

async function startServers(uri: string): Promise<{ child: ChildProcess; urls: Record<Form | 'control', string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/query/serve-variants.ts', uri], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the query servers exited (code ${code}) before they were ready`)));
  });
  return { child, urls: JSON.parse(first) as Record<Form | 'control', string> };
}

async function readStats(control: string): Promise<ServeStats> {
  return (await (await fetch(`${control}/stats`)).json()) as ServeStats;
}

/** Waits (at most two minutes) until no server is still answering requests the load generator gave up on. */
async function settle(control: string): Promise<ServeStats> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const stats = await readStats(control);
    if (stats.ours.inFlight + stats.bare.inFlight + stats.peer.inFlight === 0 || Date.now() > deadline) return stats;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function checkAnswers(name: CaseName, list: CaseParams[], urls: Record<Form, string>) {
  const errors: Record<Form, string[]> = { ours: [], bare: [], peer: [] };
  const sums: Record<Form, number> = { ours: 0, bare: 0, peer: 0 };
  const latencies: number[] = [];
  for (const p of list) {
    const data = {} as Record<Form, unknown>;
    for (const form of FORMS) {
      const start = Date.now();
      const res = await fetch(urls[form], { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY[form](p) });
      const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
      if (json.errors?.length || !res.ok) errors[form].push(`${JSON.stringify(p).slice(0, 80)}: ${json.errors?.[0]?.message ?? res.status}`);
      data[form] = json.data;
      latencies.push(Date.now() - start);
    }
    const sizes = answerSizes(name, data.ours, data.bare, data.peer);
    for (const form of FORMS) sums[form] += sizes[form];
  }
  const mean = (form: Form): number => Math.round((sums[form] / list.length) * 10) / 10;
  // The median, not the slowest: the first requests of a fresh server also pay for query planning.
  const medianMs = [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)] ?? 0;
  return { errors, medianMs, sizes: { ours: mean('ours'), bare: mean('bare'), peer: mean('peer') } };
}

/**
 * Drives one form: for `seconds` when the case is fast (every form was warmed up before); a slow case (its checked requests took
 * more than a second, median) instead gets a fixed amount of work, every parameter twice, so each form answers the
 * same requests (a time window would favour whichever parameters are cheap), capped at `maxSeconds`.
 */
type CannonRun = autocannon.Result & { latencies: number[] };

async function drive(url: string, list: CaseParams[], body: (p: CaseParams) => string, options: QueryOptions, fixedWork: boolean): Promise<CannonRun & { capped: boolean }> {
  const bodies = list.map(body);
  if (fixedWork) {
    const amount = bodies.length * 2;
    const result = await runCannon(url, bodies, { connections: options.connections, amount }, options.maxSeconds);
    return { ...result, capped: result.requests.total < amount };
  }
  return { ...(await runCannon(url, bodies, { connections: options.connections, duration: options.seconds })), capped: false };
}

/** What the runs of one form added up to. */
interface Tally {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
  capped: boolean;
  served: number;
  roundTrips: number;
  cpuMicros: number | null;
}

const emptyTally = (): Tally => ({ requests: 0, seconds: 0, latencies: [], failures: 0, capped: false, served: 0, roundTrips: 0, cpuMicros: 0 });

function addRun(t: Tally, run: CannonRun & { capped: boolean }, before: ServeStats, after: ServeStats, form: Form): void {
  t.requests += run.requests.total;
  t.seconds += run.duration;
  for (const ms of run.latencies) t.latencies.push(ms);
  t.failures += run.errors + run.timeouts + run.non2xx;
  t.capped ||= run.capped;
  t.served += after[form].requests - before[form].requests;
  t.roundTrips += after[form].roundTrips - before[form].roundTrips;
  t.cpuMicros = t.cpuMicros === null || after.cpuMicros === undefined || before.cpuMicros === undefined ? null : t.cpuMicros + after.cpuMicros - before.cpuMicros;
}

/** Given sorted values and a fraction, returns the nearest-rank percentile (0 when there are none). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}

function toFigures(t: Tally): Omit<FormFigures, 'checkErrors' | 'answerSize'> {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  return {
    requestsPerSecond: Math.round((t.requests / Math.max(t.seconds, 1e-9)) * 10) / 10,
    p50Ms: round2(percentile(sorted, 0.5)),
    p99Ms: round2(percentile(sorted, 0.99)),
    meanMs: round2(sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1)),
    requests: t.requests,
    failures: t.failures,
    capped: t.capped,
    roundTripsPerRequest: t.served > 0 ? round2(t.roundTrips / t.served) : null,
    serverCpuMsPerRequest: t.served > 0 && t.cpuMicros !== null ? round2(t.cpuMicros / 1000 / t.served) : null,
  };
}

function runCannon(url: string, bodies: string[], load: { connections: number; duration?: number; amount?: number }, capSeconds = 0): Promise<CannonRun> {
  let next = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        ...load,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        timeout: 60,
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ ...result, latencies });
      },
    );
    // Every response's time, so that percentiles over several runs are exact (autocannon's are per run).
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    const timer = capSeconds > 0 ? setTimeout(() => instance.stop(), capSeconds * 1000) : undefined;
  });
}
