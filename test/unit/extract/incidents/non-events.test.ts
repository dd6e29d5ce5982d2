import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from '../claims/helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['المرصد', 'sohr', 'organization'],
  ['الأمم المتحدة', 'un', 'organization'],
  ['الطيران الروسي', 'russia', 'state'],
  ['قوات النظام', 'regime', 'state'],
  ['هيئة التحرير', 'hts', 'armed_group'],
  ['كفرنبل', 'kafranbel', 'location'],
  ['معرة النعمان', 'maarat', 'location'],
  ['حلب', 'aleppo', 'location'],
];

const KINDS = new Map([
  ['kafranbel', 'town'],
  ['maarat', 'city'],
  ['aleppo', 'city'],
]);

function types(text: string, publishedAt: string | null = '2021-06-14'): string[] {
  const input = buildEventInput(text, ENTITIES, {
    outletId: null,
    publishedAt,
    locationKinds: KINDS,
    locationParents: new Map(),
  });
  return extractEvents(input).incidents.map((i) => i.type);
}

describe('triggers that report no event', () => {
  it.each([
    ['a fear', 'ويخشى الأهالي من هجوم وشيك لقوات النظام على بلدة كفرنبل.'],
    [
      'a warning with a condition',
      'وحذرت منظمات إغاثية من موجة نزوح كبيرة من معرة النعمان إذا استمر التصعيد.',
    ],
    ['an expectation', 'ومن المتوقع أن تنطلق جولة مفاوضات جديدة بين روسيا وهيئة التحرير.'],
    ['a future adjective', 'وتتجه الأنظار إلى المعركة المرتقبة في ريف حلب.'],
    ['a demand', 'ودعت الأمم المتحدة إلى وقف إطلاق النار في محيط معرة النعمان.'],
    ['a purpose', 'وتحشد قوات النظام عناصرها بهدف السيطرة على بلدة كفرنبل.'],
    ['a modal verb', 'وقد تشهد معرة النعمان اشتباكات عنيفة خلال الأيام المقبلة.'],
    ['a future verb', 'وأعلنت هيئة التحرير أنها ستشن هجوما على مواقع قوات النظام.'],
    ['an opinion', 'ويعتقد باحثون أن الهجمات الأخيرة تهدف إلى إنهاك الطرف الآخر.'],
    ['a habit', 'وتتعرض بلدة كفرنبل بين الحين والآخر لقصف مدفعي.'],
    ['a lasting situation', 'ويعيش سكان حلب منذ سنوات على أصوات الانفجارات والتفجيرات.'],
    ['an intermittent background', 'وتعرف أحياء حلب الشرقية اشتباكات متقطعة بين مجموعات محلية.'],
    ['a state', 'وتعاني معرة النعمان من دمار واسع خلفته المعارك.'],
    ['shared control', 'وتتقاسم قوات النظام وهيئة التحرير السيطرة على أحياء المدينة.'],
    ['a cause phrase', 'وارتفعت أسعار الوقود في حلب بسبب المعارك.'],
    ['a cause phrase with a verbal noun between', 'وأغلقت المدارس أبوابها جراء استمرار الاشتباكات.'],
    ['a kind of place', 'وتقع كفرنبل على مقربة من خطوط الاشتباك.'],
  ])('gives no incident for %s', (_kind, text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('triggers that report an event', () => {
  it.each([
    ['a past verb', 'قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة فجر اليوم.', 'shelling'],
    ['a passive verb', 'استُهدفت مدينة معرة النعمان بعدة غارات جوية.', 'airstrike'],
    ['a verbal noun as predicate', 'مقتل أربعة مدنيين بغارة جوية للطيران الروسي على كفرنبل.', 'airstrike'],
    [
      'أفاد ... بمقتل',
      'أفاد المرصد بمقتل ثلاثة عناصر من هيئة التحرير في هجوم على حاجز قرب معرة النعمان.',
      'attack',
    ],
    ['أسفر ... عن مقتل', 'أسفر انفجار سيارة مفخخة في حلب عن مقتل سبعة أشخاص.', 'attack'],
    ['clashes that broke out', 'اندلعت مواجهات بين قوات النظام وهيئة التحرير في ريف حلب.', 'clash'],
    ['a capture', 'سيطرت هيئة التحرير على بلدة كفرنبل بعد انسحاب قوات النظام منها.', 'capture'],
    ['a displacement from a named place', 'نزح مئات المدنيين من معرة النعمان باتجاه الحدود.', 'displacement'],
    ['a pluperfect, not a modal', 'وكانت هيئة التحرير قد شنت هجوما على مواقع قوات النظام.', 'attack'],
    ['a present-tense report with its date', 'وتشهد مدينة حلب منذ صباح اليوم اشتباكات عنيفة.', 'clash'],
    ['a state verb with the perpetrator named', 'وتشهد كفرنبل قصفا مدفعيا من قبل قوات النظام.', 'shelling'],
    ['the means of the deaths it explains', 'قتل مدنيان جراء القصف على بلدة كفرنبل.', 'shelling'],
    [
      'an event whose perpetrator is only believed',
      'وقالت مصادر محلية إن طيرانا يعتقد أنه روسي شن غارات على بلدة كفرنبل.',
      'airstrike',
    ],
  ])('finds %s', (_kind, text, type) => {
    expect(types(text)).toContain(type);
  });

  it('keeps the event before a relative clause that describes a habit', () => {
    expect(types('قتل مدني بقذيفة في حي بمدينة حلب الذي يتعرض منذ أشهر لقصف متقطع.')).toEqual(['shelling']);
  });

  it('keeps the event after the fear, in a new clause', () => {
    expect(types('وتسود مخاوف من موجة نزوح جديدة، بعد أن قصفت قوات النظام بلدة كفرنبل أمس.')).toEqual([
      'shelling',
    ]);
  });
});

describe('a bare strike word that refers back', () => {
  it('joins the strike already told instead of opening an incident', () => {
    const text = 'شن الطيران الروسي غارات على بلدة كفرنبل. وأضاف المصدر أن القصف دمر عدة منازل.';
    expect(types(text)).toEqual(['airstrike']);
  });
});
