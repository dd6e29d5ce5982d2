import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from './helpers/build-event-input.ts';

// Texts written for these tests in the style of wire and web reports; every name is invented or generic.
const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['المرصد الوطني', 'monitor', 'organization'],
  ['المرصد', 'monitor', 'organization'],
  ['وكالة الصباح', 'sabah', 'media'],
  ['الصباح', 'sabah', 'media'],
  ['وكالة النهار', 'nahar', 'media'],
  ['مصادر محلية', 'local-sources', 'anonymous_source'],
  ['ناشطين', 'activists', 'anonymous_source'],
  ['مصدر عسكري', 'military-source', 'anonymous_source'],
  ['مراسل الصباح', 'sabah-correspondent', 'person'],
  ['مراسلنا', 'khabar-correspondent', 'person'],
  ['مراسل الشبكة', 'khabar-correspondent', 'person'],
  ['سليم الحمدان', 'hamdan', 'person'],
  ['الحمدان', 'hamdan', 'person'],
  ['لواء الفتح', 'fath', 'armed_group'],
  ['وزارة الداخلية', 'interior-ministry', 'state'],
  ['الوزارة', 'interior-ministry', 'state'],
  ['حماة', 'hama', 'location'],
];

function claimsOf(text: string, outletId: string | null = 'khabar') {
  return extractEvents(buildEventInput(text, ENTITIES, { outletId })).claims;
}

describe('relay constructions', () => {
  it('reads "وفق ما نقلته X عن Y" after the content as Y relayed by X', () => {
    const claims = claimsOf(
      'قتل سبعة مدنيين في قصف على أطراف حماة مساء أمس، وفق ما نقلته وكالة الصباح عن المرصد الوطني.',
    );
    expect(claims).toMatchObject([{ sourceId: 'monitor', via: ['sabah', 'khabar'] }]);
  });

  it('reads "بحسب ما نقلت X عن Y" the same way', () => {
    const claims = claimsOf(
      'وتضررت ثلاثة منازل في الحي الغربي من حماة، بحسب ما نقلت وكالة النهار عن مصادر محلية.',
    );
    expect(claims).toMatchObject([{ sourceId: 'local-sources', via: ['nahar', 'khabar'] }]);
  });

  it('reads "ذكرت X نقلاً عن Y أن" as Y relayed by X', () => {
    const claims = claimsOf(
      'وذكرت وكالة النهار نقلاً عن مصدر عسكري أن الطريق الدولي أغلق أمام الشاحنات منذ الصباح.',
    );
    expect(claims).toMatchObject([{ sourceId: 'military-source', via: ['nahar', 'khabar'] }]);
  });

  it('reads "وفق Y، الذي نقلت عنه X" as Y relayed by X', () => {
    const claims = claimsOf(
      'ووفق المرصد، الذي نقلت عنه وكالة الصباح، قتل أربعة عناصر في الاشتباكات قرب حماة.',
    );
    expect(claims).toMatchObject([{ sourceId: 'monitor', via: ['sabah', 'khabar'] }]);
  });

  it('makes the medium a speaker talks to ("في تصريح لوكالة X") a relay', () => {
    const claims = claimsOf(
      'وقال سليم الحمدان، في تصريح لوكالة النهار، إن المعبر سيفتح أمام المدنيين يوم الأحد.',
    );
    expect(claims).toMatchObject([{ sourceId: 'hamdan', via: ['nahar', 'khabar'] }]);
  });

  it('makes the medium that publishes a statement ("في بيان نشرته X") a relay', () => {
    const claims = claimsOf('وأعلن لواء الفتح مسؤوليته عن الهجوم على الحاجز، في بيان نشرته وكالة الصباح.');
    expect(claims).toMatchObject([{ sourceId: 'fath', via: ['sabah', 'khabar'], stance: 'announce' }]);
  });

  // The correspondent's agency is named elsewhere in the article, as a byline or an earlier report would.
  const AGENCY_LINE = ' وكانت وكالة الصباح قد نشرت صورا من الموقع.';

  it('relays a source through the correspondent who heard it and the correspondent’s outlet', () => {
    const [claim] = claimsOf(
      `ووفق معلومات حصل عليها مراسل الصباح من مصادر محلية، فإن المهاجمين فروا باتجاه الجنوب.${AGENCY_LINE}`,
    );
    expect(claim).toMatchObject({
      sourceId: 'local-sources',
      via: ['sabah-correspondent', 'sabah', 'khabar'],
    });
    const [told] = claimsOf(
      `ونقل مراسل الصباح عن ناشطين أن الأهالي بدأوا بمغادرة القرى المحيطة بحماة.${AGENCY_LINE}`,
    );
    expect(told).toMatchObject({ sourceId: 'activists', via: ['sabah-correspondent', 'sabah', 'khabar'] });
  });

  it('makes a correspondent a source relayed by the outlet the correspondent works for', () => {
    const [claim] = claimsOf(
      `وقال مراسل الصباح إن القصف تجدد على الأحياء الشرقية بعد منتصف الليل.${AGENCY_LINE}`,
    );
    expect(claim).toMatchObject({ sourceId: 'sabah-correspondent', via: ['sabah', 'khabar'] });
    expect(claimsOf('وأضاف مراسلنا أن فرق الإنقاذ انتشلت جثتين من تحت الأنقاض.')).toMatchObject([
      { sourceId: 'khabar-correspondent', via: ['khabar'] },
    ]);
  });
});

