import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from '../claims/helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['قوات النظام', 'regime', 'state'],
  ['جبهة الفتح', 'fateh', 'armed_group'],
];

function figuresOf(sentence: string) {
  return extractEvents(buildEventInput(sentence, ENTITIES, { outletId: 'khabar' })).claims[0]?.figures ?? null;
}

describe('figures', () => {
  it('reads digits before and after the casualty noun', () => {
    expect(figuresOf('مقتل 23 مدنياً في قصف على البلدة أمس.')).toMatchObject({ killed: 23, victims: 'civilians' });
    expect(figuresOf('سقط 17 قتيلاً في انفجار سيارة مفخخة وسط السوق.')).toMatchObject({ killed: 17 });
    expect(figuresOf('ارتفع عدد القتلى إلى 40 بعد انتشال جثث جديدة من تحت الأنقاض.')).toMatchObject({ killed: 40 });
  });

  it('reads Arabic-Indic digits', () => {
    expect(figuresOf('قتل ١٢ مدنياً وأصيب ٣٠ آخرون في القصف المدفعي على البلدة.')).toMatchObject({ killed: 12, injured: 30 });
  });

  it('reads number words in their masculine, feminine and case forms', () => {
    expect(figuresOf('قتل ثلاثة مدنيين في القصف على الحي الشرقي للمدينة.')).toMatchObject({ killed: 3 });
    expect(figuresOf('استشهدت ثلاث نساء في القصف على الحي الشرقي للمدينة.')).toMatchObject({ killed: 3, victims: 'women' });
    expect(figuresOf('قتل خمسة وعشرون عنصراً من قوات النظام في الهجوم على الحاجز.')).toMatchObject({ killed: 25, victims: 'fighters:regime' });
    expect(figuresOf('وأسفر الهجوم عن مقتل ثلاثين شخصاً على الأقل في المنطقة.')).toMatchObject({ killed: 30, qualifier: 'at_least' });
    expect(figuresOf('نزح ثلاثة آلاف شخص من القرى الحدودية خلال أيام.')).toMatchObject({ displaced: 3000 });
  });

  it('keeps vague counts as written, with their lower bound', () => {
    const f = figuresOf('وأسفر القصف عن مقتل العشرات من المدنيين وجرح المئات.');
    expect(f).toMatchObject({ killed: 'العشرات', injured: 'المئات', vague: true, victims: 'civilians' });
    expect(f?.lowerBounds).toMatchObject({ killed: 20, injured: 200 });
    expect(figuresOf('قتل عدد من المدنيين في الغارة على السوق الشعبي.')).toMatchObject({ killed: 'عدد من' });
  });

  it('reads bounds before the number', () => {
    expect(figuresOf('قتل أكثر من 50 شخصاً في الاشتباكات على أطراف المدينة.')).toMatchObject({ killed: 50, qualifier: 'more_than' });
    expect(figuresOf('قتل ما لا يقل عن 200 شخص منذ بداية الحملة على المنطقة.')).toMatchObject({ killed: 200, qualifier: 'at_least' });
    expect(figuresOf('وأسفرت الغارات عن مقتل نحو 15 مدنياً في البلدة.')).toMatchObject({ killed: 15, qualifier: 'about' });
  });

  it('reads "بين قتيل وجريح" as casualties and keeps children as a sub-count', () => {
    expect(figuresOf('سقط 40 مدنياً بين قتيل وجريح في القصف على السوق.')).toMatchObject({ killed: null, casualties: 40 });
    expect(figuresOf('قتل 14 مدنياً بينهم خمسة أطفال في الغارة على المدرسة.')).toMatchObject({ killed: 14, children: 5 });
  });

  it('reads captured fighters of a group', () => {
    expect(figuresOf('انتهت الاشتباكات بمقتل ستة عناصر وأسر أربعة آخرين من جبهة الفتح.')).toMatchObject({ killed: 6, captured: 4 });
  });

  it('ignores numbers that count nothing of the kind, and years', () => {
    expect(figuresOf('نفذ الطيران 120 غارة على المنطقة منذ عام 2015 بحسب الإحصاءات.')).toBeNull();
  });

  it('counts dual nouns as two and binds each count to its own conjunct', () => {
    expect(figuresOf('استشهد مدنيان وأصيب 7 آخرون في القصف على المدينة.')).toMatchObject({ killed: 2, injured: 7, victims: 'civilians' });
    expect(figuresOf('أدى القصف إلى مقتل طفلين وإصابة ثلاثة أشخاص بجروح.')).toMatchObject({ killed: 2, injured: 3, victims: 'children' });
  });

  it('skips counts of other things and day numbers of dates', () => {
    expect(figuresOf('استهدف المسلحون الحي بعدة قذائف، ما أدى إلى مقتل أربعة مدنيين.')).toMatchObject({ killed: 4 });
    expect(figuresOf('قصفت القوات البلدة في 27 من تموز الماضي ما أدى إلى مقتل طفلين.')).toMatchObject({ killed: 2 });
  });
});
