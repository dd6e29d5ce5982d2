/**
 * Internal: builds neo4j/ (the launcher plus Neo4j's jars from Maven Central) once, when not built yet.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { assertJava, assertMaven } from './assert-java-and-maven.ts';
import { EmbeddedDbError } from './embedded-db-error.ts';
import type { EmbeddedPaths } from './embedded-paths.ts';

/** Given the embedded paths, builds the launcher when needed and resolves once its classpath is ready. */
export async function buildLauncher(paths: EmbeddedPaths, options: { force?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  assertJava();
  if (!options.force && existsSync(paths.buildMarker) && existsSync(paths.classes)) return;
  assertMaven();
  options.log?.('Building the embedded Neo4j launcher with Maven (first run downloads about 120 MB)...');
  const output: string[] = [];
  const code = await new Promise<number>((resolvePromise) => {
    const child = spawn('mvn', ['-B', '-q', '-f', paths.pom, 'package', '-DskipTests'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', () => resolvePromise(-1));
    child.on('close', (c) => resolvePromise(c ?? -1));
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-20).join('\n');
    throw new EmbeddedDbError('BUILD_FAILED', `The Maven build of neo4j/ failed (exit ${code}). Last lines:\n${tail}`);
  }
  writeFileSync(paths.buildMarker, new Date().toISOString());
}
