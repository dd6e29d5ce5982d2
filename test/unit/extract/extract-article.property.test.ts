import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { compileLexicon } from '../../../src/extract/lexicon/compile-lexicon.ts';
import { readLexiconSources } from '../../../src/load/read-lexicon.ts';
import { getTestLexicon } from './helpers/test-lexicon.ts';

const lexicon = getTestLexicon();
const projectLexicon = compileLexicon(await readLexiconSources());

// Pieces that exercise the rules: names, clitics, heads, roles, quotes, brackets, marks, boilerplate, odd characters.
const PIECES = [
  'قال',
  'مراسل',
  'وكالة',
  'شبكة',
  'قرية',
  'مخيم',
  'الملقب بـ',
  'القيادي',
  'أبو',
  'أبوخالد',
  'مصادر',
  'محلية',
  'وأهلية',
  'التنظيم',
  'تنظيم',
  'داعش',
  'لـ',
  'بـ',
  'والتحالف',
  'للتحالف',
  'الدولي',
  'قوات',
  'النظام',
  'ميليشيا',
  'قسد',
  'الميليشيات',
  'الإيرانية',
  'المدفعية',
  'التركية',
  'هيئة تحرير الشام',
  'جسرالشغور',
  'دير الزور',
  'حمزة',
  'العنزي',
  '“',
  '”',
  '’’',
  '‘‘',
  '″',
  '(',
  ')',
  '«',
  '»',
  '"',
  '،',
  '.',
  '؟',
  '!',
  '؛',
  ':',
  '–',
  '-',
  '\n',
  '\n\n',
  ' ',
  '  ',
  'ـــ',
  'َ',
  'ّ',
  '١٢',
  '3.5',
  'https://x.y/z',
  'مقالات ذات صلة',
  'زر الذهاب إلى الأعلى',
  'الوسوم',
  'اقرأ أيضاً',
  '\u200f',
  '\ufeff',
  '\u0000',
  '\ud83d\ude00',
  '\ud800',
  'ﻻ',
  'ﻷ',
  'abc',
  'A.',
  'كانون الأول',
  '2019',
];

const articleText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('extractArticle on arbitrary text', () => {
  it('never throws, and every mention is the slice of the original text it points at', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const article = extractArticle({ file: 'p.txt', text }, lexicon);
        for (const entity of article.entities) {
          for (const m of entity.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
        expect(typeof article.id).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('keeps mentions exact with the project lexicon too', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        for (const entity of extractArticle({ file: 'p.txt', text }, projectLexicon).entities) {
          for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same text gives the same output', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const a = extractArticle({ file: 'p.txt', text }, lexicon);
        const b = extractArticle({ file: 'p.txt', text }, lexicon);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
