/**
 * Public API: whether the embedded database runs, and where.
 */
import type { EmbeddedConfig } from '../../config/load-config.ts';
import { resolveEmbeddedPaths } from './embedded-paths.ts';
import { readEmbeddedState, type EmbeddedState } from './embedded-state.ts';
import { isBoltAnswering } from './wait-for-bolt.ts';
import { findLauncherProcess } from './find-launcher-process.ts';

export type EmbeddedStatus =
  | { state: 'running'; answering: boolean; dataDir: string; info: EmbeddedState }
  | { state: 'stopped'; dataDir: string }
  /** A JVM runs on this data but no state file names it (e.g. after a lost state file): it holds the store lock. */
  | { state: 'orphan'; dataDir: string; pid: number };

/** Given the project root and embedded config, returns whether the embedded database is running and answering. */
export async function getEmbeddedStatus(
  projectRoot: string,
  config: EmbeddedConfig,
): Promise<EmbeddedStatus> {
  const paths = resolveEmbeddedPaths(projectRoot, config.dataDir);
  const info = readEmbeddedState(paths.stateFile);
  if (!info) {
    const orphan = findLauncherProcess(paths.home);
    return orphan === null
      ? { state: 'stopped', dataDir: paths.home }
      : { state: 'orphan', dataDir: paths.home, pid: orphan };
  }
  return {
    state: 'running',
    answering: await isBoltAnswering('127.0.0.1', info.port),
    dataDir: paths.home,
    info,
  };
}
