import { describe, expect, it } from 'vitest';
import { foundByPattern, mentionsById, runArticle } from '../helpers/run-entities.ts';

const byName = (text: string) => Object.fromEntries(foundByPattern(text).map((e) => [e.name, e]));

describe('persons outside the lexicon', () => {
  it('finds a quoted name after a role, an outlet and a place, and later mentions of the family name', () => {
    const text =
      'قال مراسل شبكة عنب بلدي في ريف إدلب “خالد الحمود” إن القصف استمر حتى الفجر.\nوأضاف الحمود أن الأهالي نزحوا.';
    const found = byName(text);
    expect(found['خالد الحمود']).toMatchObject({ type: 'person', mentions: ['خالد الحمود', 'الحمود'] });
  });

  it('finds an unquoted name after a role and a nationality adjective', () => {
    const found = byName(
      'وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده لن تتدخل، فيما رد ماكرون على منتقديه.',
    );
    expect(found['إيمانويل ماكرون']).toMatchObject({
      type: 'person',
      mentions: ['إيمانويل ماكرون', 'ماكرون'],
    });
  });

  it('finds a name introduced by a role of a known group ("المتحدث باسم ...")', () => {
    const found = byName('وأكد المتحدث باسم الجيش الوطني السوري يوسف الحمادي أن الهجوم فشل.');
    expect(found['يوسف الحمادي']).toMatchObject({ type: 'person' });
  });

  it('finds a quoted name followed by its role', () => {
    const found = byName('صرح “سامر العلي” قائد فصيل محلي في درعا بأن الاتفاق انهار.');
    expect(found['سامر العلي']).toMatchObject({ type: 'person' });
  });

  it('finds a plain name in apposition with a role ("X، وهو ناشط ...")', () => {
    expect(
      byName('وقال حسام الدين العمر، وهو ناشط من ريف حلب، إن القصف استمر.')['حسام الدين العمر'],
    ).toMatchObject({ type: 'person' });
    expect(byName('وأكد رائد الصالح، مدير الدفاع المدني، أن الفرق تعمل.')['رائد الصالح']).toMatchObject({
      type: 'person',
    });
  });

  it('reads a mother\'s kunya in apposition with a description ("أم محمد، وهي نازحة ...")', () => {
    expect(byName('وتقول أم خالد، وهي نازحة من حمص، إن الخيمة غرقت.')['أم خالد']).toMatchObject({
      type: 'person',
    });
    expect(foundByPattern('سواء أكانوا مدنيين أم عسكريين.')).toEqual([]);
  });

  it('reads a nickname after "الملقب بـ" as a mention of the person just named', () => {
    const found = byName('قتل القيادي “مروان عبد الكريم” الملقب بـ (أبو عمر الشامي) بغارة قرب الرقة.');
    expect(found['مروان عبد الكريم']).toMatchObject({ mentions: ['مروان عبد الكريم', 'أبو عمر الشامي'] });
  });

  it('reads a kunya in brackets as a person, glued or not', () => {
    const names = foundByPattern('التقى وفد بقيادي يسمي نفسه (أبوحفص المصري) وبآخر يدعى (أبو يحيى).').map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['أبوحفص المصري', 'أبو يحيى']));
  });

  it('gives the same unknown person the same id in two articles', () => {
    const a = foundByPattern('قال الناشط “عمار الديري” إن الطيران قصف البلدة.');
    const b = foundByPattern('وأفاد الصحفي عمار الديري بأن الاشتباكات توقفت.');
    expect(a[0]?.id).toMatch(/^person-[0-9a-f]{8}$/);
    expect(b.find((e) => e.name === 'عمار الديري')?.id).toBe(a[0]?.id);
  });

  it('prefers a quoted name in the role clause over unknown words right after the role', () => {
    const found = byName('وقال مراسل صوت الجبل في السويداء “نزار القاضي” إن الهدوء عاد.');
    expect(found['نزار القاضي']).toMatchObject({ type: 'person' });
    // "مراسل X" names X's outlet: the words after the role are an outlet, never part of the person.
    expect(found['صوت الجبل']).toMatchObject({ type: 'media' });
  });

  it('tells the name "علي" from the particle "على" by its spelling', () => {
    expect(byName('كتب الصحفي علي حسين على صفحته أن القصف توقف.')['علي حسين']).toMatchObject({
      type: 'person',
    });
    expect(byName('وكتب الناشط محمد علي على صفحته أن القصف توقف.')['محمد علي']).toMatchObject({
      type: 'person',
    });
  });

  it('does not take common words after a role for a name', () => {
    const names = foundByPattern(
      'قال قائد عسكري ميداني إن المعارك مستمرة، وأكد مسؤول محلي أن الطرق مغلقة.',
    ).filter((e) => e.type === 'person');
    expect(names).toEqual([]);
  });
});

