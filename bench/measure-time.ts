/**
 * Internal (benchmarks): wall-clock and CPU time of one piece of work. CPU time is this process's only (user +
 * system); on a shared machine the wall clock also counts other processes' turns, so both are kept.
 */
import { performance } from 'node:perf_hooks';

export interface Timed<T> {
  result: T;
  seconds: number;
  cpuSeconds: number;
}

/** Given async work, returns its result with the wall-clock and CPU seconds it took. */
export async function measureTime<T>(work: () => Promise<T> | T): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Given a count and seconds, returns the rate per second rounded to 0.1 (0 when no time passed). */
export function ratePerSecond(count: number, seconds: number): number {
  return seconds > 0 ? Math.round((count / seconds) * 10) / 10 : 0;
}

/** Given a value and a baseline, returns value / baseline rounded to 0.001 (null without a baseline). */
export function ratio(value: number, baseline: number): number | null {
  return baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : null;
}
