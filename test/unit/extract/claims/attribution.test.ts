import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from './helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['المرصد السوري لحقوق الإنسان', 'sohr', 'organization'],
  ['المرصد', 'sohr', 'organization'],
  ['وكالة رويترز', 'reuters', 'media'],
  ['رويترز', 'reuters', 'media'],
  ['الأناضول', 'anadolu', 'media'],
  ['مصادر محلية', 'local-sources', 'anonymous_source'],
  ['المصادر', 'local-sources', 'anonymous_source'],
  ['ناشطون', 'activists', 'anonymous_source'],
  ['مسؤولين عسكريين', 'officials', 'anonymous_source'],
  ['الجيش الروسي', 'russian-army', 'state'],
  ['الجيش', 'russian-army', 'state'],
  ['سليم الحمدان', 'hamdan', 'person'],
  ['الحمدان', 'hamdan', 'person'],
  ['وزير الدفاع', 'minister', 'person'],
  ['جبهة الفتح', 'fateh', 'armed_group'],
  ['حماة', 'hama', 'location'],
];

function claimsOf(text: string, outletId: string | null = 'khabar') {
  return extractEvents(buildEventInput(text, ENTITIES, { outletId })).claims;
}

describe('attribution', () => {
  it('takes the subject after a speech verb (VSO) and ends the chain with the outlet', () => {
    const [c] = claimsOf('قال المرصد السوري لحقوق الإنسان إن الطيران قصف قرى في ريف حماة الشمالي.');
    expect(c).toMatchObject({ sourceId: 'sohr', via: ['khabar'], stance: 'assert' });
  });

  it('reads feminine and plural verb forms with a glued conjunction', () => {
    expect(claimsOf('وأفادت مصادر محلية أن القصف استمر طوال الليل على المدينة.')[0]).toMatchObject({ sourceId: 'local-sources' });
    expect(claimsOf('فقال ناشطون إن الأسواق أغلقت أبوابها منذ الصباح الباكر.')[0]).toMatchObject({ sourceId: 'activists' });
  });

  it('finds a subject before the verb in "وكان X قد نفى"', () => {
    const [c] = claimsOf('وكان الجيش الروسي قد نفى في وقت سابق استهداف أي منشأة طبية في المنطقة.');
    expect(c).toMatchObject({ sourceId: 'russian-army', stance: 'deny' });
  });

  it('reads بحسب at the end and وفقا لـ at the start', () => {
    expect(claimsOf('قتل خمسة أشخاص في قصف على أطراف حماة، بحسب المرصد.')).toMatchObject([{ sourceId: 'sohr', via: ['khabar'] }]);
    expect(claimsOf('وفقاً لـ المرصد، قتل خمسة أشخاص في قصف على أطراف حماة.')).toMatchObject([{ sourceId: 'sohr' }]);
  });

  it('makes "مصادر لـ X" a relay of X', () => {
    const [c] = claimsOf('وقالت مصادر محلية لـ رويترز إن الطرق قطعت بالكامل منذ يومين.');
    expect(c).toMatchObject({ sourceId: 'local-sources', via: ['reuters', 'khabar'] });
  });

  it('builds relay chains nearest the source first', () => {
    const [c] = claimsOf('ونقلت وكالة رويترز عن مسؤولين عسكريين أن الهجوم بدأ فجرا من ثلاثة محاور.');
    expect(c).toMatchObject({ sourceId: 'officials', via: ['reuters', 'khabar'] });
    const nested = claimsOf('وذكرت وكالة الأناضول أن وزير الدفاع قال إن القوات ستنسحب خلال أسبوع.');
    expect(nested).toMatchObject([{ sourceId: 'minister', via: ['anadolu', 'khabar'] }]);
  });

  it('keeps the outlet out of the chain when it does not know the outlet', () => {
    const [c] = claimsOf('ونقلت وكالة رويترز عن مسؤولين عسكريين أن الهجوم بدأ فجرا من ثلاثة محاور.', null);
    expect(c).toMatchObject({ sourceId: 'officials', via: ['reuters'] });
  });

  it('keeps the previous source for continuations and a surname alone', () => {
    const claims = claimsOf('قال سليم الحمدان إن القصف طال السوق الرئيسي في البلدة. وأضاف أن فرق الإنقاذ ما زالت تبحث عن ناجين. وأوضح الحمدان أن المستشفى الميداني امتلأ بالجرحى، مشيراً إلى نقص الأدوية.');
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan', 'hamdan', 'hamdan']);
  });

  it('keeps the relays of a source named again', () => {
    const claims = claimsOf('ونقلت وكالة رويترز عن مسؤولين عسكريين أن الهجوم بدأ فجرا. كما شدد مسؤولين عسكريين على أن العملية ستستمر أسابيع.');
    expect(claims[1]).toMatchObject({ sourceId: 'officials', via: ['reuters', 'khabar'] });
  });

  it('gives an unattributed sentence to the outlet with an empty chain, or to nobody', () => {
    expect(claimsOf('شهدت مدينة حماة حركة نزوح واسعة خلال الأيام الماضية.')).toMatchObject([{ sourceId: 'khabar', via: [] }]);
    expect(claimsOf('شهدت مدينة حماة حركة نزوح واسعة خلال الأيام الماضية.', null)).toMatchObject([{ sourceId: null, via: [] }]);
    expect(claimsOf('يُذكر أن المدينة تعرضت لقصف مماثل الشهر الماضي.')).toMatchObject([{ sourceId: 'khabar' }]);
  });

  it('splits a sentence between the outlet and a later attributed clause', () => {
    const claims = claimsOf('تواصلت الاشتباكات على أطراف حماة طوال الليل، فيما أعلن الجيش الروسي سيطرته على تلة استراتيجية.');
    expect(claims.map((c) => [c.sourceId, c.stance])).toEqual([['khabar', 'assert'], ['russian-army', 'announce']]);
  });
});

