/**
 * Public API: whether the embedded database runs, and where.
 */
import type { EmbeddedConfig } from '../../config/load-config.ts';
import { resolveEmbeddedPaths } from './embedded-paths.ts';
import { readEmbeddedState, type EmbeddedState } from './embedded-state.ts';
import { isBoltAnswering } from './wait-for-bolt.ts';

export type EmbeddedStatus =
  | { state: 'running'; answering: boolean; dataDir: string; info: EmbeddedState }
  | { state: 'stopped'; dataDir: string };

/** Given the project root and embedded config, returns whether the embedded database is running and answering. */
export async function getEmbeddedStatus(projectRoot: string, config: EmbeddedConfig): Promise<EmbeddedStatus> {
  const paths = resolveEmbeddedPaths(projectRoot, config.dataDir);
  const info = readEmbeddedState(paths.stateFile);
  if (!info) return { state: 'stopped', dataDir: paths.home };
  return { state: 'running', answering: await isBoltAnswering('127.0.0.1', info.port), dataDir: paths.home, info };
}
