import { beforeAll, describe, expect, it } from 'vitest';
import type { LexiconSources } from '../../../src/extract/lexicon/lexicon-types.ts';
import { readLexiconSources } from '../../../src/load/read-lexicon.ts';
import { generateCorpus } from '../../../bench/generate-corpus.ts';

describe('generateCorpus (benchmark corpus)', () => {
  let sources: LexiconSources;
  beforeAll(async () => {
    sources = await readLexiconSources();
  });

  it('gives the same corpus for the same count and seed', () => {
    expect(generateCorpus(120, 7, sources)).toEqual(generateCorpus(120, 7, sources));
  });

  it('gives another corpus for another seed', () => {
    expect(generateCorpus(40, 7, sources).articles.map((a) => a.text)).not.toEqual(generateCorpus(40, 8, sources).articles.map((a) => a.text));
  });

  it('has seed-length articles and stories told by several outlets', () => {
    const { articles, summary } = generateCorpus(200, 1, sources);
    expect(articles).toHaveLength(200);
    expect(summary.averageChars).toBeGreaterThan(1800);
    expect(summary.averageChars).toBeLessThan(3500);
    expect(summary.multiOutletStories).toBeGreaterThan(summary.stories / 4);
    const byStory = new Map<number, Set<string | null>>();
    for (const a of articles) byStory.set(a.storyIds[0] as number, (byStory.get(a.storyIds[0] as number) ?? new Set()).add(a.meta.url.split('/')[3] ?? null));
    expect([...byStory.values()].some((outlets) => outlets.size >= 3)).toBe(true);
    expect(new Set(articles.map((a) => a.meta.id)).size).toBe(200);
  });

  it('fills every template slot', () => {
    const unfilled = generateCorpus(300, 3, sources).articles.flatMap((a) => a.text.match(/\{[A-Z0-9]+\}/g) ?? []);
    expect(unfilled).toEqual([]);
  });
});
