import { describe, expect, it } from 'vitest';
import {
  normalizeArabic,
  normalizeForMatch,
  toOriginalSpan,
} from '../../../../src/extract/normalize/normalize-arabic.ts';

describe('normalizeArabic', () => {
  it('drops tashkeel and tatweel and folds alef, hamza, yeh, teh marbuta and digits', () => {
    expect(normalizeArabic('أَعلنَت إدارةُ آمــنة مُستشفى الرّقة ٣٢').text).toBe(
      'اعلنت اداره امنه مستشفي الرقه 32',
    );
  });

  it('folds every quote mark, including the double prime, to one', () => {
    expect(normalizeArabic('“أ” «ب» ’’ج‘‘ "د″').text).toBe('"ا" "ب" ""ج"" "د"');
  });

  it('folds presentation forms and keeps the offset map in step', () => {
    const original = '\uFEFB\uFEE3'; // LAM-ALEF ligature, MEEM medial form
    const norm = normalizeArabic(original);
    expect(norm.text).toBe('\u0644\u0627\u0645');
    expect(Array.from(norm.toOriginal)).toEqual([0, 0, 1, 2]);
  });

  it('maps normalized spans back to the original text', () => {
    const original = 'قصفٌ  على   سَراقِب';
    const norm = normalizeArabic(original);
    const at = norm.text.indexOf('سراقب');
    const span = toOriginalSpan(norm, at, at + 'سراقب'.length);
    expect(original.slice(span.start, span.end)).toBe('سَراقِب');
  });

  it('trims names for matching', () => {
    expect(normalizeForMatch('  هَيئة  تحرير\tالشام ')).toBe('هييه تحرير الشام');
  });
});
