import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../../src/extract/clean/find-boilerplate.ts';
import { segmentArticle } from '../../../../src/extract/segment/segment-article.ts';
import { getTestLexicon } from '../helpers/test-lexicon.ts';

const segment = (text: string) => segmentArticle(text, findBoilerplate(text, getTestLexicon()));

describe('segmentArticle', () => {
  it('takes a short first line without final punctuation as the title, and marks sub-headings', () => {
    const text =
      'قصف روسي على سراقب\n\nقصفت الطائرات الروسية سراقب. وقتل مدنيان.\n\nالدفاع المدني ينتشل الضحايا\n\nوانتشلت فرق الإنقاذ الجثث.';
    const seg = segment(text);
    expect(seg.title && text.slice(seg.title.start, seg.title.end)).toBe('قصف روسي على سراقب');
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'قصف روسي على سراقب',
      'قصفت الطائرات الروسية سراقب.',
      'وقتل مدنيان.',
      'الدفاع المدني ينتشل الضحايا',
      'وانتشلت فرق الإنقاذ الجثث.',
    ]);
    expect(seg.sentences.map((s) => Boolean(s.isHeading))).toEqual([false, false, false, true, false]);
    expect(seg.paragraphs).toHaveLength(4);
  });

  it('skips a section name above the title, and has no title when the first line is a byline', () => {
    const withSection = segment('أخبار سوريا\n\nغارات على إدلب\n\nنص الخبر هنا.');
    expect(withSection.title).toMatchObject({ isTitle: true });
    const text = 'سامر أحمد – إدلب – عنب بلدي:\nقصفت الطائرات المدينة.';
    expect(segment(text).title).toBeNull();
  });

  it('takes a first line ending with a full stop as the title only when it is short', () => {
    expect(segment('مقتل خمسة مدنيين في قصف على إدلب.\n\nقصفت الطائرات المدينة.').title).not.toBeNull();
    const lead =
      'قتل خمسة مدنيين وأصيب عشرة آخرون جراء قصف مدفعي لقوات النظام استهدف سوق مدينة إدلب صباح اليوم الأحد.';
    expect(segment(`${lead}\nوقال الدفاع المدني إن فرقه انتشلت الضحايا.`).title).toBeNull();
  });

  it('takes the line after a dateline as the title', () => {
    const text = 'عفرين – خاص\nاعتقالات جديدة في عفرين\nاعتقل عناصر من الشرطة سبعة مدنيين.';
    const seg = segment(text);
    expect(seg.title && text.slice(seg.title.start, seg.title.end)).toBe('اعتقالات جديدة في عفرين');
  });

  it('ends the content where the boilerplate begins', () => {
    const text = 'العنوان\nنص.\nمقالات ذات صلة\nخبر آخر';
    const seg = segment(text);
    expect(seg.contentEnd).toBe(text.indexOf('مقالات'));
    expect(seg.sentences.every((s) => s.end <= seg.contentEnd)).toBe(true);
  });
});
