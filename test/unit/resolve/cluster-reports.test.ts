import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/claims/extract-events.ts';
import { clusterReports } from '../../../src/resolve/cluster-reports.ts';
import { findReportObjects } from '../../../src/resolve/find-report-objects.ts';
import { buildPlaceTree } from '../../../src/resolve/place-tree.ts';
import type { ReportFacts } from '../../../src/resolve/report-facts.ts';
import { buildEventInput, type EntitySpec } from '../extract/claims/helpers/build-event-input.ts';

const TREE = buildPlaceTree([
  { id: 'syria', partOf: null, kind: 'country' },
  { id: 'idlib-countryside', partOf: 'syria', kind: 'region' },
  { id: 'kafranbel', partOf: 'idlib-countryside', kind: 'town' },
  { id: 'saraqib', partOf: 'idlib-countryside', kind: 'town' },
]);

const base: Omit<ReportFacts, 'id' | 'articleId'> = {
  outletId: null,
  publishedAt: '2020-03-12',
  type: 'airstrike',
  locationId: 'kafranbel',
  date: '2020-03-11',
  datePrecision: 'day',
  perpetratorIds: ['regime'],
  targetIds: [],
  objects: [],
  killed: [],
};
const r = (id: string, articleId: string, over: Partial<ReportFacts> = {}): ReportFacts => ({
  ...base,
  id,
  articleId,
  ...over,
});

describe('clusterReports', () => {
  it('gives the same incidents, with the smallest member id, in any order', () => {
    const reports = [
      r('c', 'a3'),
      r('a', 'a1'),
      r('b', 'a2', { type: 'shelling', objects: ['market'] }),
      r('d', 'a1', { locationId: 'saraqib' }),
      r('e', 'a4', { date: '2020-03-01' }),
    ];
    const one = clusterReports(TREE, reports);
    const two = clusterReports(TREE, [...reports].reverse());
    expect(two).toEqual(one);
    expect(one.map((c) => c.reportIds)).toEqual([['a', 'b', 'c'], ['d'], ['e']]);
    expect(one[0]?.joins).toHaveLength(2);
  });

  it('never puts two reports of one article in one incident, even through a third', () => {
    // x and y are two strikes of one article on one day in one town; z, another outlet's, matches both.
    const clusters = clusterReports(TREE, [r('x', 'one'), r('y', 'one'), r('z', 'two')]);
    expect(clusters.map((c) => c.reportIds)).toEqual([['x', 'z'], ['y']]);
  });

  it('keeps apart what a person kept apart', () => {
    const clusters = clusterReports(TREE, [r('a', 'a1'), r('b', 'a2')], { keepApart: [['b', 'a']] });
    expect(clusters.map((c) => c.reportIds)).toEqual([['a'], ['b']]);
  });
});

const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['وكالة النبأ', 'nabaa', 'media'],
  ['قوات النظام', 'regime', 'state'],
  ['كفرنبل', 'kafranbel', 'location'],
];
const KINDS = new Map([['kafranbel', 'town']]);

function reportsOf(articleId: string, outletId: string, publishedAt: string, text: string): ReportFacts[] {
  const out = extractEvents(
    buildEventInput(text, ENTITIES, { articleId, outletId, publishedAt, locationKinds: KINDS }),
  );
  return out.incidents.map((i) => ({
    id: i.id,
    articleId,
    outletId,
    publishedAt,
    type: i.type,
    locationId: i.locationId,
    date: i.date,
    datePrecision: i.datePrecision ?? (i.date === null ? 'unknown' : 'day'),
    perpetratorIds: i.perpetratorIds,
    targetIds: i.targetIds,
    objects: findReportObjects(i.evidence.map((e) => e.text)),
    killed: [],
  }));
}

describe('clusterReports on extracted texts', () => {
  it('joins "today" in one outlet with "yesterday" in the next day\'s outlet, and not a market strike ten days earlier', () => {
    const today = reportsOf(
      'a',
      'khabar',
      '2020-03-11',
      'قتل 12 مدنياً اليوم الأربعاء جراء غارات لقوات النظام على سوق بلدة كفرنبل.',
    );
    const yesterday = reportsOf(
      'b',
      'nabaa',
      '2020-03-12',
      'وأفادت مصادر بمقتل 15 مدنياً في غارات شنتها قوات النظام أمس على السوق في بلدة كفرنبل.',
    );
    const earlier = reportsOf(
      'c',
      'khabar',
      '2020-03-01',
      'شنت قوات النظام غارات على سوق بلدة كفرنبل اليوم الأحد ما أدى إلى دمار كبير.',
    );
    expect(today).toHaveLength(1);
    expect(yesterday).toHaveLength(1);
    const clusters = clusterReports(TREE, [...today, ...yesterday, ...earlier]);
    const joined = clusters.find((c) => c.reportIds.length > 1);
    expect(joined?.reportIds.sort()).toEqual([today[0]?.id, yesterday[0]?.id].sort());
    expect(joined?.joins[0]?.reasons.join('; ')).toContain('same day 2020-03-11');
    expect(clusters.filter((c) => c.reportIds.length === 1).map((c) => c.reportIds[0])).toEqual(
      earlier.map((e) => e.id),
    );
  });
});
