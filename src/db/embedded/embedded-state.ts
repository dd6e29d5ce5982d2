/**
 * Internal: the state file of a running embedded database, and whether the process it names is alive.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface EmbeddedState {
  pid: number;
  port: number;
  uri: string;
  /** `detached` was started by `kg db start` and outlives its starter; `attached` dies with its parent. */
  mode: 'detached' | 'attached';
  startedAt: string;
}

/** Given a pid, returns true when a process with it exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Given the state file path, returns the state of a live database, or null (removing a stale file). */
export function readEmbeddedState(stateFile: string): EmbeddedState | null {
  if (!existsSync(stateFile)) return null;
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as EmbeddedState;
    if (typeof state.pid === 'number' && isProcessAlive(state.pid)) return state;
  } catch {
    // An unreadable state file is as good as none.
  }
  rmSync(stateFile, { force: true });
  return null;
}

/** Given the state file path and a state, writes it. */
export function writeEmbeddedState(stateFile: string, state: EmbeddedState): void {
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

/** Given the state file path, removes it. */
export function clearEmbeddedState(stateFile: string): void {
  rmSync(stateFile, { force: true });
}
