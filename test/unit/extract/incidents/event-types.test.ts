import { describe, expect, it } from 'vitest';
import { listIncidentTypes, runIncidents } from './helpers/run-incidents.ts';

describe('what happened decides the type', () => {
  it.each([
    ['شنت الولايات المتحدة فجر اليوم ضربة صاروخية على مطار قرب حلب.', 'airstrike'],
    ['أطلقت سفن حربية عشرات صواريخ توماهوك على مواقع قرب حلب فجر اليوم.', 'airstrike'],
    ['ألقت طائرة حربية حمولتها على حي الشيخ مقصود صباح اليوم.', 'airstrike'],
    ['قتل قناص تابع للتنظيم صباح اليوم مدنيا في حي الشيخ مقصود.', 'killing'],
    ['وأشار إلى تعثر مفاوضاتها مع روسيا حول مصير بلدة كفرنبل.', 'negotiation'],
    ['وحشدت تركيا قواتها قرب بلدة تل رفعت أمس.', 'reinforcement'],
    ['وقال المرصد إن آلاف المدنيين فروا من مدينة معرة النعمان خلال الساعات الماضية.', 'displacement'],
    ['وغادرت مئات العائلات بلدة كفرنبل باتجاه الحدود أمس.', 'displacement'],
  ])('types "%s" as %s', (text, type) => {
    expect(listIncidentTypes(text)).toEqual([type]);
  });

  it('makes no displacement of a family displaced long ago', () => {
    expect(listIncidentTypes('وقتل في الغارة رجل وزوجته نزحا قبل عامين من مدينة حلب.')).not.toContain(
      'displacement',
    );
  });

  it('reads a chemical attack dropped from the air as the airstrike it is', () => {
    const text =
      'ارتفعت حصيلة الهجوم بالغازات السامة على بلدة كفرنبل إلى 40 قتيلا. وقال المرصد إن طائرة حربية ألقت حمولتها على حي سكني في البلدة. وحمّل المرصد النظام المسؤولية عن الهجوم.';
    expect(listIncidentTypes(text)).toEqual(['airstrike']);
  });

  it('keeps a chemical attack with no aircraft an attack', () => {
    const text =
      'نفت قوات النظام شن هجوم بغازات سامة على بلدة كفرنبل مساء السبت. واعتبرت أن الحديث عن أسلحة كيميائية في البلدة مسرحية.';
    expect(listIncidentTypes(text)).toEqual(['attack']);
  });

  it('makes no incident from a word that only characterizes an attack', () => {
    expect(listIncidentTypes('واعتبرت روسيا أن أي عدوان على دولة ذات سيادة يخالف القانون الدولي.')).toEqual(
      [],
    );
  });
});

describe('perpetrators', () => {
  it('reads the state from a nisba after the event noun', () => {
    const [i] = runIncidents('قتل خمسة مدنيين بقصف تركي على بلدة تل رفعت صباح اليوم.').incidents;
    expect(i?.perpetratorIds).toEqual(['turkey']);
    const [j] = runIncidents(
      'وقتل ثلاثة جنود في الضربة الأمريكية على مطار قرب حلب فجر اليوم، وفق بيان القوات الأمريكية.',
    ).incidents;
    expect(j?.perpetratorIds).toEqual(['usa']);
  });

  it('does not take who leads the coalition for the perpetrator', () => {
    const [i] = runIncidents(
      'قتل عشرة مدنيين بغارات طائرات التحالف الدولي بقيادة واشنطن على بلدة كفرنبل.',
    ).incidents;
    expect(i?.perpetratorIds).toEqual(['coalition']);
  });

  it('does not give a strike named after a preposition to the subject of the clause', () => {
    const { incidents } = runIncidents(
      'ودخلت فصائل المعارضة مدينة معرة النعمان أمس بعد يومين من غارة جوية على المدينة.',
    );
    expect(incidents.find((i) => i.type === 'capture')?.perpetratorIds).toEqual(['rebels']);
    expect(incidents.find((i) => i.type === 'airstrike')?.perpetratorIds).toEqual([]);
  });

  it('keeps the author of a claimed attack', () => {
    const [i] = runIncidents(
      'وأعلن تنظيم الدولة مسؤوليته عن الهجوم الذي استهدف دورية في مدينة حلب أمس.',
    ).incidents;
    expect(i?.perpetratorIds).toEqual(['isis']);
  });
});
