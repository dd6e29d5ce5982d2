/**
 * Internal: checks that the machine can build and run the embedded database, with the fix when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { EmbeddedDbError } from './embedded-db-error.ts';

const FIX = 'Install them (Debian/Ubuntu: apt-get install openjdk-17-jdk maven) or set NEO4J_URI to a running Neo4j 5.';

/** Given nothing, returns the Java major version; throws EmbeddedDbError when Java is missing or older than 17. */
export function assertJava(): number {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new EmbeddedDbError('JAVA_MISSING', `Java 17+ is needed for the embedded Neo4j and was not found on PATH. ${FIX}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new EmbeddedDbError('JAVA_TOO_OLD', `Java ${major} found; Neo4j 5.26 needs Java 17 or 21. ${FIX}`);
  }
  return major;
}

/** Given nothing, returns normally when `mvn` runs; throws EmbeddedDbError with the fix when it does not. */
export function assertMaven(): void {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new EmbeddedDbError('MAVEN_MISSING', `Maven is needed to fetch Neo4j 5.26 from Maven Central and was not found. ${FIX}`);
  }
}
