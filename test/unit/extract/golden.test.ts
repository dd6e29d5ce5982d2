/**
 * Golden files: every folder of test/fixtures/extract holds an input.txt and the expected.json of what the entity
 * layer reads from it (title, outlet, date, entities and mentions). Run with UPDATE_GOLDEN=1 to rewrite them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { getTestLexicon } from './helpers/test-lexicon.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/extract');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden files', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const text = readFileSync(path.join(dir, 'input.txt'), 'utf8');
      const article = extractArticle({ file: 'input.txt', text }, getTestLexicon());
      const actual = {
        title: article.title,
        outlet: article.outlet,
        publishedAt: article.publishedAt,
        entities: article.entities.map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          mentions: e.mentions,
        })),
      };
      const file = path.join(dir, 'expected.json');
      if (update || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
