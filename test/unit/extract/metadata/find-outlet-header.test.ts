import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run-entities.ts';

const BODY =
  'قصفت الطائرات الحربية أطراف البلدة صباح اليوم، ما أدى إلى احتراق محاصيل زراعية واسعة في المنطقة.';

/** Given an article, returns the outlet's name and mention texts (null when there is no outlet). */
function outletOf(text: string): { name: string; type: string; mentions: string[] } | null {
  const article = runArticle(text);
  const outlet = article.entities.find((e) => e.id === article.outlet);
  return outlet === undefined
    ? null
    : { name: outlet.name, type: outlet.type, mentions: outlet.mentions.map((m) => m.text) };
}

describe('the outlet named by a header line, unknown to the lexicon', () => {
  it.each([
    ['X - خاص', `حريق في الحقول\n\nصدى الوادي - خاص\n\n${BODY}`, 'صدى الوادي'],
    [
      'CITY – X with a media head',
      `حريق في الحقول\n\nالرقة – وكالة أنباء النهر\n\n${BODY}`,
      'وكالة أنباء النهر',
    ],
    ['CITY – «X» - وكالات', `حريق في الحقول\n\nحمص – «الفجر» - وكالات\n\n${BODY}`, 'الفجر'],
    ['CITY ـ «X» ووكالات', `حريق في الحقول\n\nحماة ـ «نداء الساحل» ووكالات\n\n${BODY}`, 'نداء الساحل'],
    ['X / وكالات', `حريق في الحقول\n\nالمنارة / وكالات\n\n${BODY}`, 'المنارة'],
    ['CITY/ X', `حريق في الحقول\n\nعمّان/ البيادر\n\n${BODY}`, 'البيادر'],
    ['CITY-X glued', `حريق في الحقول\n\nطرطوس-رصد\n\n${BODY}`, 'رصد'],
    ['CITY1 - CITY2: «X»', `حريق في الحقول\n\nباريس - برلين: «الأفق»\n\n${BODY}`, 'الأفق'],
    ['CITY - X.نت', `حريق في الحقول\n\nالدوحة - الضفاف.نت\n\n${BODY}`, 'الضفاف.نت'],
    ['X نت - خاص', `حريق في الحقول\n\nسنابل نت - خاص\n\n${BODY}`, 'سنابل نت'],
    ['X – CITY, the city by its head noun', `حريق في الحقول\n\nجسر برس – ريف إدلب\n\n${BODY}`, 'جسر برس'],
    ['X with a number', `حريق في الحقول\n\nالقامشلي - الجزيرة 24\n\n${BODY}`, 'الجزيرة 24'],
  ])('%s', (_style, text, name) => {
    expect(outletOf(text)).toMatchObject({ type: 'media', name });
  });

  it('reads CITY - X - REPORTER: the reporter is a person, the outlet the middle name', () => {
    const article = runArticle(`حريق في الحقول\n\nالسويداء - شذى - مازن العمر\n\n${BODY}`);
    expect(article.entities.find((e) => e.id === article.outlet)?.name).toBe('شذى');
    expect(article.entities.find((e) => e.name === 'مازن العمر')).toMatchObject({ type: 'person' });
  });

  it('reads bracketed and colon datelines that open the first paragraph', () => {
    expect(outletOf(`حريق في الحقول\n\nبيروت (الراصد) - ${BODY}`)?.name).toBe('الراصد');
    expect(outletOf(`حريق في الحقول\n\nاللاذقية (صوت البحر 24)- ${BODY}`)?.name).toBe('صوت البحر 24');
    expect(outletOf(`حريق في الحقول\n\nحلب – شبكة الوادي: ${BODY}`)?.name).toBe('شبكة الوادي');
  });

  it('takes a place and a reporter for what they are, not the outlet', () => {
    // "PLACE – REPORTER" names no outlet; the source telling the outlet in the body does.
    const text = `حريق في الحقول\n\nريف حمص ــ سامر العلي\n\n${BODY}\n\nوقال مصدر محلي لـ"الرائد اليوم" إن النيران امتدت.`;
    expect(outletOf(text)?.name).toBe('الرائد اليوم');
    expect(runArticle(text).entities.find((e) => e.name === 'سامر العلي')).toMatchObject({ type: 'person' });
  });

  it('gives the outlet its later mentions, glued to clitics too', () => {
    const text = `حريق في الحقول\n\nصدى الوادي - خاص\n\n${BODY}\n\nوأكد مزارعون لصدى الوادي أن الخسائر كبيرة، ونحن في صدى الوادي نتابع.`;
    expect(outletOf(text)?.mentions.length).toBe(3);
  });

  it('finds a one-word outlet again where the text marks it as a name (quoted, told to)', () => {
    const text = `حريق في الحقول\n\nدمشق - «الوطن» - وكالات\n\n${BODY}\n\nوقال مصدر لـ«الوطن» إن الحريق محدود.`;
    expect(outletOf(text)?.mentions).toEqual(['الوطن', 'الوطن']);
  });
});

