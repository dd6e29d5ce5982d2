/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response shapes are checked by the assertions themselves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNetworkEdges } from '../../../src/db/network.repository.ts';
import { createGraphFixture } from '../helpers/graph-fixture.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';
import { createTestApi } from './helpers/create-test-api.ts';

const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

describe('lookups, lists, filters, network and search (fixture graph)', () => {
  const neo = new TestNeo4j();
  const api = createTestApi(() => neo.get());
  beforeAll(async () => {
    await neo.reset();
    await createGraphFixture(neo);
  });
  afterAll(async () => {
    await api.stop();
    await neo.close();
  });

  it('returns null for an unknown id and the actor with its relations for a known one', async () => {
    const d = await api.data(`{
      missing: actor(id: "nobody") { id }
      sdf: actor(id: "sdf") {
        id name nameEn kind aliases
        perpetrated { totalCount edges { node { id } } }
        targetedIn { edges { node { id } } }
        affiliations { role outgoing source actor { id } evidence { id } }
        claims { totalCount edges { node { id stance } } }
        asOutlet { id }
      }
      amaq: actor(id: "amaq") { affiliations { role outgoing actor { id } evidence { id } } asOutlet { id } }
    }`);
    expect(d.missing).toBeNull();
    expect(d.sdf).toMatchObject({ kind: 'ARMED_GROUP', aliases: ['قسد', 'قوات سوريا الديموقراطية'], asOutlet: null });
    expect(ids(d.sdf.perpetrated)).toEqual(['inc-hajin-clash']);
    expect(ids(d.sdf.targetedIn)).toEqual(['inc-raqqa-attack']);
    expect(d.sdf.affiliations).toEqual([{ role: 'backed_by', outgoing: true, source: 'lexicon', actor: { id: 'international-coalition' }, evidence: [] }]);
    expect(d.sdf.claims).toEqual({ totalCount: 1, edges: [{ node: { id: 'c-raqqa-sdf', stance: 'ANNOUNCE' } }] });
    expect(d.amaq).toEqual({ affiliations: [{ role: 'agency_of', outgoing: true, actor: { id: 'isis' }, evidence: [{ id: 'c-shaafa-amaq' }] }], asOutlet: { id: 'amaq' } });
  });

  it('pages actors with cursors, filters by kind, and finds them by Arabic alias', async () => {
    const first = await api.data('{ actors(kind: MEDIA, first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id kind } } } }');
    expect(first.actors.totalCount).toBe(8);
    expect(first.actors.edges).toHaveLength(3);
    expect(first.actors.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await api.data('query ($after: String) { actors(kind: MEDIA, first: 10, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }', {
      after: first.actors.pageInfo.endCursor,
    });
    expect(rest.actors.edges).toHaveLength(5);
    expect(rest.actors.pageInfo.hasNextPage).toBe(false);
    const all = [...ids(first.actors), ...ids(rest.actors)];
    expect(new Set(all).size).toBe(8);
    const found = await api.data('{ actors(search: "قسد") { edges { node { id } } } }');
    expect(ids(found.actors)[0]).toBe('sdf');
  });

  it('filters incidents by place (with everything PART_OF it), type, dates, actor, outlet and stance', async () => {
    const q = 'query ($f: IncidentFilter) { incidents(filter: $f) { totalCount edges { node { id } } } }';
    const list = async (f: Record<string, unknown>) => ids((await api.data(q, { f })).incidents).sort();
    expect(await list({})).toHaveLength(6);
    expect(await list({ locationId: 'deir-ez-zor-governorate' })).toEqual(['inc-baghuz-camp', 'inc-baghuz-strike', 'inc-hajin-clash', 'inc-jurdhi', 'inc-shaafa-hospital']);
    expect(await list({ locationId: 'hajin' })).toEqual(['inc-hajin-clash', 'inc-jurdhi', 'inc-shaafa-hospital']);
    expect(await list({ types: ['AIRSTRIKE'], locationId: 'hajin' })).toEqual(['inc-jurdhi', 'inc-shaafa-hospital']);
    expect(await list({ from: '2018-12', to: '2018-12' })).toEqual(['inc-hajin-clash', 'inc-jurdhi']);
    expect(await list({ to: '2018' })).toEqual(['inc-hajin-clash', 'inc-jurdhi', 'inc-raqqa-attack', 'inc-shaafa-hospital']);
    expect(await list({ actorId: 'isis' })).toEqual(['inc-hajin-clash', 'inc-raqqa-attack']);
    expect(await list({ outletId: 'step-news' })).toEqual(['inc-jurdhi']);
    expect(await list({ stance: 'DENY' })).toEqual(['inc-shaafa-hospital']);
    const ordered = ids((await api.data(q, { f: { locationId: 'hajin' } })).incidents);
    expect(ordered).toEqual(['inc-jurdhi', 'inc-hajin-clash', 'inc-shaafa-hospital']);
  });

  it('gives a place its parent, children and the incidents inside it, and finds places near a point', async () => {
    const d = await api.data(`{
      location(id: "hajin") {
        name nameEn kind latitude longitude
        parent { id parent { id } }
        children { totalCount edges { node { id } } }
        incidents(filter: { types: [CLASH] }) { edges { node { id } } }
      }
      locationsNear(lat: 34.62, lon: 40.88, km: 25) { distanceKm location { id } }
    }`);
    expect(d.location).toMatchObject({ nameEn: 'Hajin', kind: 'TOWN', latitude: 34.69, longitude: 40.83, parent: { id: 'deir-ez-zor-governorate', parent: { id: 'syria' } } });
    expect(ids(d.location.children).sort()).toEqual(['jurdhi-sharqi', 'shaafa']);
    expect(ids(d.location.incidents)).toEqual(['inc-hajin-clash']);
    expect(d.locationsNear.map((n: any) => n.location.id)).toEqual(['shaafa', 'hajin', 'baghuz', 'jurdhi-sharqi']);
    expect(d.locationsNear[0].distanceKm).toBe(0);
    expect(d.locationsNear[1].distanceKm).toBeGreaterThan(8);
  });

  it('shows an outlet’s claims, top sources and incidents, and compares two outlets’ figures', async () => {
    const d = await api.data(`{
      outlet(id: "enab-baladi") {
        name
        articles { totalCount }
        claims { totalCount }
        topSources { count actor { id } }
        incidents { edges { node { id } } }
      }
      notAnOutlet: outlet(id: "sdf") { id }
      compareOutlets(a: "horrya-press", b: "enab-baladi") {
        commonCount differingCount
        incidents { incident { id } figuresDiffer differences killedA { value } killedB { value source { id } } }
      }
    }`);
    expect(d.outlet).toMatchObject({ name: 'عنب بلدي', articles: { totalCount: 2 }, claims: { totalCount: 5 } });
    expect(d.outlet.topSources).toEqual([{ count: 3, actor: { id: 'sohr' } }, { count: 1, actor: { id: 'anon-activists' } }, { count: 1, actor: { id: 'sdf' } }]);
    expect(ids(d.outlet.incidents).sort()).toEqual(['inc-baghuz-camp', 'inc-baghuz-strike', 'inc-hajin-clash', 'inc-jurdhi', 'inc-raqqa-attack']);
    expect(d.notAnOutlet).toBeNull();
    expect(d.compareOutlets).toMatchObject({ commonCount: 2, differingCount: 1 });
    const camp = d.compareOutlets.incidents.find((i: any) => i.incident.id === 'inc-baghuz-camp');
    expect(camp).toMatchObject({ figuresDiffer: true, killedA: [{ value: 10 }], killedB: [{ value: 40, source: { id: 'sohr' } }] });
    expect(camp.differences[0]).toMatch(/^killed: 10 .* vs 40 /);
    expect(d.compareOutlets.incidents.find((i: any) => i.incident.id === 'inc-baghuz-strike').figuresDiffer).toBe(false);
  });

  it('builds the network of the SDF: the coalition (affiliation), ISIS (adversary both ways), and the US at depth 2', async () => {
    const q = `query ($depth: Int!, $relations: [NetworkRelation!]) { actorNetwork(id: "sdf", depth: $depth, relations: $relations) {
      center { id } truncated nodes { id } edges { source { id } target { id } relation role weight evidence { id } } } }`;
    const one = (await api.data(q, { depth: 1 })).actorNetwork;
    expect(one.center.id).toBe('sdf');
    expect(one.nodes.map((n: any) => n.id).sort()).toEqual(expect.arrayContaining(['international-coalition', 'isis', 'sdf']));
    expect(one.edges).toEqual(
      expect.arrayContaining([
        { source: { id: 'sdf' }, target: { id: 'international-coalition' }, relation: 'AFFILIATION', role: 'backed_by', weight: 1, evidence: [] },
        { source: { id: 'sdf' }, target: { id: 'isis' }, relation: 'ADVERSARY', role: null, weight: 1, evidence: [{ id: 'c-clash-sohr' }] },
        { source: { id: 'isis' }, target: { id: 'sdf' }, relation: 'ADVERSARY', role: null, weight: 1, evidence: [{ id: 'c-raqqa-sdf' }] },
      ]),
    );
    expect(one.nodes.map((n: any) => n.id)).not.toContain('usa');
    const two = (await api.data(q, { depth: 2, relations: ['AFFILIATION'] })).actorNetwork;
    expect(two.nodes.map((n: any) => n.id).sort()).toEqual(['international-coalition', 'sdf', 'usa']);
    expect(two.edges.every((e: any) => e.relation === 'AFFILIATION')).toBe(true);
  });

  it('reads edge evidence only when asked for it, and gives it through fragments and on paths', async () => {
    const withEvidence = await readNetworkEdges(neo.get(), ['sdf', 'isis'], ['AFFILIATION', 'ADVERSARY', 'CO_REPORTED'], 1000, true);
    const without = await readNetworkEdges(neo.get(), ['sdf', 'isis'], ['AFFILIATION', 'ADVERSARY', 'CO_REPORTED'], 1000, false);
    expect(withEvidence.some((e) => e.evidence.length > 0)).toBe(true);
    expect(without.every((e) => e.evidence.length === 0)).toBe(true);
    expect(without).toEqual(withEvidence.map((e) => ({ ...e, evidence: [] })));

    const d = await api.data(`fragment E on NetworkEdge { relation source { id } target { id } evidence { id } }
      { net: actorNetwork(id: "sdf") { edges { ...E } }
        bare: actorNetwork(id: "sdf") { edges { relation source { id } target { id } } }
        p: path(from: "sdf", to: "isis", relations: [ADVERSARY]) { edges { ... on NetworkEdge { evidence { id } } } } }`);
    expect(d.net.edges).toContainEqual({ relation: 'ADVERSARY', source: { id: 'isis' }, target: { id: 'sdf' }, evidence: [{ id: 'c-raqqa-sdf' }] });
    expect(d.bare.edges).toEqual(d.net.edges.map(({ evidence: _, ...e }: any) => e));
    expect(d.p.edges).toEqual([{ evidence: [{ id: expect.any(String) }] }]);
  });

  it('finds the shortest path between two actors, or null', async () => {
    const d = await api.data(`{
      short: path(from: "amaq", to: "usa") { length nodes { id } edges { relation } }
      p: path(from: "amaq", to: "usa", relations: [AFFILIATION, ADVERSARY]) { length nodes { id } edges { source { id } target { id } relation } }
      none: path(from: "amaq", to: "usa", maxLength: 3, relations: [AFFILIATION, ADVERSARY]) { length }
      co: path(from: "afp", to: "anon-activists", relations: [CO_REPORTED]) { length edges { relation } }
    }`);
    // amaq and the coalition are both sources of claims about the al-Shafa strike; the coalition is led by the US.
    expect(d.short).toEqual({
      length: 2,
      nodes: [{ id: 'amaq' }, { id: 'international-coalition' }, { id: 'usa' }],
      edges: [{ relation: 'CO_REPORTED' }, { relation: 'AFFILIATION' }],
    });
    expect(d.p.nodes.map((n: any) => n.id)).toEqual(['amaq', 'isis', 'sdf', 'international-coalition', 'usa']);
    expect(d.p.edges.map((e: any) => e.relation)).toEqual(['AFFILIATION', 'ADVERSARY', 'AFFILIATION', 'AFFILIATION']);
    expect(d.p.edges[0]).toEqual({ source: { id: 'amaq' }, target: { id: 'isis' }, relation: 'AFFILIATION' });
    expect(d.p.length).toBe(4);
    expect(d.none).toBeNull();
    expect(d.co).toEqual({ length: 1, edges: [{ relation: 'CO_REPORTED' }] });
  });

  it('searches Arabic names and claim text with typed hits, and escapes Lucene syntax', async () => {
    const d = await api.data(`{
      places: search(text: "الباغوز") { __typename ... on LocationHit { score location { id } } ... on ClaimHit { claim { id } } ... on IncidentHit { incident { id } } }
      actors: search(text: "قسد") { __typename ... on ActorHit { score actor { id } } }
      weird: search(text: "AFP) OR (* \\"x") { __typename }
    }`);
    expect(d.places.some((h: any) => h.__typename === 'LocationHit' && h.location.id === 'baghuz')).toBe(true);
    expect(d.places.some((h: any) => h.__typename === 'ClaimHit')).toBe(true);
    expect(d.places.some((h: any) => h.__typename === 'IncidentHit')).toBe(true);
    const sdf = d.actors.find((h: any) => h.__typename === 'ActorHit');
    expect(sdf).toMatchObject({ actor: { id: 'sdf' } });
    expect(sdf.score).toBeGreaterThan(0);
    expect(Array.isArray(d.weird)).toBe(true);
  });

  it('gives an article its outlet, claims in text order and mentions', async () => {
    const d = await api.data(`{ article(id: "art-004") { title publishedAt text loadedAt outlet { id }
      claims(first: 2) { totalCount edges { node { id } } } denials: claims(stance: DENY) { edges { node { id } } }
      mentions { count actor { id } location { id } } } }`);
    expect(d.article).toMatchObject({ publishedAt: '2018-12-01', loadedAt: '2026-01-01T00:00:00Z', outlet: { id: 'orient-news' } });
    expect(d.article.text).toMatch(/^نص /);
    expect(d.article.claims.totalCount).toBe(5);
    expect(ids(d.article.claims)).toEqual(['c-shaafa-outlet', 'c-shaafa-amaq']);
    expect(ids(d.article.denials)).toEqual(['c-shaafa-denial']);
    expect(d.article.mentions).toEqual([
      { count: 5, actor: { id: 'international-coalition' }, location: null },
      { count: 3, actor: null, location: { id: 'shaafa' } },
    ]);
  });
});
