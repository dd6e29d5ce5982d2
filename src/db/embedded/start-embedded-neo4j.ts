/**
 * Public API: starts the project's own Neo4j Community 5.26 (or reuses one that is already running on the same
 * data) and resolves once Bolt answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import type { EmbeddedConfig } from '../../config/load-config.ts';
import { buildLauncher } from './build-launcher.ts';
import { EmbeddedDbError } from './embedded-db-error.ts';
import { resolveEmbeddedPaths, type EmbeddedPaths } from './embedded-paths.ts';
import {
  clearEmbeddedState,
  readEmbeddedState,
  writeEmbeddedState,
  type EmbeddedState,
} from './embedded-state.ts';
import { pickPort } from './pick-port.ts';
import { stopEmbeddedProcess } from './stop-embedded-neo4j.ts';
import { isBoltAnswering, waitForBolt } from './wait-for-bolt.ts';
import { tryStartLock } from './try-start-lock.ts';
import { findLauncherProcess } from './find-launcher-process.ts';
import { writeSettings } from './write-settings.ts';

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** True when an already running database was found and reused; `stop()` then leaves it running. */
  reused: boolean;
  mode: EmbeddedState['mode'];
  /** Stops the database this call started (no-op for a reused one); resolves when the JVM has exited. */
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  projectRoot: string;
  config: EmbeddedConfig;
  /**
   * `attached`: the JVM dies with this process (its stdin is our pipe). `detached`: it outlives us until `kg db stop`.
   * Default: `attached`.
   */
  mode?: EmbeddedState['mode'];
  /** How long to wait for the database to answer. Default: 180 000 ms. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

const READY = 'KG_NEO4J_READY';

/**
 * Given the options, returns a running embedded database (started now or reused), once Bolt answers. One process
 * at a time starts the database of a data folder (a lock file); the others wait for it and reuse it.
 */
