import { describe, expect, it } from 'vitest';
import type { ActorRow, ClaimRow } from '../../../src/db/node.repository.ts';
import type { EvidenceRow } from '../../../src/db/relation.repository.ts';
import { buildClaimChain } from '../../../src/graphql/provenance/build-claim-chain.ts';
import { compareClaims } from '../../../src/graphql/provenance/compare-claims.ts';
import { figureRange, rangesConflict } from '../../../src/graphql/provenance/figure-range.ts';
import { findIndependentSource } from '../../../src/graphql/provenance/find-independent-source.ts';
import { gradeAgreement } from '../../../src/graphql/provenance/grade-agreement.ts';

const actor = (id: string, kind = 'MEDIA', nameEn: string | null = id.toUpperCase()): ActorRow => ({ id, name: id, nameEn, kind, aliases: [] });
const claim = (id: string, over: Partial<ClaimRow> = {}): ClaimRow => ({
  id, articleId: 'a', text: `claim ${id}`, start: 0, end: 1, stance: 'assert', killed: null, injured: null, casualties: null, captured: null,
  displaced: null, victims: null, qualifier: null, vague: false, ...over,
});
const ev = (id: string, source: ActorRow | null, via: ActorRow[], outlet: ActorRow | null, over: Partial<ClaimRow> = {}): EvidenceRow => ({
  claim: claim(id, over),
  article: { id: `art-${id}`, title: null, url: null, publishedAt: null, file: null, outletId: outlet?.id ?? null },
  outlet,
  source,
  relays: via.map((node, i) => ({ hop: i + 1, node })),
});

const activists = actor('anon-activists', 'ANONYMOUS_SOURCE', 'activists');
const afp = actor('afp');
const sohr = actor('sohr', 'ORGANIZATION', 'SOHR');
const coalition = actor('international-coalition', 'ORGANIZATION', 'International coalition');
const [outletA, outletB] = [actor('outlet-a'), actor('outlet-b')];

describe('provenance', () => {
  it('orders a chain source -> relays by hop -> outlet -> article, the outlet once even when it is the last relay', () => {
    const chain = buildClaimChain(ev('c', activists, [afp, outletA], outletA));
    expect(chain.map((s) => [s.position, s.role, s.actor?.id ?? s.article?.id])).toEqual([
      [1, 'SOURCE', 'anon-activists'],
      [2, 'RELAY', 'afp'],
      [3, 'OUTLET', 'outlet-a'],
      [4, 'ARTICLE', 'art-c'],
    ]);
    expect(buildClaimChain(ev('d', null, [], outletA)).map((s) => s.role)).toEqual(['OUTLET', 'ARTICLE']);
  });

  it('groups a claim under the first named element of its chain', () => {
    expect(findIndependentSource(ev('a', activists, [afp], outletA)).actor?.id).toBe('afp');
    expect(findIndependentSource(ev('b', sohr, [afp], outletA)).actor?.id).toBe('sohr');
    expect(findIndependentSource(ev('c', activists, [], outletB)).actor?.id).toBe('outlet-b');
    expect(findIndependentSource(ev('d', null, [], outletB)).actor?.id).toBe('outlet-b');
    expect(findIndependentSource(ev('e', activists, [], null)).key).toBe('article:art-e');
  });

  it('reads qualifiers as ranges: "at least 20" fits 23, "about 30" does not fit 23, exact figures must match', () => {
    expect(rangesConflict(figureRange(20, 'at_least', false)!, figureRange(23, null, false)!)).toBe(false);
    expect(rangesConflict(figureRange(30, 'about', false)!, figureRange(23, null, false)!)).toBe(true);
    expect(rangesConflict(figureRange(30, 'about', false)!, figureRange(26, null, false)!)).toBe(false);
    expect(rangesConflict(figureRange(20, null, true)!, figureRange(500, null, false)!)).toBe(false);
    expect(rangesConflict(figureRange(30, 'more_than', false)!, figureRange(30, null, false)!)).toBe(true);
    expect(rangesConflict(figureRange(10, 'at_most', false)!, figureRange(12, null, false)!)).toBe(true);
    expect(figureRange(null, null, false)).toBeNull();
  });

  it('grades: one agency in two outlets is SINGLE_SOURCE; two sources agreeing are CORROBORATED; a denial or conflicting figures CONTESTED', () => {
    const relayed = [ev('1', activists, [afp], outletA, { killed: 23 }), ev('2', activists, [afp], outletB, { killed: 23 })];
    const single = gradeAgreement(relayed);
    expect(single).toMatchObject({ grade: 'SINGLE_SOURCE', independentSourceCount: 1 });
    expect(single.reasons).toEqual([
      '1 independent source: AFP.',
      '2 claims in 2 outlets (OUTLET-A, OUTLET-B) go back to AFP: counted once.',
      'The 2 killed figures are consistent (23).',
      'Fewer than two independent sources: not corroborated.',
    ]);
    const corroborated = gradeAgreement([...relayed, ev('3', sohr, [], outletA, { killed: 20, qualifier: 'at_least' })]);
    expect(corroborated).toMatchObject({ grade: 'CORROBORATED', independentSourceCount: 2 });
    const denied = gradeAgreement([...relayed, ev('4', coalition, [], outletA, { stance: 'deny' })]);
    expect(denied).toMatchObject({ grade: 'CONTESTED', independentSourceCount: 1, denials: [{ id: '4' }] });
    expect(denied.reasons).toContain('Denied by International coalition: "claim 4"');
    const conflicting = gradeAgreement([...relayed, ev('5', sohr, [], outletA, { killed: 40 })]);
    expect(conflicting.grade).toBe('CONTESTED');
    expect(conflicting.reasons).toContain('Killed figures conflict: 23 (activists via AFP, in OUTLET-A) vs 40 (SOHR, in OUTLET-A).');
    expect(gradeAgreement([])).toMatchObject({ grade: 'SINGLE_SOURCE', independentSourceCount: 0, reasons: ['No claim backs it.', 'Fewer than two independent sources: not corroborated.'] });
  });

  it('compares claims of different sources only: denial vs assertion and incompatible figures contradict', () => {
    const a = ev('a', activists, [afp], outletA, { killed: 23 });
    expect(compareClaims(a, ev('b', activists, [afp], outletB, { killed: 40 })).relation).toBe('same-source');
    expect(compareClaims(a, ev('c', coalition, [], outletA, { stance: 'deny' }))).toEqual({ relation: 'contradicts', reasons: ['International coalition denies it.'] });
    expect(compareClaims(a, ev('d', sohr, [], outletA, { killed: 40 }))).toEqual({ relation: 'contradicts', reasons: ['SOHR gives 40 killed, this claim 23.'] });
    expect(compareClaims(a, ev('e', sohr, [], outletA, { killed: 25, qualifier: 'about' })).relation).toBe('corroborates');
  });
});
