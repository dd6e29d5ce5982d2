import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run-entities.ts';

describe('article metadata', () => {
  it('reads the outlet and the reporter from a byline', () => {
    const article = runArticle('سامر الخطيب – إدلب – عنب بلدي:\nقصفت الطائرات الروسية مدينة سراقب اليوم.');
    expect(article.outlet).toBe('enab-baladi');
    expect(article.entities.find((e) => e.name === 'سامر الخطيب')).toMatchObject({ type: 'person' });
  });

  it('creates the outlet of a byline that the lexicon does not know', () => {
    const article = runArticle('– شبكة الفرات الإخبارية:\nقصفت الطائرات مدينة الرقة.');
    const outlet = article.entities.find((e) => e.id === article.outlet);
    expect(outlet).toMatchObject({ type: 'media' });
  });

  it('reads a byline that opens the first paragraph, or stands alone without a colon', () => {
    expect(runArticle('حلب – عنب بلدي: قصفت الطائرات الروسية ريف حلب اليوم.').outlet).toBe('enab-baladi');
    expect(runArticle('خاص – عنب بلدي\nقصفت الطائرات الروسية ريف حلب اليوم.').outlet).toBe('enab-baladi');
    expect(
      runArticle('قصف على حلب - تقرير\nقصفت الطائرات ريف حلب، وقال مراسل الجزيرة إن القصف مستمر.').outlet,
    ).toBe('al-jazeera');
  });

  it('takes the known outlet of a byline wherever it stands, past fillers such as "متابعات"', () => {
    expect(runArticle('عنب بلدي – متابعات:\nقصفت الطائرات الروسية ريف حلب اليوم.').outlet).toBe(
      'enab-baladi',
    );
  });

  it('reads the outlet from a bracketed dateline', () => {
    expect(runArticle('غارات على إدلب\nحلب (رويترز) - قصفت الطائرات ريف حلب اليوم.').outlet).toBe('reuters');
  });

  it('reads the outlet from "our correspondent" and from sources telling the outlet', () => {
    expect(runArticle('هجوم على منبج\nوقال مراسل قناة الجزيرة في حلب إن القصف مستمر.').outlet).toBe(
      'al-jazeera',
    );
    expect(runArticle('هجوم على منبج\nوأفادت مصادر محلية لعنب بلدي بأن القصف مستمر.').outlet).toBe(
      'enab-baladi',
    );
  });

  it('reads the outlet from a source line in the page furniture, and "مراسل X" after a sentence end', () => {
    expect(runArticle('قصف على سراقب.\nقصفت الطائرات المدينة.\n\nالمصدر: عنب بلدي\nالوسوم').outlet).toBe(
      'enab-baladi',
    );
    expect(
      runArticle('قصف على سراقب\nقصفت الطائرات المدينة.\n\nوقال مراسل الجزيرة إن القصف مستمر.').outlet,
    ).toBe('al-jazeera');
  });

  it('has no outlet when the text does not say, and meta wins when given', () => {
    expect(runArticle('قالت وكالة رويترز إن القصف استمر على إدلب.').outlet).toBeNull();
    expect(runArticle('قال مراسل الجزيرة إن القصف استمر.', { outlet: 'عنب بلدي' }).outlet).toBe(
      'enab-baladi',
    );
    const unknown = runArticle('نص عن حلب.', { outlet: 'صوت العاصمة' });
    expect(unknown.outlet).toMatch(/^media-[0-9a-f]{8}$/);
    expect(unknown.diagnostics.filter((d) => d.stage === 'metadata')).toMatchObject([
      { code: 'UNKNOWN_OUTLET' },
    ]);
  });

  it('reads the publication date stated near the top, in any of its written forms', () => {
    expect(runArticle('غارات على إدلب - 3 آذار 2020\n\nقصفت الطائرات المدينة.').publishedAt).toBe(
      '2020-03-03',
    );
    expect(
      runArticle('غارات على إدلب\nنُشر في ٢٩ يناير/ كانون الثاني ٢٠١٩\nقصفت الطائرات المدينة.').publishedAt,
    ).toBe('2019-01-29');
    expect(runArticle('غارات على إدلب\n2021-07-14\nقصفت الطائرات المدينة.').publishedAt).toBe('2021-07-14');
    expect(runArticle('غارات على إدلب\nقصفت الطائرات المدينة يوم الإثنين.').publishedAt).toBeNull();
  });

  it('reports a publication date in meta that is not ISO', () => {
    const diagnostics = runArticle('نص عن حلب.', { publishedAt: 'أمس' }).diagnostics.filter(
      (d) => d.stage === 'metadata',
    );
    expect(diagnostics).toMatchObject([{ code: 'BAD_METADATA' }]);
  });
});
