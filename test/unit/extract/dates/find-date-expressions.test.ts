import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../../src/extract/normalize/normalize-arabic.ts';
import { tokenizeEventText } from '../../../../src/extract/claims/tokenize-event-text.ts';
import { getDefaultEventLexicon } from '../../../../src/extract/claims/default-event-lexicon.ts';
import { findDateExpressions } from '../../../../src/extract/dates/find-date-expressions.ts';

// 2020-03-11 is a Wednesday.
function dates(text: string, publishedAt: string | null = '2020-03-11') {
  const tokens = tokenizeEventText(normalizeArabic(text));
  return findDateExpressions(tokens, 0, tokens.length, getDefaultEventLexicon(), text, publishedAt).map(
    (d) => [d.text, d.date, d.precision],
  );
}

describe('findDateExpressions', () => {
  it('reads absolute dates with Levantine and Egyptian month names', () => {
    expect(dates('في 3 تشرين الثاني 2019 وقع الانفجار')).toEqual([
      ['3 تشرين الثاني 2019', '2019-11-03', 'day'],
    ]);
    expect(dates('قصف في 7 مارس/ آذار الجاري')).toEqual([['7 مارس/ آذار الجاري', '2020-03-07', 'day']]);
    expect(dates('منذ 20 ديسمبر')).toEqual([['20 ديسمبر', '2019-12-20', 'day']]);
    expect(dates('خلال شهر شباط الماضي')).toEqual([['شباط الماضي', '2020-02-01', 'month']]);
  });

  it('resolves relative days against the publication date', () => {
    expect(dates('قتل اليوم الأربعاء خمسة أشخاص')).toEqual([['اليوم الأربعاء', '2020-03-11', 'day']]);
    expect(dates('وقع يوم أمس الثلاثاء')).toEqual([['يوم أمس الثلاثاء', '2020-03-10', 'day']]);
    expect(dates('قصف الليلة الماضية')).toEqual([['الليلة الماضية', '2020-03-10', 'day']]);
    expect(dates('أعلنت السبت أن')).toEqual([['السبت', '2020-03-07', 'day']]);
    expect(dates('منذ الأحد الماضي')).toEqual([['منذ الأحد الماضي', '2020-03-08', 'day']]);
    expect(dates('وقبل أسبوعين اتهم')).toEqual([['وقبل أسبوعين', '2020-02-26', 'week']]);
    expect(dates('خلال الأيام الثلاثة الماضية')).toEqual([['خلال الأيام الثلاثة الماضية', null, 'week']]);
  });

  it('reads ordinal days, doubled month names and the current month', () => {
    expect(dates('منذ بدء الحملة في الثالث من شباط الماضي')).toEqual([
      ['الثالث من شباط الماضي', '2020-02-03', 'day'],
    ]);
    expect(dates('في الحادي والعشرين من كانون الأول 2019')).toEqual([
      ['الحادي والعشرين من كانون الأول 2019', '2019-12-21', 'day'],
    ]);
    expect(dates('منذ 2 مارس آذار')).toEqual([['2 مارس آذار', '2020-03-02', 'day']]);
    expect(dates('منذ مطلع شهر آذار الجاري')).toEqual([['آذار الجاري', '2020-03-01', 'month']]);
  });

  it('reads a bare weekday as the latest such day, the publication day included', () => {
    expect(dates('قصف فجر الأربعاء')).toEqual([['فجر الأربعاء', '2020-03-11', 'day']]);
    expect(dates('وقع الأربعاء الماضي')).toEqual([['الأربعاء الماضي', '2020-03-04', 'day']]);
    expect(dates('قتل يوم الإثنين')).toEqual([['يوم الإثنين', '2020-03-09', 'day']]);
  });

  it('keeps the text with a null date when the publication date is unknown', () => {
    expect(dates('وقع يوم أمس الثلاثاء', null)).toEqual([['يوم أمس الثلاثاء', null, 'day']]);
    expect(dates('في 3 تشرين الثاني 2019', null)).toEqual([['3 تشرين الثاني 2019', '2019-11-03', 'day']]);
  });
});
