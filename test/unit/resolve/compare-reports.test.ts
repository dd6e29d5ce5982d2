import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/resolve/compare-reports.ts';
import { findReportObjects } from '../../../src/resolve/find-report-objects.ts';
import { buildPlaceTree, type PlaceRef } from '../../../src/resolve/place-tree.ts';
import type { ReportFacts } from '../../../src/resolve/report-facts.ts';

const PLACES: PlaceRef[] = [
  { id: 'syria', partOf: null, kind: 'country' },
  { id: 'idlib-gov', partOf: 'syria', kind: 'governorate' },
  { id: 'maarat', partOf: 'idlib-gov', kind: 'district' },
  { id: 'kafranbel', partOf: 'maarat', kind: 'town' },
  { id: 'hass', partOf: 'maarat', kind: 'village' },
  { id: 'aleppo-gov', partOf: 'syria', kind: 'governorate' },
  { id: 'atarib', partOf: 'aleppo-gov', kind: 'town' },
];
const TREE = buildPlaceTree(PLACES);

let n = 0;
function report(over: Partial<ReportFacts>): ReportFacts {
  n++;
  return {
    id: `r${n}`,
    articleId: `art${n}`,
    outletId: `outlet${n}`,
    publishedAt: '2020-03-12',
    type: 'airstrike',
    locationId: 'kafranbel',
    date: '2020-03-11',
    datePrecision: 'day',
    perpetratorIds: ['regime'],
    targetIds: [],
    objects: [],
    killed: [],
    ...over,
  };
}

