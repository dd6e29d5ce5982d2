import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../../src/extract/normalize/normalize-arabic.ts';
import { tokenizeEventText } from '../../../../src/extract/claims/tokenize-event-text.ts';
import { getDefaultEventLexicon } from '../../../../src/extract/claims/default-event-lexicon.ts';
import { parseNumberAt } from '../../../../src/extract/numbers/parse-number-at.ts';

function parse(text: string) {
  const tokens = tokenizeEventText(normalizeArabic(text));
  return parseNumberAt(tokens, 0, getDefaultEventLexicon(), text);
}

describe('parseNumberAt', () => {
  it.each([
    ['واحد', 1], ['اثنان', 2], ['ثلاث', 3], ['ثمانية', 8], ['عشرة', 10], ['أحد عشر', 11], ['خمسة عشر', 15],
    ['عشرون', 20], ['ثلاثين', 30], ['خمسة وعشرون', 25], ['مئة', 100], ['مائة وخمسون', 150], ['ثلاثمائة', 300],
    ['ألف', 1000], ['ثلاثة آلاف', 3000], ['1,190', 1190], ['٢٥', 25], ['(250)', 250],
  ])('reads %s as %d', (text, value) => {
    expect(parse(text)).toMatchObject({ value, vague: false });
  });

  it('reads vague counts and bounds', () => {
    expect(parse('عشرات')).toMatchObject({ value: 'عشرات', vague: true, lowerBound: 20 });
    expect(parse('المئات')).toMatchObject({ value: 'المئات', vague: true, lowerBound: 200 });
    expect(parse('أكثر من 30')).toMatchObject({ value: 30, qualifier: 'more_than' });
    expect(parse('قرابة مئة')).toMatchObject({ value: 100, qualifier: 'about' });
  });

  it('returns null for a word that is no number', () => {
    expect(parse('المدينة')).toBeNull();
  });
});
