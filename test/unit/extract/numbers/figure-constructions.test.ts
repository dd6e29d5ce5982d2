import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from '../claims/helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['قوات النظام', 'regime', 'state'],
  ['جبهة الفتح', 'fateh', 'armed_group'],
  ['المرصد', 'monitor', 'organization'],
];

function figuresOf(sentence: string) {
  return (
    extractEvents(buildEventInput(sentence, ENTITIES, { outletId: 'khabar' })).claims[0]?.figures ?? null
  );
}

describe('deaths told without قتل', () => {
  it.each([
    ['وشهدت البلدة سقوط 12 قتيلاً في القصف المدفعي.', 12],
    ['وقضى 8 أشخاص اختناقاً داخل الملجأ بعد القصف.', 8],
    ['ولقي 5 عمال مصرعهم إثر انهيار المبنى بعد الغارة.', 5],
    ['وخسر الفصيل 14 من عناصره في المعارك على أطراف القرية.', 14],
    ['واستشهد 9 مدنيين بقصف مدفعي استهدف الحي الغربي.', 9],
    ['وبلغ عدد القتلى 33 منذ صباح اليوم بحسب الأهالي.', 33],
    ['وارتفعت الحصيلة إلى 41 بعد انتشال جثث جديدة.', 41],
    ['وأحصى المرصد مقتل 26 عنصراً من قوات النظام خلال يومين.', 26],
    ['وتمكن المسعفون من انتشال ١٥ جثة من تحت ركام المبنى.', 15],
    ['وسقط في المجزرة 30 شهيداً معظمهم من الأطفال.', 30],
    ['وقالت المصادر إن عدد الضحايا بلغ 18 مدنياً في الحي.', 18],
    ['وأكد الطبيب أن 6 مصابين فارقوا الحياة في المشفى الميداني.', 6],
  ])('%s -> killed %d', (text, killed) => {
    expect(figuresOf(text)).toMatchObject({ killed });
  });

  it('reads "N قتيلا وجريحا" as casualties, not as killed', () => {
    expect(figuresOf('وأوقع الهجوم 21 قتيلاً وجريحاً في صفوف المهاجمين.')).toMatchObject({
      killed: null,
      casualties: 21,
    });
  });
});

describe('a toll whose number comes late', () => {
  it('binds "ارتفعت حصيلة ضحايا ... إلى N" across a relative clause and a date', () => {
    const f = figuresOf(
      'ارتفعت حصيلة ضحايا الغارة التي ضربت السوق الشعبي في المدينة، مساء الخميس، إلى 44 مدنياً بينهم 12 طفلاً.',
    );
    expect(f).toMatchObject({ killed: 44, children: 12, victims: 'civilians' });
  });

  it('skips the day number of a date between the toll and its number', () => {
    const f = figuresOf('وارتفع عدد القتلى منذ بدء الحملة في 3 أيار إلى 120 على الأقل، بينهم 31 طفلاً.');
    expect(f).toMatchObject({ killed: 120, children: 31, qualifier: 'at_least' });
  });

  it('reads "قدّر عدد قتلى X ... بـN" and "عدد القتلى تجاوز N"', () => {
    expect(figuresOf('وقدّر المرصد عدد قتلى الفصيل في المعارك الأخيرة بـ40 مسلحاً.')).toMatchObject({
      killed: 40,
    });
    expect(figuresOf('وقال ناشطون إن عدد القتلى تجاوز 60 شخصاً في الحي.')).toMatchObject({
      killed: 60,
      qualifier: 'more_than',
    });
  });

  it('does not give a toll head to a count of something else', () => {
    expect(figuresOf('وارتفع عدد النازحين إلى 3000 شخص خلال أسبوع.')).toMatchObject({
      killed: null,
      displaced: 3000,
    });
  });
});

describe('a count separated from its cue', () => {
  it('reads a cue after the count across a sub-count between commas', () => {
    const f = figuresOf('وقالت المصادر إن ثمانية مدنيين، بينهم ثلاثة أطفال، قُتلوا في القصف على البلدة.');
    expect(f).toMatchObject({ killed: 8, children: 3 });
    expect(figuresOf('وأفاد المرصد بأن خمسة عسكريين على الأقل، بينهم ضابط، قتلوا في الغارة.')).toMatchObject({
      killed: 5,
      qualifier: 'at_least',
    });
  });

  it('reads a cue before the count across an inserted phrase', () => {
    expect(figuresOf('وقُتل، بحسب المرصد، 19 مدنياً في الغارات على الريف الجنوبي.')).toMatchObject({
      killed: 19,
    });
    expect(figuresOf('وقُتل أمس الأحد في غارة جوية 12 مدنياً في البلدة.')).toMatchObject({ killed: 12 });
    expect(figuresOf('وأشار إلى المجزرة التي قُتل فيها أكثر من 70 مدنياً بالغاز.')).toMatchObject({
      killed: 70,
      qualifier: 'more_than',
    });
  });

  it('keeps the second member of a sub-count out of the main figures', () => {
    const f = figuresOf('ووثق المرصد مقتل 52 مدنياً، بينهم 14 طفلاً و9 نساء، مرجحاً ارتفاع العدد بين المصابين.');
    expect(f).toMatchObject({ killed: 52, injured: null, children: 14 });
  });

  it('does not read times, dates or people moved to safety as deaths', () => {
    expect(figuresOf('وتمكنت الفرق خلال الساعات الـ24 الماضية من إجلاء 90 مدنياً إلى مناطق آمنة.')).toBeNull();
    expect(figuresOf('وتواصل الحصار منذ 20 يناير على البلدة التي نزح أهلها قبل عامين.')).toBeNull();
  });
});

