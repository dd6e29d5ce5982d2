import { describe, expect, it } from 'vitest';
import { mentionsById, runArticle } from '../helpers/run-entities.ts';

describe('lexicon names in the text', () => {
  it('finds names with clitics glued on, with the mention starting after the clitics', () => {
    const found = mentionsById(
      'اشتبكت هيئة تحرير الشام والجيش الوطني في ريف حلب، وانسحبت بالوحدات الكردية إلى عفرين ولإدلب.',
    );
    expect(found['hts']).toEqual(['هيئة تحرير الشام']);
    expect(found['sna']).toEqual(['الجيش الوطني']);
    expect(found['ypg']).toEqual(['الوحدات الكردية']);
    expect(found['afrin']).toEqual(['عفرين']);
    expect(found['idlib']).toEqual(['إدلب']);
    expect(found['aleppo']).toEqual(['حلب']);
  });

  it('handles a preposition written apart with tatweel or a space ("لـ داعش", "بـ قسد")', () => {
    const found = mentionsById(
      'تعرضت مواقع تابعة لـ داعش لقصف، واتهمت بـ قسد جهات محلية. وقال مصدر: لـحزب الله دور.',
    );
    expect(found['isis']).toEqual(['داعش']);
    expect(found['sdf']).toEqual(['قسد']);
    expect(found['hezbollah']).toEqual(['حزب الله']);
  });

  it('reads glued spellings of spaced names and the other way round', () => {
    const found = mentionsById('دخلت الأرتال إلى جسرالشغور ثم إلى ديرالزور، قبل أن تصل إلى معرة النعمان.');
    expect(found['jisr-al-shughur']).toEqual(['جسرالشغور']);
    expect(found['deir-ez-zor']).toEqual(['ديرالزور']);
    expect(found['maarat-al-numan']).toEqual(['معرة النعمان']);
  });

  it('ignores diacritics, tatweel and hamza forms when matching, keeping the original text in the mention', () => {
    const found = mentionsById('قصفت الطائرات الروسيّة مدينة سَراقِب وبلدات في ريف ادلب وإدلـــب.');
    expect(found['saraqib']).toEqual(['سَراقِب']);
    expect(found['idlib']).toEqual(['ادلب', 'إدلـــب']);
  });

  it('reads a town written with an article the lexicon does not have ("السراقب")', () => {
    expect(mentionsById('وصلت التعزيزات إلى السراقب أمس.')['saraqib']).toEqual(['السراقب']);
  });

  it('never matches a name inside a longer word', () => {
    const found = mentionsById('وصلت قوافل حلبية وأخرى عفرينية إلى المنطقة، ومعها طواقم الهلالية.');
    expect(found['aleppo']).toBeUndefined();
    expect(found['afrin']).toBeUndefined();
  });

  it('gives one entity however the actor is spelled, and merges a name with its alias in brackets or quotes', () => {
    const found = mentionsById(
      'هاجم تنظيم الدولة الإسلامية (داعش) نقاطاً لقوات سوريا الديمقراطية “قسد” في ريف الرقة، وردت قسد بقصف مواقع داعش.',
    );
    expect(found['isis']).toEqual(['تنظيم الدولة الإسلامية (داعش)', 'داعش']);
    expect(found['sdf']).toEqual(['قوات سوريا الديمقراطية “قسد”', 'قسد']);
  });

  it('leaves descriptors out of the mention: "قوات النظام" is the government, "طيران التحالف" the coalition', () => {
    const found = mentionsById(
      'تقدمت قوات النظام نحو سراقب بغطاء من الطيران الروسي، فيما قصف طيران التحالف الدولي مواقع في الرقة.',
    );
    expect(found['syrian-government']).toEqual(['النظام']);
    expect(found['international-coalition'] ?? found['coalition']).toEqual(['التحالف الدولي']);
    expect(found['russia']).toEqual(['الطيران الروسي']);
  });

  it('reads "التنظيم" as the organisation the article calls تنظيم, and "النظام" as the government', () => {
    const found = mentionsById(
      'أعلن تنظيم داعش مسؤوليته عن الهجوم. وقالت مصادر إن التنظيم خسر عشرة عناصر، وإن النظام أرسل تعزيزات.',
    );
    expect(found['isis']).toEqual(['داعش', 'التنظيم']);
    expect(found['syrian-government']).toEqual(['النظام']);
  });

  it('reads a bare "النظام" as the Syrian government even when the article names it no other way', () => {
    expect(mentionsById('وسيطر النظام على قرى جديدة في سهل الغاب.')['syrian-government']).toEqual(['النظام']);
  });

  it('does not read a role before a name as a reference back ("الناشط أبو ...")', () => {
    const found = mentionsById(
      'أفاد ناشطون بوقوع اعتقالات. وقال الناشط الحقوقي أبو سليم الحلبي إن القوات انسحبت.',
    );
    expect(found['anon-activists']).toEqual(['ناشطون']);
  });

  it('skips boilerplate at the end', () => {
    const article = runArticle(
      'قصفت قوات النظام سراقب أمس.\n\nمقالات ذات صلة\nهجوم على عفرين\nالوسوم\nحلب إدلب',
    );
    const ids = article.entities.map((e) => e.id);
    expect(ids).toContain('saraqib');
    expect(ids).not.toContain('afrin');
    expect(ids).not.toContain('aleppo');
  });
});