describe('outlets, organisations and groups named by a head noun', () => {
  it('finds a quoted outlet after وكالة/شبكة/صحيفة, digits included, over a place name inside it', () => {
    const found = byName('ونقلت شبكة “صدى الرقة 24″ عن صحيفة ’’الأيام‘‘ أن المعبر أغلق.');
    expect(found['صدى الرقة 24']).toMatchObject({ type: 'media' });
    expect(found['الأيام']).toMatchObject({ type: 'media' });
    expect(mentionsById('ونقلت شبكة “صدى الرقة 24″ أن المعبر أغلق.')['raqqa']).toBeUndefined();
  });

  it('identifies an outlet found by pattern by its name without media suffixes', () => {
    const found = foundByPattern(
      'قال مراسل وكالة “نبض الإخبارية” في حلب إن القصف توقف. وذكر مراسل نبض نيوز أن الطريق فتح.',
    );
    const media = found.filter((e) => e.type === 'media');
    expect(media).toHaveLength(1);
    expect(media[0]?.mentions).toEqual(['نبض الإخبارية', 'نبض نيوز']);
  });

  it('finds quoted examples of a plural head named just before ("شبكات ..., منها “...”")', () => {
    const found = byName('وذكرت صحف معارضة في الشمال، منها “الحدث اليومي” و“صوت الحرية”، أن المعبر أغلق.');
    expect(found['الحدث اليومي']).toMatchObject({ type: 'media' });
    expect(found['صوت الحرية']).toMatchObject({ type: 'media' });
  });

  it('reads a source word or a place after a head as part of the name ("وكالة أنباء الرقة")', () => {
    const found = byName('ونقلت وكالة أنباء الرقة عن شهود أن الجسر دمر.');
    expect(found['أنباء الرقة']).toMatchObject({ type: 'media' });
  });

  it('finds armed groups and councils named by a head noun', () => {
    const found = byName(
      'شارك جيش الأحرار ولواء “صقور الجبل” ومجلس عفرين العسكري في المعارك، وتبعتهم فرقة السلطان.',
    );
    expect(found['جيش الأحرار']).toMatchObject({ type: 'armed_group' });
    expect(found['صقور الجبل']).toMatchObject({ type: 'armed_group' });
    expect(found['مجلس عفرين العسكري']).toMatchObject({ type: 'armed_group' });
    expect(found['فرقة السلطان']).toMatchObject({ type: 'armed_group' });
  });

  it('finds an operations room by its quoted name', () => {
    expect(byName('وأعلنت غرفة عمليات “ردع العدوان” السيطرة على التلة.')['ردع العدوان']).toMatchObject({
      type: 'armed_group',
    });
  });

  it('does not read a common noun after a head as a group ("حركة نزوح", "مجلس عزاء")', () => {
    expect(foundByPattern('شهدت المدينة حركة نزوح واسعة باتجاه الحدود.')).toEqual([]);
    expect(foundByPattern('وأقيم مجلس عزاء للضحايا في البلدة.')).toEqual([]);
  });

  it('finds armed groups named by a group noun and a definite word', () => {
    const found = byName('وتقدمت الميليشيات الأفغانية والفصائل المحلية بدعم من المليشيات الموالية لها.');
    expect(found['الميليشيات الأفغانية']).toMatchObject({ type: 'armed_group' });
    expect(found['المليشيات الموالية لها']).toMatchObject({ type: 'armed_group' });
  });

  it('reads a military noun with a nationality adjective as the state', () => {
    const found = mentionsById(
      'قصفت المدفعية التركية قرى في ريف منبج، وردت القوات الفرنسية بإطلاق قنابل مضيئة.',
    );
    expect(found['turkish-government']).toEqual(['المدفعية التركية']);
    expect(found['france']).toEqual(['القوات الفرنسية']);
  });
});

