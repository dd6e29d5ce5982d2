import { describe, expect, it } from 'vitest';
import { conjugateVerb } from '../../../../src/extract/claims/conjugate-verb.ts';

describe('conjugateVerb', () => {
  it('gives the third-person perfect and imperfect forms of a sound verb', () => {
    const forms = conjugateVerb('رجّح', 'يرجّح');
    expect(forms).toEqual(
      expect.arrayContaining(['رجّح', 'رجّحت', 'رجّحوا', 'رجّحا', 'يرجّح', 'ترجّح', 'يرجّحون', 'يرجّحان']),
    );
  });

  it('drops the last letter of a defective verb before its suffixes', () => {
    expect(conjugateVerb('أحصى', 'يحصي')).toEqual(
      expect.arrayContaining(['أحصى', 'أحصت', 'أحصوا', 'أحصيا', 'يحصي', 'تحصي', 'يحصون', 'يحصيان']),
    );
    expect(conjugateVerb('دعا', 'يدعو')).toEqual(
      expect.arrayContaining(['دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'يدعوان']),
    );
    expect(conjugateVerb('رأى', 'يرى')).toEqual(expect.arrayContaining(['رأت', 'رأوا', 'ترى', 'يرون']));
  });

  it('lists each form once and only the perfect when no imperfect is given', () => {
    const forms = conjugateVerb('قدّر');
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.some((f) => f.startsWith('ي'))).toBe(false);
  });
});
