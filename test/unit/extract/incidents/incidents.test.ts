import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from '../claims/helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['المرصد', 'sohr', 'organization'],
  ['مصادر أهلية', 'residents', 'anonymous_source'],
  ['الطيران الروسي', 'russia', 'state'],
  ['روسيا', 'russia', 'state'],
  ['قوات النظام', 'regime', 'state'],
  ['النظام', 'regime', 'state'],
  ['هيئة التحرير', 'hts', 'armed_group'],
  ['كفرنبل', 'kafranbel', 'location'],
  ['معرة النعمان', 'maarat', 'location'],
  ['محافظة إدلب', 'idlib-gov', 'location'],
  ['إدلب', 'idlib-gov', 'location'],
  ['حلب', 'aleppo', 'location'],
];

const KINDS = new Map([
  ['kafranbel', 'town'],
  ['maarat', 'city'],
  ['idlib-gov', 'governorate'],
  ['aleppo', 'city'],
]);
const PARENTS = new Map<string, string | null>([
  ['kafranbel', 'idlib-gov'],
  ['maarat', 'idlib-gov'],
  ['idlib-gov', null],
  ['aleppo', null],
]);

function run(text: string, publishedAt: string | null = '2020-03-11') {
  return extractEvents(
    buildEventInput(text, ENTITIES, {
      outletId: 'khabar',
      publishedAt,
      locationKinds: KINDS,
      locationParents: PARENTS,
    }),
  );
}

describe('incident typing', () => {
  it.each([
    ['شن الطيران الروسي غارات على بلدة كفرنبل صباح اليوم.', 'airstrike'],
    ['تعرضت بلدة كفرنبل لقصف مدفعي عنيف من قوات النظام.', 'shelling'],
    ['وعاود الطيران الروسي قصفه على بلدة كفرنبل مساء اليوم.', 'airstrike'],
    ['اندلعت اشتباكات بين قوات النظام وهيئة التحرير على أطراف كفرنبل.', 'clash'],
    ['انفجرت سيارة مفخخة وسط مدينة معرة النعمان ظهر اليوم.', 'attack'],
    ['أعدمت هيئة التحرير ثلاثة شبان في بلدة كفرنبل بتهمة التعامل.', 'killing'],
    ['دخلت هدنة جديدة حيز التنفيذ في محافظة إدلب منتصف الليل.', 'truce'],
    ['بدأت جولة مفاوضات جديدة بين روسيا وهيئة التحرير حول مصير المدينة.', 'negotiation'],
    ['أرسلت قوات النظام تعزيزات عسكرية إلى محيط كفرنبل.', 'reinforcement'],
    ['شهدت بلدة كفرنبل حركة نزوح واسعة نحو الحدود التركية.', 'displacement'],
    ['تمكنت قوات النظام من السيطرة على بلدة كفرنبل بعد معارك عنيفة.', 'capture'],
  ])('types "%s" as %s', (text, type) => {
    expect(run(text).incidents.map((i) => i.type)).toContain(type);
  });

  it('does not take a static description of control for a capture', () => {
    expect(
      run('قتل خمسة مدنيين في بلدة كفرنبل الخاضعة لسيطرة هيئة التحرير.').incidents.map((i) => i.type),
    ).toEqual(['killing']);
  });

  it('needs civilians near خروج for a displacement', () => {
    expect(run('تم الاتفاق على خروج المقاتلين من البلدة نحو الشمال.').incidents.map((i) => i.type)).toEqual([
      'negotiation',
    ]);
  });
});

describe('incident place, actors and date', () => {
  it('picks the most specific place of the clause and its perpetrator', () => {
    const [i] = run('قتل ثمانية مدنيين جراء غارات لقوات النظام على بلدة كفرنبل في محافظة إدلب.').incidents;
    expect(i).toMatchObject({
      type: 'airstrike',
      locationId: 'kafranbel',
      locationPrecision: 'place',
      perpetratorIds: ['regime'],
    });
    const [j] = run('تعرضت مدينة معرة النعمان لقصف مدفعي من قبل قوات النظام استهدف هيئة التحرير.').incidents;
    expect(j).toMatchObject({ type: 'shelling', perpetratorIds: ['regime'] });
  });

  it('blames the accused, not the accuser', () => {
    const [i] = run('واتهمت هيئة التحرير قوات النظام بقصف بلدة كفرنبل بالمدفعية الثقيلة.').incidents;
    expect(i).toMatchObject({ type: 'shelling', perpetratorIds: ['regime'] });
  });

  it('does not place the incident where the source is', () => {
    const [i] = run('وقالت مصادر أهلية في حلب إن غارات جديدة استهدفت مدينة معرة النعمان.').incidents;
    expect(i?.locationId).toBe('maarat');
  });

  it('falls back to the sentence, then the paragraph', () => {
    const { incidents } = run('في محافظة إدلب، تواصل القصف المدفعي من قوات النظام طوال الليل.');
    expect(incidents[0]?.locationId).toBe('idlib-gov');
  });

  it('dates the incident against the publication date, or keeps the text', () => {
    expect(run('شن الطيران الروسي يوم أمس غارات على بلدة كفرنبل.').incidents[0]).toMatchObject({
      date: '2020-03-10',
      dateText: 'يوم أمس',
      datePrecision: 'day',
    });
    expect(run('شن الطيران الروسي يوم أمس غارات على بلدة كفرنبل.', null).incidents[0]).toMatchObject({
      date: null,
      dateText: 'يوم أمس',
    });
  });
});

describe('one incident per event', () => {
  it('merges the sentences of one article about one strike and links every claim to it', () => {
    const text =
      'قتل عشرة مدنيين جراء غارات لقوات النظام على بلدة كفرنبل. وقال المرصد إن الغارات استهدفت سوقا شعبيا في البلدة. ونفت قوات النظام استهداف المدنيين.';
    const { incidents, claims } = run(text);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(claims.map((c) => c.incidentId)).toEqual([incidents[0]?.id, incidents[0]?.id, incidents[0]?.id]);
  });

  it('keeps strikes on two different towns apart', () => {
    const text =
      'شن الطيران الروسي غارات على بلدة كفرنبل. وفي سياق آخر، شن الطيران الروسي غارات على مدينة حلب.';
    expect(run(text).incidents).toHaveLength(2);
  });

  it('gives the same ids for the same input', () => {
    const text = 'شن الطيران الروسي غارات على بلدة كفرنبل صباح اليوم.';
    expect(run(text).incidents[0]?.id).toBe(run(text).incidents[0]?.id);
  });
});
