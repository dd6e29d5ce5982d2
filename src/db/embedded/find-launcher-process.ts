/**
 * Internal: finds a running embedded-database JVM (kg.neo4j.Launcher) by its data folder, whether or not a state
 * file names it: one left behind when its state file was lost still holds the store lock.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Given the database home (`<data>/neo4j`), returns the pid of a live launcher using it, or null (always null off Linux). */
export function findLauncherProcess(home: string): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    const at = args.indexOf('--home');
    if (args.includes('kg.neo4j.Launcher') && at >= 0 && args[at + 1] === home) return Number(entry);
  }
  return null;
}
