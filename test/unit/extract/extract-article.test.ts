import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { getTestLexicon } from './helpers/test-lexicon.ts';

const lexicon = getTestLexicon();
const run = (text: string, meta = {}) => extractArticle({ file: 't.txt', text, meta }, lexicon);

describe('extractArticle', () => {
  it('reports an empty text as EMPTY_TEXT and returns an empty article', () => {
    const article = run('   \n\t ');
    expect(article.diagnostics).toMatchObject([{ code: 'EMPTY_TEXT' }]);
    expect(article.entities).toEqual([]);
  });

  it('reports text without Arabic as NOT_ARABIC', () => {
    const article = run('The quick brown fox jumps over the lazy dog near Aleppo.');
    expect(article.diagnostics.filter((d) => d.stage === 'input')).toMatchObject([{ code: 'NOT_ARABIC' }]);
  });

  it('reports an article that is only boilerplate as NO_CONTENT', () => {
    const article = run('مقالات ذات صلة\n\nزر الذهاب إلى الأعلى');
    expect(article.diagnostics.map((d) => d.code)).toContain('NO_CONTENT');
  });

  it('reports control characters and truncation', () => {
    const article = extractArticle(
      { file: 'x', text: `قصف على سراقب\u0007 اليوم ${'ب'.repeat(50)}` },
      lexicon,
      { maxLength: 30 },
    );
    expect(article.diagnostics.filter((d) => d.stage === 'input')).toMatchObject([
      { code: 'TEXT_TRUNCATED' },
      { code: 'CONTROL_CHARACTERS' },
    ]);
  });

  it('gives the same id to the same text however it is spaced or marked', () => {
    const a = run('قصفت قوات النظام مدينة سراقب.');
    const b = run('قصفَت  قوات النظام   مدينة سراقب.');
    expect(a.id).toBe(b.id);
    expect(run('نص آخر تماما عن حلب.').id).not.toBe(a.id);
  });

  it('uses the url for the id when there is one, and lets meta win over the text', () => {
    const article = run('عنب بلدي – حلب:\nقصفت قوات النظام سراقب.', {
      url: 'https://example.org/a/1',
      outlet: 'reuters',
      publishedAt: '2020-02-03',
    });
    expect(article.id).toBe(run('نص مختلف', { url: 'https://example.org/a/1' }).id);
    expect(article.outlet).toBe('reuters');
    expect(article.publishedAt).toBe('2020-02-03');
  });
});
