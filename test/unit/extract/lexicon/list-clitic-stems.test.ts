import { describe, expect, it } from 'vitest';
import { listCliticStems, stripArticle } from '../../../../src/extract/lexicon/list-clitic-stems.ts';
import { listNameVariants } from '../../../../src/extract/lexicon/list-name-variants.ts';
import { toPhraseWords } from '../../../../src/extract/lexicon/phrase-words.ts';

const stems = (word: string) => listCliticStems(toPhraseWords(word)[0] ?? '').map((s) => s.stem);

describe('listCliticStems', () => {
  it('peels conjunctions, prepositions and their combinations', () => {
    expect(stems('والتحالف')).toContain('التحالف');
    expect(stems('بالرقة')).toContain('الرقه');
    expect(stems('فبإدلب')).toContain('ادلب');
    expect(stems('وكالة')[0]).toBe('وكاله');
  });

  it('restores the article after ل ("للتنظيم" -> "التنظيم")', () => {
    expect(stems('للتنظيم')).toContain('التنظيم');
    expect(stems('وللمرصد')).toContain('المرصد');
  });

  it('keeps a stem of two letters at least', () => {
    expect(stems('وب')).toEqual(['وب']);
  });

  it('strips the article when there is one', () => {
    expect(stripArticle('والمخيم')).toBe('مخيم');
    expect(stripArticle('مخيم')).toBeNull();
  });
});

describe('listNameVariants', () => {
  it('glues a short first word or a word before the article, and splits a glued name', () => {
    expect(listNameVariants(['دير', 'الزور']).map((v) => v.join(' '))).toEqual(['دير الزور', 'ديرالزور']);
    expect(listNameVariants(['ابو', 'كمال']).map((v) => v.join(' '))).toContain('ابوكمال');
    expect(listNameVariants(['راسالعين']).map((v) => v.join(' '))).toContain('راس العين');
  });
});
