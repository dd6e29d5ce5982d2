/**
 * Internal (benchmarks): what the results were measured on: CPUs, memory, OS, Node, Java, the library versions
 * in play, the commit, and the load average (other processes share this machine; the ratios absorb that, the
 * absolute figures do not).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpus: { count: number; model: string };
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  packages: Record<string, string>;
  commit: string;
  /** 1-, 5- and 15-minute load averages when the run started. */
  loadAverageAtStart: number[];
}

const PACKAGES = ['neo4j-driver', '@neo4j/graphql', '@apollo/server', 'graphql', 'type-graphql', 'dataloader', 'autocannon'];

/** Given nothing, returns the machine's details (Neo4j's version comes from the database itself). */
export function readMachineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion(),
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    commit: gitCommit(),
    loadAverageAtStart: loadAverage(),
  };
}

/** Given nothing, returns the 1-, 5- and 15-minute load averages, rounded. */
export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

function javaVersion(): string {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (out.stderr || out.stdout || '').split('\n')[0]?.trim() || 'unknown';
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
