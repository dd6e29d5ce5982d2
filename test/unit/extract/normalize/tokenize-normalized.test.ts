import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../../src/extract/normalize/normalize-arabic.ts';
import { tokenizeNormalized } from '../../../../src/extract/normalize/tokenize-normalized.ts';

const tokens = (text: string) => tokenizeNormalized(normalizeArabic(text), text);

describe('tokenizeNormalized', () => {
  it('splits words from punctuation and keeps original offsets', () => {
    const text = 'قال “المرصد”، إنَّ 12 قُتلوا.';
    const list = tokens(text);
    expect(list.map((t) => t.text)).toEqual(['قال', '"', 'المرصد', '"', ',', 'ان', '12', 'قتلوا', '.']);
    for (const t of list) expect(text.slice(t.origStart, t.origEnd).length).toBeGreaterThan(0);
    expect(text.slice(list[7]?.origStart, list[7]?.origEnd)).toBe('قُتلوا');
  });

  it('marks tokens that follow a line break', () => {
    expect(tokens('حلب\nإدلب الرقة').map((t) => t.newlineBefore)).toEqual([false, true, false]);
  });
});
