import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../../src/extract/clean/find-boilerplate.ts';
import { getTestLexicon } from '../helpers/test-lexicon.ts';

const lexicon = getTestLexicon();
const contentOf = (text: string) => text.slice(0, findBoilerplate(text, lexicon).contentEnd).trim();

describe('findBoilerplate', () => {
  it('cuts a related-articles block, a back-to-top button and a keyword line before them', () => {
    const body = 'قصفت الطائرات مدينة سراقب فجر اليوم، وأفاد الدفاع المدني بسقوط ضحايا.';
    const text = `${body}\n\nإدلب سراقب قصف طيران روسي\n\nاقرأ أيضاً\nمقتل ثلاثة مدنيين بقصف على جسر الشغور\n\nزر الذهاب إلى الأعلى\n`;
    expect(contentOf(text)).toBe(body);
  });

  it('cuts comment notices, share and follow lines and bare links', () => {
    const body = 'أعلنت الأمم المتحدة عن قافلة مساعدات جديدة إلى عفرين.';
    const text = `${body}\nhttps://example.org/watch?v=1\nشارك هذا المقال\nتابعونا على تلغرام\nاترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني.`;
    expect(contentOf(text)).toBe(body);
    expect(findBoilerplate(text, lexicon).diagnostics).toMatchObject([{ code: 'EMPTY_SEGMENT' }]);
  });

  it('keeps a short last line of content when no marker says the page furniture begins', () => {
    const text = 'وصلت التعزيزات إلى منبج.\nالمصادر المحلية تؤكد الخبر';
    expect(findBoilerplate(text, lexicon).contentEnd).toBe(text.length);
  });

  it('does not take a sentence that starts with a marker word for a share line', () => {
    const text = 'هاجم التنظيم مواقع في البادية.\nشارك في الهجوم عشرات العناصر من الخلايا النائمة.';
    expect(findBoilerplate(text, lexicon).contentEnd).toBe(text.length);
  });

  it('drops a "read also" line and a bare link inside the body and a section name heading the page', () => {
    const text =
      'أخبار سوريا\nالعنوان\nفقرة أولى عن حلب.\nاقرأ أيضاً: قصف على إدلب\nhttps://t.co/abc\nفقرة ثانية عن الرقة.';
    const dropped = findBoilerplate(text, lexicon).dropped.map((s) => text.slice(s.start, s.end));
    expect(dropped).toEqual(['أخبار سوريا', 'اقرأ أيضاً: قصف على إدلب', 'https://t.co/abc']);
  });
});