export async function startEmbeddedNeo4j(options: StartEmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { config, projectRoot } = options;
  const log = options.log ?? (() => {});
  const paths = resolveEmbeddedPaths(projectRoot, config.dataDir);
  mkdirSync(paths.home, { recursive: true });
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let waitingFor: number | null = null;
  for (;;) {
    const running = readEmbeddedState(paths.stateFile);
    if (running && (await waitForBolt('127.0.0.1', running.port, Date.now() + 5_000))) {
      log(
        `Reusing the embedded Neo4j already running at ${running.uri} (pid ${running.pid}, ${running.mode}).`,
      );
      return { ...running, reused: true, stop: async () => {} };
    }
    const lock = tryStartLock(paths.startLock);
    if ('release' in lock) {
      try {
        // Someone may have finished starting between our look at the state file and taking the lock.
        const started = readEmbeddedState(paths.stateFile);
        if (started && (await isBoltAnswering('127.0.0.1', started.port))) continue;
        return await startNew(options, paths, deadline, log);
      } finally {
        lock.release();
      }
    }
    if (waitingFor !== lock.holder && lock.holder > 0)
      log(`Process ${lock.holder} is starting the embedded Neo4j of ${paths.home}; waiting for it...`);
    waitingFor = lock.holder;
    if (Date.now() > deadline) {
      throw new EmbeddedDbError(
        'START_TIMEOUT',
        `Process ${lock.holder} has been starting the embedded Neo4j of ${paths.home} for too long; stop it or remove ${paths.startLock}.`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function startNew(
  options: StartEmbeddedOptions,
  paths: EmbeddedPaths,
  deadline: number,
  log: (line: string) => void,
): Promise<EmbeddedNeo4j> {
  const { config } = options;
  const mode = options.mode ?? 'attached';
  const orphan = findLauncherProcess(paths.home);
  if (orphan !== null) {
    throw new EmbeddedDbError(
      'STORE_LOCKED',
      `The embedded Neo4j data in ${paths.home} is in use by process ${orphan}, a database that no state file names (its kg process lost track of it). Run \`kg db stop\` to stop it, then start again.`,
    );
  }
  await buildLauncher(paths, { log });
  const port = await pickPort(config.port);
  if (config.port > 0 && port !== config.port)
    log(`Port ${config.port} is taken; the embedded Neo4j uses port ${port}.`);
  writeSettings(paths.settings, port, config.pageCache);

  const logOffset = fileSize(paths.log);
  const child = spawnLauncher(paths, config.heap, mode);
  const uri = `bolt://127.0.0.1:${port}`;
  log(`Starting the embedded Neo4j 5.26 (data in ${paths.home}, Bolt on ${uri})...`);
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });

  const ready = await waitForReadyLine(paths.log, logOffset, deadline, () => exited !== null);
  const answering = ready && (await waitForBolt('127.0.0.1', port, deadline, () => exited !== null));
  if (!answering) {
    const tail = readLogTail(paths.log, logOffset);
    if (exited === null) await stopEmbeddedProcess(child.pid ?? -1, 30_000);
    throw describeStartFailure(tail, exited, uri, paths.log);
  }

  const state: EmbeddedState = { pid: child.pid ?? -1, port, uri, mode, startedAt: new Date().toISOString() };
  writeEmbeddedState(paths.stateFile, state);
  if (mode === 'detached') child.unref();
  log(`Embedded Neo4j ready at ${uri} (pid ${state.pid}).`);
  let stopping: Promise<void> | null = null;
  return {
    ...state,
    reused: false,
    stop: () => {
      // The state file is ours to remove only while it names our JVM: after a `kg db stop` it may name another
      // database started since (by `kg db start`), which must keep running and stay findable.
      stopping ??= stopEmbeddedProcess(state.pid, 60_000).then(() => {
        if (readEmbeddedState(paths.stateFile)?.pid === state.pid) clearEmbeddedState(paths.stateFile);
      });
      return stopping;
    },
  };
}

/** A failed start as a coded error whose message holds the database's own words, not a Java stack trace. */
function describeStartFailure(
  tail: string,
  exited: number | null,
  uri: string,
  logPath: string,
): EmbeddedDbError {
  if (/FileLockException|store_lock|Lock file has been locked/i.test(tail)) {
    return new EmbeddedDbError(
      'STORE_LOCKED',
      `The embedded Neo4j data is in use by another process (its store lock is held). Stop that process (\`kg db status\`, \`kg db stop\`) and start again. Log: ${logPath}`,
    );
  }
  // Exception lines and their causes; the "at ..." frames are in the log for whoever needs them.
  const summary = tail
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at |^\s*\.\.\. \d+ more/.test(line))
    .slice(-8)
    .join('\n');
  return exited !== null
    ? new EmbeddedDbError(
        'START_FAILED',
        `The embedded Neo4j exited (code ${exited}) before it was ready:\n${summary}\nFull log: ${logPath}`,
      )
    : new EmbeddedDbError(
        'START_TIMEOUT',
        `The embedded Neo4j did not answer on ${uri} in time:\n${summary}\nFull log: ${logPath}`,
      );
}

function spawnLauncher(paths: EmbeddedPaths, heap: string, mode: EmbeddedState['mode']): ChildProcess {
  const args = [
    '-Xms256m',
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${paths.classes}:${paths.libDir}/*`,
    'kg.neo4j.Launcher',
    '--home',
    paths.home,
    '--conf',
    paths.settings,
  ];
  if (mode === 'detached') {
    const fd = openSync(paths.log, 'a');
    const child = spawn('java', args, { stdio: ['ignore', fd, fd], detached: true });
    closeSync(fd);
    return child;
  }
  // Attached: stdin stays an open pipe that nobody writes; when this process dies the pipe closes and the
  // launcher shuts Neo4j down, so even a SIGKILLed parent leaves no orphan JVM.
  const child = spawn('java', [...args, '--exit-on-stdin-close'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const sink = createWriteStream(paths.log, { flags: 'a' });
  child.stdout?.pipe(sink, { end: false });
  child.stderr?.pipe(sink, { end: false });
  child.once('exit', () => sink.end());
  return child;
}

async function waitForReadyLine(
  logPath: string,
  offset: number,
  deadline: number,
  hasExited: () => boolean,
): Promise<boolean> {
  while (Date.now() < deadline) {
    if (readLogTail(logPath, offset, Number.MAX_SAFE_INTEGER).includes(READY)) return true;
    if (hasExited()) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readLogTail(path: string, offset: number, maxLines = 30): string {
  try {
    const text = readFileSync(path).subarray(offset).toString('utf8');
    return text.split('\n').slice(-maxLines).join('\n');
  } catch {
    return '(no log)';
  }
}