describe('continuation of the speaker', () => {
  it('keeps a ministry as the speaker of "وأضاف البيان" and "وأوضحت الوزارة"', () => {
    const claims = claimsOf(
      'وقالت وزارة الداخلية في بيان إن دورياتها أوقفت سيارة محملة بالمتفجرات. وأضاف البيان أن السائق اعتقل مع مرافقيه.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['interior-ministry', 'interior-ministry']);
  });

  it('keeps the speaker of "وتابع أن" and "وأشار إلى أن" across sentences', () => {
    const claims = claimsOf(
      'وقال الحمدان إن القوات تقدمت نحو التلال. وتابع أن الطيران لم يشارك في المعركة. وأشار إلى أن الخسائر كانت محدودة.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'hamdan', 'hamdan']);
  });
});

describe('reporting verbs beyond قال', () => {
  it('reads counting and estimating verbs (أحصى، قدّر، وثّق) as attributions', () => {
    expect(claimsOf('فيما أحصى المرصد مقتل تسعة عناصر من لواء الفتح خلال يومين.')).toMatchObject([
      { sourceId: 'monitor' },
    ]);
    expect(claimsOf('وقدّر المرصد عدد النازحين من القرى الشرقية بنحو ألفي شخص.')).toMatchObject([
      { sourceId: 'monitor' },
    ]);
  });
});

describe('a speaker named again by a role noun', () => {
  it('reads "وأوضح المراسل" as the correspondent introduced before', () => {
    const claims = claimsOf(
      'وقال مراسلنا إن القصف طال ثلاثة أحياء. وأوضح المراسل أن سيارات الإسعاف لم تصل بعد.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['khabar-correspondent', 'khabar-correspondent']);
  });

  it('reads "وأشار المتحدث" as the person whose title named the role', () => {
    const claims = claimsOf(
      'وقال المتحدث باسم لواء الفتح، سليم الحمدان، إن مقاتليه صدوا الهجوم. وأشار المتحدث إلى أن الاشتباكات توقفت فجرا.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'hamdan']);
  });

  it('reads "وأضاف المصدر" as the unnamed source quoted before, not the speaker in between', () => {
    const claims = claimsOf(
      'وقال مصدر عسكري إن الطريق أغلق. وقال سليم الحمدان إن المعبر مفتوح. وأضاف المصدر أن التعزيزات وصلت ليلا.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['military-source', 'hamdan', 'military-source']);
  });

  it('leaves an indefinite role noun to the entity stage', () => {
    const claims = claimsOf('وقال سليم الحمدان إن المعبر مفتوح. وقال مسؤول إن الشاحنات عبرت.');
    expect(claims[1]?.sourceId).not.toBe('hamdan');
  });
});

describe('quotations that run on', () => {
  it('keeps the speaker of a quotation that runs into the next sentence', () => {
    const claims = claimsOf('وقال الحمدان: "لقد تقدمنا نحو التلال. الطيران لم يشارك في المعركة أبدا".');
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'hamdan']);
  });

  it('keeps the speaker of a sentence that is a quotation on its own', () => {
    const claims = claimsOf(
      'وقال الحمدان إن المعبر سيبقى مغلقا.\n"لن نسمح بمرور أي شاحنة قبل انسحاب المسلحين".',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'hamdan']);
  });

  it('gives a sentence outside quotes to the outlet', () => {
    const claims = claimsOf('وقال الحمدان: "لقد تقدمنا نحو التلال". وتشهد المنطقة معارك متقطعة منذ شهرين.');
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'khabar']);
  });
});

describe('quotations that run on (names in quotes)', () => {
  it('does not give a sentence that opens with a quoted name to the previous speaker', () => {
    const claims = claimsOf(
      'وقال الحمدان إن المعبر سيبقى مغلقا.\n"لواء الفتح" يسيطر على التلال الغربية منذ يومين بعد معارك عنيفة.',
    );
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'khabar']);
  });
});

describe('participles that go on with the speaker', () => {
  it('gives "، مشيرةً إلى أن" to the source of the cue before it, also after a backward cue', () => {
    const claims = claimsOf(
      'وتضرر المستودع الرئيسي للمساعدات، وفق ما قالته مصادر محلية لشبكة الخبر، مشيرة إلى أن الحريق امتد ساعات.',
    );
    expect(claims).toMatchObject([{ sourceId: 'local-sources' }]);
    expect(claims).toHaveLength(1);
  });

  it('makes "، متهماً X ب" an accusation of the same speaker', () => {
    const claims = claimsOf('وقال الحمدان إن الهدنة انهارت مساء أمس، متهماً لواء الفتح بخرقها.');
    expect(claims).toMatchObject([{ sourceId: 'hamdan', stance: 'accuse' }]);
  });

  it('reads a participle used as an adjective as no cue', () => {
    const claims = claimsOf('وسادت هدنة غير معلنة على جبهات حماة طوال يوم أمس.');
    expect(claims).toMatchObject([{ sourceId: 'khabar', stance: 'assert' }]);
  });
});
