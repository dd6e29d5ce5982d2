import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLoadContext } from '../../../src/load/load-paths.ts';
import { findTextProblem } from '../../../src/load/read/find-text-problem.ts';
import type { LoadInput } from '../../../src/load/read/read-inputs.ts';
import { screenInputs } from '../../../src/load/screen-inputs.ts';

const SEEDS = 'seeds/articles';
const FIXTURES = 'test/fixtures/extract';
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
const fixtureTexts = readdirSync(FIXTURES).map((d) =>
  readFileSync(path.join(FIXTURES, d, 'input.txt'), 'utf8'),
);

/** Words drawn at random (seeded) from the seeds' vocabulary: what a tester pastes as "random Arabic words". */
function randomWords(count: number, seed: number): string {
  const vocabulary = [...new Set(seedTexts.flatMap((t) => t.split(/\s+/)).filter(Boolean))];
  let state = seed;
  const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
}

const input = (file: string, text: string, outlet?: string): LoadInput => ({
  file,
  key: file,
  encoding: 'utf-8',
  text,
  meta: outlet ? { outlet } : {},
});

describe('findTextProblem: only Arabic news text is loaded', async () => {
  const { lexicon } = await getLoadContext();

  it('passes every seed article and every extraction fixture', () => {
    for (const text of [...seedTexts, ...fixtureTexts]) expect(findTextProblem(text, lexicon)).toBeNull();
  });

  it('reports English text as NOT_ARABIC, even when it names places and figures', () => {
    const english =
      'Reuters reported that 20 people were killed in an air strike on Aleppo on Monday, according to activists. '.repeat(
        3,
      );
    expect(findTextProblem(english, lexicon)).toMatchObject({
      code: 'NOT_ARABIC',
      message: expect.stringMatching(/^only 0 of \d+ letters are Arabic; nothing loaded$/),
    });
  });

  it('reports lists of random Arabic words as NOT_ARTICLE_TEXT (a heuristic: nearly all of them, not every one)', () => {
    expect(findTextProblem(randomWords(120, 5), lexicon)).toMatchObject({
      code: 'NOT_ARTICLE_TEXT',
      message: expect.stringMatching(/reads as a list of words, not prose/),
    });
    const lists = Array.from({ length: 100 }, (_, k) => randomWords(40 + ((k * 37) % 260), k + 1));
    const caught = lists.filter((text) => findTextProblem(text, lexicon)?.code === 'NOT_ARTICLE_TEXT').length;
    expect(caught).toBeGreaterThanOrEqual(90);
  });
});

describe('screenInputs', async () => {
  const { lexicon } = await getLoadContext();

  it('holds back junk with a coded problem, and warns about an outlet the lexicon does not know (the article still loads)', () => {
    const seed = seedTexts[0] ?? '';
    const { inputs, problems } = screenInputs(
      [
        input('english.txt', 'The quick brown fox jumps over the lazy dog.'),
        input('words.txt', randomWords(120, 5)),
        input('known-id.txt', seed, 'sana'),
        input('new.txt', seed, 'Daily Aleppo Gazette'),
      ],
      lexicon,
    );
    expect(inputs.map((i) => i.file)).toEqual(['known-id.txt', 'new.txt']);
    expect(problems).toMatchObject([
      { file: 'english.txt', code: 'NOT_ARABIC' },
      { file: 'words.txt', code: 'NOT_ARTICLE_TEXT' },
      {
        file: 'new.txt',
        code: 'UNKNOWN_OUTLET',
        severity: 'warning',
        message: expect.stringContaining('"Daily Aleppo Gazette"'),
      },
    ]);
  });

  it('knows an outlet by its lexicon name as well as its id', () => {
    const byName = lexicon.byId.get('sana')?.name ?? '';
    expect(byName).not.toBe('');
    expect(screenInputs([input('a.txt', seedTexts[1] ?? '', byName)], lexicon).problems).toEqual([]);
  });
});
