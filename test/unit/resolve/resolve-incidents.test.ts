import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/claims/extract-events.ts';
import type { ExtractedArticle } from '../../../src/extract/types.ts';
import { applyIncidentResolution } from '../../../src/resolve/apply-incident-resolution.ts';
import { resolveIncidents } from '../../../src/resolve/resolve-incidents.ts';
import type { PlaceRef } from '../../../src/resolve/place-tree.ts';
import { buildEventInput, type EntitySpec } from '../extract/claims/helpers/build-event-input.ts';

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['وكالة النبأ', 'nabaa', 'media'],
  ['شام نيوز', 'sham', 'media'],
  ['المرصد', 'sohr', 'organization'],
  ['مصادر محلية', 'local-sources', 'anonymous_source'],
  ['قوات النظام', 'regime', 'state'],
  ['هيئة التحرير', 'hts', 'armed_group'],
  ['كفرنبل', 'kafranbel', 'location'],
  ['ريف إدلب', 'idlib-countryside', 'location'],
];
const KINDS = new Map([['kafranbel', 'town'], ['idlib-countryside', 'region']]);
const PLACES: PlaceRef[] = [
  { id: 'kafranbel', partOf: 'idlib-countryside' },
  { id: 'idlib-countryside', partOf: 'idlib-gov' },
  { id: 'idlib-gov', partOf: 'syria' },
  { id: 'syria', partOf: null },
];

function article(id: string, outletId: string, publishedAt: string, text: string): ExtractedArticle {
  const out = extractEvents(buildEventInput(text, ENTITIES, { articleId: id, outletId, publishedAt, locationKinds: KINDS }));
  return { file: `${id}.txt`, id, title: null, outlet: outletId, publishedAt, entities: [], ...out };
}

// Three outlets report one strike (2020-03-11, a Wednesday) with different figures; the third carries a denial.
const A = article('a', 'khabar', '2020-03-11', 'قتل 12 مدنياً اليوم الأربعاء جراء غارات لقوات النظام على بلدة كفرنبل في ريف إدلب. وقال المرصد إن بين القتلى ثلاثة أطفال.');
const B = article('b', 'nabaa', '2020-03-11', 'وأفادت مصادر محلية بمقتل 15 مدنياً في غارات شنتها طائرات قوات النظام على بلدة كفرنبل صباح اليوم.');
const C = article('c', 'sham', '2020-03-12', 'ونفت قوات النظام استهداف أي مدنيين في غارات أمس على بلدة كفرنبل، مؤكدة أنها استهدفت مقرات لهيئة التحرير.');
// Another strike on the same town ten days earlier (2020-03-01, a Sunday).
const D = article('d', 'khabar', '2020-03-01', 'شنت قوات النظام غارات على بلدة كفرنبل اليوم الأحد ما أدى إلى دمار كبير في المنازل.');

describe('resolveIncidents', () => {
  it('extracts one airstrike per article with its date', () => {
    for (const a of [A, B, C, D]) expect(a.incidents.map((i) => [i.type, i.locationId])).toEqual([['airstrike', 'kafranbel']]);
    expect([A, B, C, D].map((a) => a.incidents[0]?.date)).toEqual(['2020-03-11', '2020-03-11', '2020-03-11', '2020-03-01']);
  });

  it('resolves three reports of one strike to one incident carrying all their claims', () => {
    const resolution = resolveIncidents([A, B, C], PLACES);
    const ids = [A, B, C].map((a) => resolution.canonicalIds[a.incidents[0]?.id ?? '']);
    expect(new Set(ids).size).toBe(1);
    expect(resolution.merges).toHaveLength(2);
    for (const m of resolution.merges) expect(m.reasons.join('; ')).toMatch(/same type airstrike.*same place kafranbel/);
    const resolved = applyIncidentResolution([A, B, C], resolution);
    const claims = resolved.flatMap((a) => a.claims);
    expect(claims.map((c) => c.incidentId)).toEqual(claims.map(() => ids[0]));
    expect(claims.map((c) => [c.sourceId, c.stance, c.figures?.killed ?? null])).toEqual([
      ['khabar', 'assert', 12], ['sohr', 'assert', 3], ['local-sources', 'assert', 15], ['regime', 'deny', null],
    ]);
  });

  it('keeps two strikes on the same town on different dates apart', () => {
    const resolution = resolveIncidents([A, D], PLACES);
    expect(resolution.merges).toEqual([]);
    expect(new Set(Object.values(resolution.canonicalIds)).size).toBe(2);
  });

  it('does not depend on the order of the articles', () => {
    const one = resolveIncidents([A, B, C, D], PLACES);
    const two = resolveIncidents([D, C, B, A], PLACES);
    expect(two).toEqual(one);
  });

  it('merges a place with a place it is part of, but not unrelated places or unknown dates from far apart', () => {
    const region = article('e', 'sham', '2020-03-11', 'قتل عشرة مدنيين اليوم جراء غارات لقوات النظام على ريف إدلب.');
    expect(resolveIncidents([A, region], PLACES).merges[0]?.reasons).toContain('kafranbel is PART_OF idlib-countryside');
    const undated = article('f', 'sham', '2020-04-20', 'شنت قوات النظام غارات على بلدة كفرنبل ما أدى إلى دمار كبير.');
    expect(resolveIncidents([A, undated], PLACES).merges).toEqual([]);
  });

  it('lets a stored incident keep its id, and never joins two stored incidents', () => {
    const [a = '', b = '', c = ''] = [A, B, C].map((x) => x.incidents[0]?.id ?? '');
    const stored = [a, b, c].sort()[2] ?? '';
    const resolution = resolveIncidents([A, B, C], PLACES, { existingIds: [stored] });
    expect(new Set(Object.values(resolution.canonicalIds))).toEqual(new Set([stored]));
    const two = resolveIncidents([A, B], PLACES, { existingIds: [a, b] });
    expect(two.merges).toEqual([]);
  });
});
