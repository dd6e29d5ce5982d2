import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../../../../src/extract/types.ts';
import { runArticle } from '../helpers/run-entities.ts';

const sources = (text: string): string[][] =>
  runArticle(text)
    .entities.filter((e: ExtractedEntity) => e.type === 'anonymous_source')
    .map((e) => e.mentions.map((m) => m.text));

describe('descriptive anonymous sources', () => {
  it('reads accusative heads and adjectives, and a later "المصدر" as the same source', () => {
    expect(sources('وأكد مصدراً محلياً للموقع أن القصف طال السوق، وأضاف المصدر أن الأهالي نزحوا.')).toEqual([
      ['مصدراً محليا', 'المصدر'],
    ]);
  });

  it('places an unqualified source by في or من, but names a qualified one without where it works', () => {
    expect(sources('وقال مسؤولون في المعارضة المسلحة إن المفاوضات توقفت.')).toEqual([
      ['مسؤولون في المعارضة المسلحة'],
    ]);
    expect(sources('وروى شهوداً من السكان تفاصيل الغارة.')).toEqual([['شهوداً من السكان']]);
    expect(sources('واتهم مسؤول كوردي في الإدارة المحلية الفصائل بالتقصير.')).toEqual([['مسؤول كوردي']]);
  });

  it('reads a source tied by a link to an organisation the article calls by a definite noun', () => {
    expect(sources('ونشرت حسابات مقربة من التنظيم صوراً للهجوم.')).toEqual([['حسابات مقربة من التنظيم']]);
  });

  it('reads diplomats, channels and a nationality after a listed source', () => {
    expect(sources('وقال دبلوماسي غربي إن الاتفاق قريب، فيما روجت قنوات خليجية لرواية أخرى.')).toEqual([
      ['دبلوماسي غربي'],
      ['قنوات خليجية'],
    ]);
    expect(sources('ونفى مصدر عسكري تركي الخبر.')).toEqual([['مصدر عسكري تركي']]);
  });

  it('does not read military positions or a direction before a place as a source', () => {
    expect(sources('وقصفت الطائرات مواقع عسكرية قرب المدينة.')).toEqual([]);
    expect(sources('وقال مسؤول غربي إدلب إن القصف مستمر.')).toEqual([]);
  });
});