describe('compareReports', () => {
  it('joins two outlets reporting one strike: same type, place, day and perpetrator', () => {
    const c = compareReports(TREE, report({}), report({}));
    expect(c).toMatchObject({ conflict: false, same: true });
    expect(c.reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('same day 2020-03-11'),
        expect.stringContaining('same perpetrator regime'),
      ]),
    );
  });

  it('never joins two reports of one article', () => {
    const a = report({ articleId: 'one' });
    expect(compareReports(TREE, a, report({ articleId: 'one' }))).toMatchObject({
      conflict: true,
      reasons: ['same article'],
    });
  });

  it('keeps two events in one town on different days apart', () => {
    expect(
      compareReports(TREE, report({ date: '2020-03-08' }), report({ date: '2020-03-11' })).conflict,
    ).toBe(true);
    // Next days are not a conflict, but without a shared object or figure they are not enough.
    expect(compareReports(TREE, report({ date: '2020-03-10' }), report({ date: '2020-03-11' })).same).toBe(
      false,
    );
    const withHospital = { objects: ['medical'], killed: [12] };
    expect(
      compareReports(
        TREE,
        report({ date: '2020-03-10', ...withHospital }),
        report({ date: '2020-03-11', ...withHospital }),
      ).same,
    ).toBe(true);
  });

  it('reads places at any level of PART_OF, and keeps unrelated places apart', () => {
    const village = report({ locationId: 'hass' });
    expect(compareReports(TREE, village, report({ locationId: 'maarat' }))).toMatchObject({ same: true });
    expect(compareReports(TREE, village, report({ locationId: 'maarat' })).reasons.join()).toContain(
      'hass is PART_OF maarat',
    );
    expect(compareReports(TREE, village, report({ locationId: 'kafranbel' })).conflict).toBe(true);
    expect(compareReports(TREE, village, report({ locationId: 'atarib' })).conflict).toBe(true);
    // A whole governorate or country says little: it needs more than type, day and perpetrator.
    expect(compareReports(TREE, village, report({ locationId: 'idlib-gov' })).score).toBeLessThan(
      compareReports(TREE, village, report({ locationId: 'maarat' })).score,
    );
  });

  it('takes a place found in a text as possibly inside a known one, and two different found places as likely apart', () => {
    const known = compareReports(
      TREE,
      report({ locationId: 'place-a' }),
      report({ locationId: 'kafranbel' }),
    );
    const found = compareReports(TREE, report({ locationId: 'place-a' }), report({ locationId: 'place-b' }));
    expect(known.conflict).toBe(false);
    expect(found.score).toBe(known.score - 1);
  });

  it('reads dates with their precision: a month holds its days, a day outside it does not', () => {
    const month = report({ date: '2020-03-01', datePrecision: 'month' });
    expect(compareReports(TREE, month, report({ date: '2020-03-20' })).conflict).toBe(false);
    expect(compareReports(TREE, month, report({ date: '2020-04-15' })).conflict).toBe(true);
  });

  it('places an undated report in the days before its publication', () => {
    const undated = report({ date: null, datePrecision: 'unknown', publishedAt: '2020-03-12' });
    expect(compareReports(TREE, undated, report({ date: '2020-03-11' })).same).toBe(true);
    expect(compareReports(TREE, undated, report({ date: '2020-02-20' })).conflict).toBe(true);
  });

  it('does not join reports without any time on type, place and perpetrator alone', () => {
    const timeless = { date: null, datePrecision: 'unknown' as const, publishedAt: null };
    expect(
      compareReports(
        TREE,
        report({ ...timeless, locationId: 'hass' }),
        report({ ...timeless, locationId: 'maarat' }),
      ).same,
    ).toBe(false);
    expect(compareReports(TREE, report(timeless), report({ ...timeless, objects: ['medical'] })).same).toBe(
      true,
    );
  });

  it('takes airstrike, shelling and attack as compatible, not a strike and a negotiation', () => {
    expect(compareReports(TREE, report({ type: 'shelling' }), report({ type: 'attack' })).same).toBe(true);
    expect(compareReports(TREE, report({ type: 'airstrike' }), report({ type: 'shelling' })).conflict).toBe(
      false,
    );
    expect(
      compareReports(TREE, report({ type: 'airstrike' }), report({ type: 'negotiation' })).conflict,
    ).toBe(true);
    // Compatible types by two different sides score lower than by the same side.
    const other = compareReports(TREE, report({ type: 'shelling', perpetratorIds: ['hts'] }), report({}));
    expect(other.score).toBeLessThan(compareReports(TREE, report({ type: 'shelling' }), report({})).score);
  });

  it('counts targets, distinctive objects and overlapping figures', () => {
    const bare = { perpetratorIds: [], date: null, datePrecision: 'unknown' as const };
    const base = compareReports(TREE, report(bare), report(bare)).score;
    expect(
      compareReports(
        TREE,
        report({ ...bare, targetIds: ['civilians'] }),
        report({ ...bare, targetIds: ['civilians'] }),
      ).score,
    ).toBe(base + 1);
    expect(
      compareReports(TREE, report({ ...bare, objects: ['market'] }), report({ ...bare, objects: ['market'] }))
        .score,
    ).toBe(base + 2);
    expect(
      compareReports(TREE, report({ ...bare, objects: ['market'] }), report({ ...bare, objects: ['school'] }))
        .score,
    ).toBe(base - 1);
    expect(
      compareReports(TREE, report({ ...bare, killed: [12] }), report({ ...bare, killed: [14] })).score,
    ).toBe(base + 1);
    expect(
      compareReports(TREE, report({ ...bare, killed: [12] }), report({ ...bare, killed: [40] })).score,
    ).toBe(base);
  });

  it('weighs one outlet reporting twice lower than two outlets', () => {
    const two = compareReports(TREE, report({}), report({})).score;
    expect(compareReports(TREE, report({ outletId: 'x' }), report({ outletId: 'x' })).score).toBe(two - 1);
  });
});

describe('findReportObjects', () => {
  it('finds hospitals, markets, convoys, water points and restaurants with clitics, and not inside other words', () => {
    expect(findReportObjects(['سقطت قذيفة قرب المستشفى الوطني وفي السوق الشعبي'])).toEqual([
      'market',
      'medical',
    ]);
    expect(findReportObjects(['استهدفت الغارة قافلةً للمساعدات']).includes('convoy')).toBe(true);
    expect(findReportObjects(['تجمع الأهالي لتعبئة المياه من بئر القرية'])).toEqual(['water']);
    expect(findReportObjects(['انفجار بمطعمٍ في وسط المدينة', 'وبمطعم آخر'])).toEqual(['restaurant']);
    expect(findReportObjects(['خرج المتسوقون من المدينة'])).toEqual([]);
  });
});
