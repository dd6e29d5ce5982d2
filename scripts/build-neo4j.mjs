#!/usr/bin/env node
// Builds the embedded Neo4j launcher (neo4j/pom.xml) with the machine's Maven, once: `npm install` runs it.
// Skips quietly when NEO4J_URI is set or KG_SKIP_NEO4J_BUILD=1; warns (does not fail the install) when Java or
// Maven is missing, because a user with their own Neo4j needs neither. `kg db start` repeats the check loudly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pom = join(root, 'neo4j', 'pom.xml');
const marker = join(root, 'neo4j', 'target', 'lib', '.complete');

if (process.env.NEO4J_URI || process.env.KG_SKIP_NEO4J_BUILD === '1') process.exit(0);
if (existsSync(marker)) process.exit(0);
const hasTool = (cmd, arg) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
if (!hasTool('java', '-version') || !hasTool('mvn', '-v')) {
  console.warn('kg: Java 17+ and Maven are needed for the embedded Neo4j; install them (apt-get install openjdk-17-jdk maven) or set NEO4J_URI.');
  process.exit(0);
}
console.log('kg: building the embedded Neo4j launcher (Maven; first run downloads ~120 MB)...');
const res = spawnSync('mvn', ['-B', '-q', '-f', pom, 'package', '-DskipTests'], { stdio: 'inherit' });
if (res.status !== 0) {
  console.error('kg: the Maven build of neo4j/ failed; see the output above. Retry with: npm run kg -- db build');
  process.exit(res.status ?? 1);
}
