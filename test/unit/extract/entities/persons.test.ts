import { describe, expect, it } from 'vitest';
import { foundByPattern } from '../helpers/run-entities.ts';

const persons = (text: string): Record<string, string[]> =>
  Object.fromEntries(
    foundByPattern(text)
      .filter((e) => e.type === 'person')
      .map((e) => [e.name, e.mentions]),
  );

describe('persons introduced by a title', () => {
  it('reads feminine titles and a later mention by a family name that is also a given name', () => {
    const found = persons(
      'وقالت الناطقة الرسمية باسم حملة تحرير الريف، روناك خليل، إن الحملة تقدمت.\nوأضافت خليل أن المعارك مستمرة.',
    );
    expect(found['روناك خليل']).toEqual(['روناك خليل', 'خليل']);
  });

  it('reads a foreign name after a title and its complement, without the object after it', () => {
    expect(persons('وانتقد نائب الرئيس الأميركي توماس ريدفيلد الهجوم في بيان.')).toEqual({
      'توماس ريدفيلد': ['توماس ريدفيلد'],
    });
    expect(persons('ورأى السيناتور الجمهوري كيفن مارلو أن القرار خاطئ.')).toEqual({
      'كيفن مارلو': ['كيفن مارلو'],
    });
  });

  it('reads a name after a comma that closes a long title', () => {
    const found = persons(
      'وقال المندوب السوري الدائم لدى الأمم المتحدة، منير الحكيم، إن الاتهامات باطلة.\nواتهم الحكيم الدول الغربية بالتضليل.',
    );
    expect(found['منير الحكيم']).toEqual(['منير الحكيم', 'الحكيم']);
  });

  it('reads a rank after the body a spokesman speaks for, and a name that starts like the article', () => {
    const found = persons(
      'ونقلت الوكالة عن المتحدث باسم وزارة الدفاع الروسية اللواء أليكسي دوبرين قوله إن الطائرات أصابت أهدافها.',
    );
    expect(found).toEqual({ 'أليكسي دوبرين': ['أليكسي دوبرين'] });
  });

  it('reads a name after a title with a complement in ل ("وزيرة الدولة لشؤون ...")', () => {
    const found = persons('وقالت المتحدثة باسمها، وزيرة الدولة لشؤون الإعلام سلمى الحديدي، إن الحدود مغلقة.');
    expect(found).toEqual({ 'سلمى الحديدي': ['سلمى الحديدي'] });
  });

  it('reads ranks and professions right before a name', () => {
    const found = persons(
      'وقال العقيد فارس المحمد إن الهجوم صد، فيما قال الطبيب هشام الديري إن المستشفى امتلأ، وقال الرائد كمال يونس إن القصف توقف.',
    );
    expect(Object.keys(found).sort()).toEqual(['فارس المحمد', 'كمال يونس', 'هشام الديري'].sort());
  });

  it('takes no common words after a title for a name', () => {
    expect(persons('وجدد الرئيس التركي استعداد بلاده لإرسال قوات إلى المنطقة.')).toEqual({});
    expect(persons('وأعلن مدير الصحة إغلاق المشفى الوطني بعد القصف.')).toEqual({});
    // The correspondent is a person of its own (the outlet's), named by the title and the outlet only.
    expect(persons('وقال مراسل عنب بلدي إن الاشتباكات تجددت.')).toEqual({ 'مراسل عنب بلدي': ['مراسل عنب بلدي'] });
    expect(persons('ونقل مراسل الجزيرة عن مصادر محلية، فإن المقاتلين انسحبوا.')).toEqual({ 'مراسل الجزيرة': ['مراسل الجزيرة'] });
  });

  it('does not take a body named in brackets or quotes after a title for a person', () => {
    const text =
      'وقال مدير مركز الدفاع المدني "الخوذ الزرقاء" في حلب، عمر الحلبي، إن الفرق تعمل. وقال المتحدث باسم وزارة الدفاع (البنتاغون)، الكابتن جيم فورد، إن الضربة انتهت.';
    expect(Object.keys(persons(text)).sort()).toEqual(['جيم فورد', 'عمر الحلبي'].sort());
  });
});

describe('persons named before their role', () => {
  it('reads a foreign name before a role, with or without a comma, and its family name later', () => {
    const found = persons(
      'وقال إيفان بتروفسكي، المتحدث باسم البعثة الروسية، إن الوضع هادئ. وأضاف بتروفسكي أن الدوريات مستمرة.\nوقال أرنو ديلاكروا المتحدث باسم المنظمة إن المساعدات وصلت.',
    );
    expect(found['إيفان بتروفسكي']).toEqual(['إيفان بتروفسكي', 'بتروفسكي']);
    expect(found['أرنو ديلاكروا']).toEqual(['أرنو ديلاكروا']);
  });

  it('reads a family name of two words alone after the full name', () => {
    const found = persons(
      'وقالت نازلي شيخ عمر، الناطقة باسم المجلس، إن المدينة محاصرة.\nوأضافت شيخ عمر أن المدنيين يفرون.',
    );
    expect(found['نازلي شيخ عمر']).toEqual(['نازلي شيخ عمر', 'شيخ عمر']);
  });

  it('needs a given name when the words before a name are no clause opening', () => {
    expect(persons('سقطت القذائف على قسم الطوارئ وهو مكتظ بالمرضى.')).toEqual({});
    expect(persons('في المقابل، زعم المكتب الإعلامي للفصيل أن الغارات قتلت مدنيين.')).toEqual({});
    expect(persons('وفي ظل غياب تام، القائد العسكري للفصيل لم يعلق.')).toEqual({});
    expect(persons('وخلال جولة تفقدية، الرئيس السوري زار المدينة.')).toEqual({});
    expect(persons('وقال مسلحون مجهولون، القيادي السابق في الفصيل قتل.')).toEqual({});
  });
});

describe('persons introduced by a word or a speech verb', () => {
  it('reads a name after "يدعى" / "تُدعى", of any shape', () => {
    const found = persons(
      'ونقلت الوكالة عن ممرض في المستشفى يدعى ديار حسو أن الجرحى بالعشرات. وقالت ممرضة تُدعى نسرين كوجر إن الأطفال أصيبوا.',
    );
    expect(Object.keys(found).sort()).toEqual(['ديار حسو', 'نسرين كوجر'].sort());
  });

  it('does not read a so-called body as a person', () => {
    expect(persons('بعد حملة قادتها ما يسمى «الخوذ الزرقاء» ضد الجيش.')).toEqual({});
  });

  it('reads a kunya that speaks or is described, but not a village named by a kunya', () => {
    expect(Object.keys(persons('ويروي أبو خالد، وهو بائع خبز في السوق، أن الانفجار هز المكان.'))).toEqual([
      'أبو خالد',
    ]);
    expect(Object.keys(persons('وقال أبو سليم إن القصف لم يتوقف طوال الليل.'))).toEqual(['أبو سليم']);
    expect(persons('وسقطت القذائف على قرية أبو حمام في ريف دير الزور.')).toEqual({});
  });

  it('reads a speaker with a given name after a speech verb, and the tail of a known name as that person', () => {
    const found = persons(
      'وقال مدير المرصد، رامز عبد الكريم، إن الحصيلة ارتفعت.\nوأضاف عبد الكريم أن بين القتلى أطفالا. وقالت فاطمة الزين: إن المياه انقطعت.',
    );
    expect(found['رامز عبد الكريم']).toEqual(['رامز عبد الكريم', 'عبد الكريم']);
    expect(found['فاطمة الزين']).toEqual(['فاطمة الزين']);
  });
});
