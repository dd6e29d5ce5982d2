import { describe, expect, it } from 'vitest';
import { percentile } from '../../../bench/query/measure-queries.ts';

describe('percentile (nearest rank, over every response of every round)', () => {
  const ms = Array.from({ length: 200 }, (_, k) => k + 1); // 1..200

  it('gives the median and the 99th percentile of sorted latencies', () => {
    expect(percentile(ms, 0.5)).toBe(100);
    expect(percentile(ms, 0.99)).toBe(198);
    expect(percentile(ms, 1)).toBe(200);
  });

  it('gives the only value of one response, and 0 of none', () => {
    expect(percentile([42], 0.99)).toBe(42);
    expect(percentile([], 0.5)).toBe(0);
  });
});
