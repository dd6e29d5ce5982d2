import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/extract/segment/split-sentences.ts';

const split = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at Arabic and Latin sentence ends', () => {
    expect(split('قُتل خمسة. هل انتهت المعركة؟ لا؛ ما زالت مستمرة! والبقية غداً')).toEqual([
      'قُتل خمسة.',
      'هل انتهت المعركة؟',
      'لا؛',
      'ما زالت مستمرة!',
      'والبقية غداً',
    ]);
  });

  it('does not split decimal numbers, abbreviations or lone letters', () => {
    expect(split('تراجع المؤشر 1.5 بالمئة. وقال د. سامي إن Dr. Smith غادر.')).toEqual([
      'تراجع المؤشر 1.5 بالمئة.',
      'وقال د. سامي إن Dr. Smith غادر.',
    ]);
  });

  it('does not split inside quotes', () => {
    expect(split('قال القائد: “انسحبنا. لن نعود!” ثم غادر. انتهى')).toEqual([
      'قال القائد: “انسحبنا. لن نعود!” ثم غادر.',
      'انتهى',
    ]);
  });

  it('keeps an ellipsis the line goes on after, and runs of marks together', () => {
    expect(split('قتلى في حلب ... وجرحى في إدلب!! ثم هدوء')).toEqual([
      'قتلى في حلب ... وجرحى في إدلب!!',
      'ثم هدوء',
    ]);
  });
});
