/**
 * Internal: where the embedded database's launcher, data, settings, log and state file live.
 */
import { join } from 'node:path';

export interface EmbeddedPaths {
  pom: string;
  classes: string;
  libDir: string;
  /** Marker written after a successful Maven build. */
  buildMarker: string;
  home: string;
  settings: string;
  log: string;
  /** JSON written while a database runs: pid, port, uri, mode. */
  stateFile: string;
  /** Held (holds the starter's pid) while one process starts the database; see try-start-lock.ts. */
  startLock: string;
}

/** Given the project root and the data folder, returns every path the embedded database uses. */
export function resolveEmbeddedPaths(projectRoot: string, dataDir: string): EmbeddedPaths {
  const moduleDir = join(projectRoot, 'neo4j');
  const home = join(dataDir, 'neo4j');
  return {
    pom: join(moduleDir, 'pom.xml'),
    classes: join(moduleDir, 'target', 'classes'),
    libDir: join(moduleDir, 'target', 'lib'),
    buildMarker: join(moduleDir, 'target', 'lib', '.complete'),
    home,
    settings: join(home, 'kg-neo4j.conf'),
    log: join(home, 'kg-neo4j.log'),
    stateFile: join(home, 'kg-neo4j.state.json'),
    startLock: join(home, 'kg-neo4j.starting'),
  };
}