describe('the outlet named by the body or the page furniture', () => {
  it('reads a source line at the end, also inside the trailing furniture', () => {
    const text = `حريق في الحقول\n\n${BODY}\n\nوأفاد مراسل البوصلة بأن النيران امتدت.\n\nالمصدر: البوصلة\n\nالوسوم\nحرائق`;
    expect(outletOf(text)).toMatchObject({ type: 'media', mentions: ['البوصلة'] });
    const agency = `حريق في الحقول\n\n${BODY}\n\nالمصدر : وكالة أنباء الجبل`;
    expect(runArticle(agency).outlet).not.toBeNull();
  });

  it('reads a source telling the outlet, a correspondent, "ونحن في X", "في اتصال مع X"', () => {
    expect(
      outletOf(`حريق في الحقول\n\n${BODY}\n\nوقال شاهد عيان لـ«المرصاد» إن النار اشتعلت فجراً.`)?.name,
    ).toBe('المرصاد');
    expect(
      outletOf(`حريق في الحقول\n\n${BODY}\n\nوأفاد مراسل الينبوع في المنطقة بأن الحريق مستمر.`)?.name,
    ).toBe('الينبوع');
    expect(
      outletOf(`حريق في الحقول\n\n${BODY}\n\nوقال الطبيب في اتصال مع «السنديان» إن المصابين بخير.`)?.name,
    ).toBe('السنديان');
  });

  it('never takes a relay the text cites for the outlet, even when a source speaks to it', () => {
    const text =
      `حريق في الحقول\n\n${BODY}\n\nوفق ما نقلته وكالة "الأنباء البعيدة" عن الدفاع المدني.` +
      `\n\nوقال مسؤول لـ"الأنباء البعيدة" إن الحريق محدود.\n\nغير أن مصدراً محلياً أكد لـ"الشاطئ" أن الخسائر كبيرة.`;
    expect(outletOf(text)?.name).toBe('الشاطئ');
  });

  it('prefers the dateline over an agency quoted in the body', () => {
    const text = `حريق في الحقول\n\nحلب (الصدى) - ${BODY}\n\nوقال مسؤول لوكالة رويترز إن الحريق محدود.`;
    expect(outletOf(text)?.name).toBe('الصدى');
  });

  it('has no outlet when the text names none: a city, a quoted agency, a told agency with its head noun', () => {
    expect(runArticle(`حريق في الحقول\n\n${BODY}`).outlet).toBeNull();
    expect(runArticle(`حريق في الحقول\n\nحلب\n\n${BODY}`).outlet).toBeNull();
    expect(runArticle(`حريق في الحقول\n\n${BODY}\n\nوقالت وكالة رويترز إن الحريق محدود.`).outlet).toBeNull();
    expect(
      runArticle(`حريق في الحقول\n\n${BODY}\n\nوقال مسؤول لوكالة رويترز إن الحريق محدود.`).outlet,
    ).toBeNull();
    expect(runArticle(`حريق على أطراف حلب - تقرير\n\n${BODY}`).outlet).toBeNull();
  });
});
