import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../../src/extract/clean/find-boilerplate.ts';
import { getTestLexicon } from '../helpers/test-lexicon.ts';

const lexicon = getTestLexicon();
const contentOf = (text: string) => text.slice(0, findBoilerplate(text, lexicon).contentEnd).trim();
const BODY = 'وصلت قافلة مساعدات إلى مخيم الركبان صباح اليوم بعد انتظار دام أسابيع، بحسب مصادر محلية.';

describe('findBoilerplate: notices, credits, tags and related stories', () => {
  it('cuts a tag line whose marker and colon head a list of any length', () => {
    const text = `${BODY}\n\nالكلمات المفتاحية: الركبان، المساعدات، الأمم المتحدة، البادية، الحدود الأردنية\nأضف تعليقاً`;
    expect(contentOf(text)).toBe(BODY);
  });

  it("cuts a subscription notice and a follow-us line, with the editors' initials before them", () => {
    const notice = 'ينشر الموقع جزءاً من الأخبار فقط، ويرجى التواصل معنا لمعرفة خيارات الاشتراك.';
    expect(contentOf(`${BODY}\n\n${notice}`)).toBe(BODY);
    expect(contentOf(`${BODY}\n\nع.ح / س.م\n\nتابعوا آخر الأخبار عبر تطبيق تلغرام على هواتفكم`)).toBe(BODY);
  });

  it('cuts a staff credit line in brackets, and keeps a bracketed sentence of the body', () => {
    const credit = '(تغطية صحفية سليم الأحمد في بيروت - إعداد رنا يوسف - تحرير علي خالد)';
    expect(contentOf(`${BODY}\n\n${credit}`)).toBe(BODY);
    const aside = `${BODY}\n\n(وكانت القافلة الأخيرة قد وصلت قبل ثلاثة أشهر.)`;
    expect(contentOf(aside)).toBe(aside);
  });

  it('cuts a hashtag line and a related-stories block, its question headlines too', () => {
    expect(contentOf(`${BODY}\n\n#الركبان #البادية #مساعدات`)).toBe(BODY);
    const related = `${BODY}\n\nالمزيد حول هذه القصة\nلماذا تتأخر المساعدات عن المخيم؟\nمنظمات تحذر من نقص الأدوية\nشارك هذه الصفحة`;
    expect(contentOf(related)).toBe(BODY);
    const topics = `${BODY}\n\nمواضيع\nالأردن\nالمساعدات الإنسانية`;
    expect(contentOf(topics)).toBe(BODY);
  });

  it('keeps a last question of the body when no marker follows it', () => {
    const text = `${BODY}\n\nفهل تصل القافلة التالية في موعدها؟`;
    expect(contentOf(text)).toBe(text);
  });
});