describe('lists of people', () => {
  it('adds up a list of counts and people named one by one', () => {
    expect(
      figuresOf('وأعلن الجيش مقتل جنديين وموظف مدني في وزارة الدفاع ومتعاقد خلال المهمة.'),
    ).toMatchObject({ killed: 4 });
    expect(figuresOf('وأسفر الانفجار عن مقتل أربعة جنود و5 مدنيين قرب الحاجز.')).toMatchObject({
      killed: 9,
      victims: null,
    });
    expect(figuresOf('وكان انفجار سابق قد أودى بحياة جندي فرنسي وآخر أمريكي.')).toMatchObject({ killed: 2 });
    expect(figuresOf('وأدى القصف إلى إصابة ممرض وسائق بجروح متوسطة.')).toMatchObject({
      injured: 2,
      killed: null,
    });
  });

  it('counts a man and his wife, a woman and her child, with a cue a few words before', () => {
    expect(figuresOf('وقتل مسلحون مجهولون فجر اليوم رجلاً وزوجته في منزلهما.')).toMatchObject({ killed: 2 });
    expect(figuresOf('وقتل قناص صباح اليوم امرأة وطفلها قرب الجسر.')).toMatchObject({
      killed: 2,
      children: 1,
    });
  });

  it('stops a list at a member with a figure of its own', () => {
    expect(figuresOf('وأسفر القصف عن سقوط 5 قتلى و7 جرحى في السوق.')).toMatchObject({
      killed: 5,
      injured: 7,
    });
    expect(figuresOf('ما أدى إلى مقتل شخص وإصابة ثلاثة آخرين بجروح.')).toMatchObject({
      killed: 1,
      injured: 3,
    });
  });

  it('counts a commander named before his companions', () => {
    expect(figuresOf('وأدى الهجوم إلى مقتل قائد الكتيبة وثلاثة من مرافقيه.')).toMatchObject({ killed: 4 });
    expect(figuresOf('وقال قائد ميداني إن مقاتليه صدوا الهجوم على القرية.')).toBeNull();
  });

  it('keeps the total and its breakdown apart', () => {
    expect(figuresOf('وارتفعت حصيلة القتلى إلى 23، هم عشرة مدنيين و13 مقاتلاً.')).toMatchObject({
      killed: 23,
    });
    expect(figuresOf('وقُتل 16 شخصاً، بينهم جنديان، في التفجير.')).toMatchObject({ killed: 16 });
  });

  it('reads a single child after a sub-count marker', () => {
    expect(figuresOf('وقال إنه رأى تسع جثث على الأقل، بينها جثة طفل.')).toMatchObject({
      killed: 9,
      children: 1,
      qualifier: 'at_least',
    });
  });
});

describe('counts of fighters and foreigners', () => {
  it('reads mercenaries and plural nisba nouns as people', () => {
    expect(figuresOf('وأكدت القوات أن ما لا يقل عن 17 مرتزقاً قُتلوا في الاشتباكات.')).toMatchObject({
      killed: 17,
      qualifier: 'at_least',
    });
    expect(figuresOf('وقُتل ثلاثة فرنسيين في الهجوم على القاعدة.')).toMatchObject({ killed: 3 });
  });

  it('reads injured verbs in the active voice and "بحالات"', () => {
    expect(figuresOf('أودت الغارة بحياة 7 مدنيين، وأصابت 20 آخرين.')).toMatchObject({
      killed: 7,
      injured: 20,
    });
    expect(figuresOf('وأصيب العشرات بحالات اختناق في البلدة.')).toMatchObject({ injured: 'العشرات' });
  });
});

describe('one death without a count', () => {
  it('reads a singular death phrase as one killed when nothing else counts the dead', () => {
    expect(figuresOf('وقالت مصادر محلية إن الشاب توفي متأثراً بجراحه التي أصيب بها في القصف.')).toMatchObject({
      killed: 1,
    });
    expect(figuresOf('وأفاد ناشطون بأن أحد عناصر الحاجز لقي مصرعه في الهجوم.')).toMatchObject({ killed: 1 });
    expect(figuresOf('وقال الأهالي إن 4 أشخاص قتلوا، بينما توفي خامس متأثراً بجراحه.')).toMatchObject({
      killed: 4,
    });
  });
});

describe('a predicate after a comma', () => {
  it('lets the count find its verb after a comma, and no other clause', () => {
    expect(figuresOf('وذكرت الوكالة أن 60 شخصاً من سكان الحي، سقطوا بين قتيل وجريح في القصف.')).toMatchObject({
      casualties: 60,
    });
    expect(figuresOf('وقدّر الهلال الأحمر عدد القتلى بثمانية، مشيراً إلى أن بين الجرحى أطفالاً.')).toMatchObject(
      { killed: 8 },
    );
  });
});

describe('two sources in one sentence', () => {
  it('gives each claim the figures of its own content', () => {
    const text = 'وقال المرصد إن 10 مدنيين قتلوا في القصف، في حين قالت قوات النظام إن 3 مسلحين فقط قتلوا.';
    const claims = extractEvents(buildEventInput(text, ENTITIES, { outletId: 'khabar' })).claims;
    expect(claims.map((c) => [c.sourceId, c.figures?.killed])).toEqual([
      ['monitor', 10],
      ['regime', 3],
    ]);
  });
});
