/**
 * Internal: writes the neo4j.conf-style settings the launcher loads: Bolt on loopback only, no HTTP.
 */
import { writeFileSync } from 'node:fs';

/** Given the settings path, port and page cache size, writes the embedded database's settings file. */
export function writeSettings(path: string, port: number, pageCache: string): void {
  const lines = [
    '# Written by kg on every start of the embedded database; edit KG_* variables instead.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    // Loopback only, so no password: nothing off this machine can reach it. Use NEO4J_URI for a shared server.
    'dbms.security.auth_enabled=false',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${pageCache}`,
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.transaction.timeout=120s',
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
}
