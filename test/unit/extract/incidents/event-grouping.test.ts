import { describe, expect, it } from 'vitest';
import { listIncidentTypes, runIncidents } from './helpers/run-incidents.ts';

describe('headlines and subheadings', () => {
  it('makes no incident from a headline the body does not report', () => {
    const text = 'غارات جوية على كفرنبل\nعقد وفد من فصائل المعارضة جولة مفاوضات جديدة مع روسيا في حلب اليوم.';
    expect(listIncidentTypes(text, { title: true })).toEqual(['negotiation']);
  });

  it('joins a headline to the incident the body reports', () => {
    const text =
      'غارات روسية على كفرنبل\nشن الطيران الروسي صباح اليوم غارات على بلدة كفرنبل أدت إلى دمار واسع.';
    const { incidents } = runIncidents(text, { title: true });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.evidence).toHaveLength(2);
  });

  it('lets a subheading inside the body announce an event of its own', () => {
    const text =
      'غارات روسية على كفرنبل\nشن الطيران الروسي صباح اليوم غارات على بلدة كفرنبل أدت إلى دمار واسع.\nهدنة مؤقتة بين قسد والتنظيم في حلب\nوقال المرصد إن الهدوء يسود المنطقة.';
    expect(listIncidentTypes(text, { title: true })).toEqual(['airstrike', 'truce']);
  });
});

describe('captures', () => {
  it.each([
    'أعلنت فصائل المعارضة سيطرتها على بلدة كفرنبل بعد معارك عنيفة.',
    'حررت فصائل المعارضة صباح اليوم عددا من الأحياء في مدينة معرة النعمان.',
    'دخلت قوات النظام مدينة معرة النعمان أمس بعد انسحاب هيئة التحرير منها.',
    'استعاد الجيش السوري معظم بلدات ريف إدلب من قبضة فصائل المعارضة.',
    'وبسطت قسد سيطرتها على حي الشيخ مقصود في حلب.',
  ])('reads "%s" as one capture', (text) => {
    expect(listIncidentTypes(text)).toEqual(['capture']);
  });

  it('takes the one who captures as perpetrator', () => {
    const [i] = runIncidents(
      'دخلت قوات النظام مدينة معرة النعمان أمس بعد انسحاب هيئة التحرير منها.',
    ).incidents;
    expect(i).toMatchObject({
      type: 'capture',
      perpetratorIds: ['regime'],
      locationId: 'maarat',
      date: '2020-03-10',
    });
  });

  it('folds the fighting of the same day into the capture', () => {
    const text =
      'سيطرت قسد أمس على بلدة كفرنبل. وقال المرصد إن عشرة من عناصر التنظيم قتلوا في اشتباكات يوم أمس.';
    expect(listIncidentTypes(text)).toEqual(['capture']);
  });

  it('keeps an advance on another front apart', () => {
    const text =
      'سيطرت قسد أمس على بلدة كفرنبل. وفي سياق آخر، تتقدم قوات النظام باتجاه مدينة حلب وسط اشتباكات.';
    expect(listIncidentTypes(text)).toEqual(['capture', 'clash']);
  });

  it('does not read entering a truce or a battle as a capture', () => {
    expect(listIncidentTypes('دخلت الهدنة حيز التنفيذ في محافظة إدلب منتصف الليل.')).toEqual(['truce']);
  });
});

describe('cumulative reports', () => {
  it('reads a toll since the start of a period as one report dated from its start', () => {
    const text =
      'ووثق المرصد مقتل 320 مدنيا في محافظة إدلب منذ مطلع شهر شباط الماضي، قضى معظمهم بغارات الطيران الروسي وقصف قوات النظام.';
    const { incidents } = runIncidents(text);
    expect(incidents.map((i) => i.type)).toEqual(['report']);
    expect(incidents[0]).toMatchObject({ locationId: 'idlib-gov', date: '2020-02-01' });
  });

  it('makes a report of a rising toll even without a strike word', () => {
    const text = 'وارتفع عدد الضحايا المدنيين في حلب منذ بدء الحملة في الثالث من شباط الماضي إلى 180 قتيلا.';
    expect(runIncidents(text).incidents).toMatchObject([{ type: 'report', date: '2020-02-03' }]);
  });

  it('keeps the other clauses of the sentence as they are', () => {
    const text =
      'شن الطيران الروسي اليوم غارات على بلدة كفرنبل، فيما وثق المرصد مقتل 90 مدنيا منذ بداية الشهر.';
    expect(listIncidentTypes(text)).toEqual(['airstrike', 'report']);
  });

  it('does not take an offensive running since a date for a report', () => {
    const text = 'وتشن قوات النظام منذ 20 شباط الماضي هجوما واسعا على ريف إدلب.';
    expect(listIncidentTypes(text)).toEqual(['attack']);
  });
});
