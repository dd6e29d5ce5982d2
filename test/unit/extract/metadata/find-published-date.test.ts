import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run-entities.ts';

const BODY =
  'قصفت الطائرات الحربية أطراف البلدة صباح اليوم، ما أدى إلى احتراق محاصيل زراعية واسعة في المنطقة.';
const dateOf = (header: string): string | null =>
  runArticle(`حريق في الحقول\n\n${header}\n\n${BODY}`).publishedAt;

describe('the publication date from a date line', () => {
  it.each([
    ['الثلاثاء ١٤ تموز ٢٠٢٠', '2020-07-14'],
    ['3 شباط 2021 - 09:45', '2021-02-03'],
    ['22.11.2019', '2019-11-22'],
    ['05.06.2020 | 18:02 بتوقيت غرينتش', '2020-06-05'],
    ['تاريخ النشر: 2016-10-30', '2016-10-30'],
    ['السبت - 2 ربيع الأول 1441 هـ - 30 نوفمبر 2019 مـ', '2019-11-30'],
    ['نشر في: الجمعة 5 شوال 1440 هـ - 7 يونيو 2019م', '2019-06-07'],
    ['٢٥/١٢/٢٠١٨', '2018-12-25'],
    ['الأحد 12 مايو أيار 2019', '2019-05-12'],
    ['9 سبتمبر/ أيلول 2018', '2018-09-09'],
    ['12-10-2017', '2017-10-12'],
  ])('%s', (line, iso) => {
    expect(dateOf(line)).toBe(iso);
  });

  it("reads a date under a byline, and none from the prose: that date is an event's", () => {
    expect(dateOf('حماة - صدى الوادي\n1 آذار 2022')).toBe('2022-03-01');
    const prose = `حريق في الحقول\n\nقالت مصادر محلية إن الحريق الذي اندلع في 4 آب 2019 أتى على مساحات واسعة من الأراضي الزراعية.`;
    expect(runArticle(prose).publishedAt).toBeNull();
  });
});