describe('unnamed speakers, relays and quotes', () => {
  it('leaves a speaker named by an unknown noun unknown, still relayed by the outlet', () => {
    expect(claimsOf('وقال قائد ميداني في المنطقة إن الهجوم صد بالكامل.')).toMatchObject([{ sourceId: null, via: ['khabar'] }]);
  });

  it('makes a medium told through a head noun a relay ("لمراسل رويترز")', () => {
    const [c] = claimsOf('وقالت مصادر محلية لمراسل رويترز إن الطرق قطعت بالكامل.');
    expect(c).toMatchObject({ sourceId: 'local-sources', via: ['reuters', 'khabar'] });
  });

  it('does not split a quotation at a comma inside it', () => {
    const claims = claimsOf('قال سليم الحمدان إن “المعارك مستمرة، فيما يرصد الجيش تحركات المهاجمين” على حد تعبيره.');
    expect(claims.map((c) => c.sourceId)).toEqual(['hamdan']);
  });
});

describe('stance', () => {
  it('reads deny, accuse and announce verbs', () => {
    expect(claimsOf('ونفت جبهة الفتح أي علاقة لها بالتفجير الذي وقع في السوق.')[0]?.stance).toBe('deny');
    expect(claimsOf('واتهم المرصد الجيش الروسي بقصف المستشفى بشكل متعمد.')[0]?.stance).toBe('accuse');
    expect(claimsOf('وأعلنت جبهة الفتح مسؤوليتها عن الهجوم على الحاجز العسكري.')[0]?.stance).toBe('announce');
  });

  it('reads a back-referring denial as a second claim on the same sentence', () => {
    const claims = claimsOf('وقتل عشرة مدنيين في غارات على ريف حماة بحسب المرصد، الأمر الذي ينفيه الجيش الروسي.');
    expect(claims.map((c) => [c.sourceId, c.stance])).toEqual([['sohr', 'assert'], ['russian-army', 'deny']]);
    expect(claims[1]?.figures).toBeNull();
  });

  it('treats a statement in an official report as an announcement', () => {
    const [c] = claimsOf('وقال الجيش الروسي في بيان رسمي إن قواته دمرت مستودعا للذخيرة.');
    expect(c?.stance).toBe('announce');
  });
});

describe('claim sentences', () => {
  it('skips the headline, subheadings, questions and what follows the content end', () => {
    const text = 'غارات على حماة\nقال المرصد إن الغارات استهدفت السوق.\nقصف جديد في الريف\nوأضاف المرصد أن القصف تجدد مساء.\nما الذي يحدث في المدينة؟\nمقالات ذات صلة: قال المرصد إن شيئا حدث.';
    const input = buildEventInput(text, ENTITIES, { outletId: 'khabar', title: true, contentEnd: text.indexOf('مقالات') });
    const { claims } = extractEvents(input);
    expect(claims.map((c) => c.text)).toEqual(['قال المرصد إن الغارات استهدفت السوق.', 'وأضاف المرصد أن القصف تجدد مساء.']);
  });
});

describe('diagnostics', () => {
  it('reports an implied speaker with nobody before it, and a relative date without publication date', () => {
    const input = buildEventInput('وأضاف أن الطيران شن غارات على حماة يوم أمس.', ENTITIES, { outletId: 'khabar' });
    expect(extractEvents(input).diagnostics).toMatchObject([{ code: 'AMBIGUOUS_SOURCE' }, { code: 'UNPARSED_DATE' }]);
  });
});
