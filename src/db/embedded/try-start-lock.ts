/**
 * Internal: the lock that lets one process at a time start the embedded database of a data folder. Two `kg load`
 * started together would otherwise both write the settings and start two JVMs on one store.
 */
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { isProcessAlive } from './embedded-state.ts';

/** Given the lock file path, takes the lock and returns its release function, or returns the live holder's pid. */
export function tryStartLock(lockFile: string): { release: () => void } | { holder: number } {
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(lockFile, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lockFile, 'utf8').trim() || Number.NaN);
    // An empty file is a holder between open and write: give it a moment.
    if (Number.isNaN(holder)) return { holder: -1 };
    if (isProcessAlive(holder)) return { holder };
    // The holder died while starting (killed): its lock is stale.
    rmSync(lockFile, { force: true });
  }
}
