/**
 * Public API: stops the embedded database cleanly (SIGTERM runs Neo4j's shutdown), SIGKILL only as a last resort.
 */
import type { EmbeddedConfig } from '../../config/load-config.ts';
import { resolveEmbeddedPaths } from './embedded-paths.ts';
import { clearEmbeddedState, isProcessAlive, readEmbeddedState } from './embedded-state.ts';
import { findLauncherProcess } from './find-launcher-process.ts';

/** Given a pid and a grace period, sends SIGTERM, waits for the exit, then SIGKILL; resolves when it is gone. */
export async function stopEmbeddedProcess(
  pid: number,
  graceMs: number,
): Promise<'stopped' | 'killed' | 'not-running'> {
  if (pid <= 0 || !isProcessAlive(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return 'stopped';
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

/** Given the project root and embedded config, stops the database its state file names, or else one running on its data. */
export async function stopEmbeddedNeo4j(
  projectRoot: string,
  config: EmbeddedConfig,
): Promise<'stopped' | 'killed' | 'not-running'> {
  const paths = resolveEmbeddedPaths(projectRoot, config.dataDir);
  // Without a state file, a JVM still running on this data (an orphan holding the store lock) is stopped too.
  const pid = readEmbeddedState(paths.stateFile)?.pid ?? findLauncherProcess(paths.home);
  if (pid === null) return 'not-running';
  const result = await stopEmbeddedProcess(pid, 60_000);
  clearEmbeddedState(paths.stateFile);
  return result;
}