describe('places named by a head noun', () => {
  it('finds villages, towns and neighbourhoods with direction adjectives, without the head', () => {
    const found = byName('نزح الأهالي من قرية كفر نبودة وبلدة الهبيط الشمالي ومن حي الشعار في حلب.');
    expect(found['كفر نبودة']).toMatchObject({ type: 'location' });
    expect(found['الهبيط الشمالي']).toMatchObject({ type: 'location' });
    expect(found['الشعار']).toMatchObject({ type: 'location' });
  });

  it('keeps the head in camp, hospital and desert names, even around a known place', () => {
    const found = byName('استهدف القصف مشفى الرحمة ومخيم سراقب الشرقي قبل أن يصل إلى صحراء تدمر.');
    expect(found['مشفى الرحمة']).toMatchObject({ type: 'location' });
    expect(found['مخيم سراقب الشرقي']).toMatchObject({ type: 'location' });
    expect(found['صحراء تدمر']).toMatchObject({ type: 'location' });
  });

  it('reads a list of places after a plural head, known or not, and no head as a name', () => {
    const names = foundByPattern('قصفت المدفعية قرى وبلدات كفرعويد وسفوهن والموزرة في جبل شحشبو.').map(
      (e) => e.name,
    );
    expect(names).toEqual(['كفرعويد', 'سفوهن', 'الموزرة']);
    expect(foundByPattern('طال القصف بلدات سراقب وكفرعويد.').map((e) => e.name)).toEqual(['كفرعويد']);
  });

  it('reads coordinated quoted names after a dual head', () => {
    const names = foundByPattern('دخلت القوات بلدتي “الكرامة” و”المنصورة” دون قتال.').map((e) => e.name);
    expect(names).toEqual(['الكرامة', 'المنصورة']);
  });

  it('does not read an adjective or a common noun after a place head as a name ("قرية صغيرة")', () => {
    expect(foundByPattern('لجأت العائلات إلى قرية صغيرة ثم إلى منطقة تبعد عشرة كيلومترات.')).toEqual([]);
    expect(foundByPattern('نصبت الخيام في مخيم عشوائي قرب منطقة الاشتباكات وفي منطقة النزاع.')).toEqual([]);
  });
});

describe('unnamed sources', () => {
  it('finds listed unnamed sources with clitics and coordinated adjectives', () => {
    const found = mentionsById(
      'وأفادت مصادر طبية وأهلية بمقتل ثلاثة، بينما قال شهود عيان ولناشطين محليين رواية أخرى.',
    );
    expect(found['anon-medical-sources']).toEqual(['مصادر طبية وأهلية']);
    expect(found['anon-eyewitnesses']).toEqual(['شهود عيان']);
    expect(found['anon-local-activists']).toEqual(['ناشطين محليين']);
  });

  it('finds a bare source word when what it says follows ("قال مصدر إن")', () => {
    expect(byName('وقال مصدر إن الطريق أغلق.')['مصدر']).toMatchObject({ type: 'anonymous_source' });
    expect(foundByPattern('وتعد المنطقة مصدر قلق للسكان.')).toEqual([]);
  });

  it('finds sources inside an actor ("مصادر في ...")', () => {
    expect(byName('وقالت مصادر في الجيش الوطني إن الهجوم صُد.')['مصادر في الجيش الوطني']).toMatchObject({
      type: 'anonymous_source',
    });
  });

  it('finds unlisted unnamed sources by head and adjective, and sources tied to an actor', () => {
    const found = byName('وقال مسؤول كردي إن صفحات مقربة من هيئة تحرير الشام نشرت صوراً للهجوم.');
    expect(found['مسؤول كردي']).toMatchObject({ type: 'anonymous_source' });
    expect(found['صفحات مقربة من هيئة تحرير الشام']).toMatchObject({ type: 'anonymous_source' });
    expect(mentionsById('صفحات مقربة من هيئة تحرير الشام نشرت صوراً.')['hts']).toEqual(['هيئة تحرير الشام']);
  });

  it('ties a listed unnamed source to an actor ("مصادر محلية مقربة من ...")', () => {
    const found = byName('وقالت مصادر محلية مقربة من هيئة تحرير الشام إن الهجوم صد.');
    expect(found['مصادر محلية مقربة من هيئة تحرير الشام']).toMatchObject({ type: 'anonymous_source' });
  });

  it('finds unnamed media ("وسائل إعلام موالية")', () => {
    const found = mentionsById(
      'وذكرت وسائل إعلام موالية أن القصف توقف، بينما نقلت وسائل الإعلام التركية رواية أخرى.',
    );
    expect(found['anon-pro-government-media']).toEqual(['وسائل إعلام موالية']);
    expect(found['anon-turkish-media']).toEqual(['وسائل الإعلام التركية']);
  });

  it('reads "المصادر" as the unnamed sources named before', () => {
    expect(
      mentionsById('قالت مصادر محلية إن القصف طال السوق. وأضافت المصادر أن الضحايا مدنيون.')[
        'anon-local-sources'
      ],
    ).toEqual(['مصادر محلية', 'المصادر']);
  });
});

describe('every mention is a span of the original text', () => {
  it('holds for the examples above', () => {
    const text =
      'قال مراسل “عنب بلدي” في حلب إن قوّات النظام قصفت بلدة الأتارب، ونقلت وكالة رويترز عن مصادر طبية أن عشرة قتلوا.';
    const article = runArticle(text);
    for (const entity of article.entities) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
