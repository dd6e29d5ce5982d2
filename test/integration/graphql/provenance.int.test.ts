/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response shapes are checked by the assertions themselves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphFixture } from '../helpers/graph-fixture.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';
import { createTestApi } from './helpers/create-test-api.ts';

const INCIDENT = `query ($id: ID!) {
  incident(id: $id) {
    id type date
    location { id parent { id } }
    actors { role actor { id } }
    reportedBy { id }
    provenance {
      stance killed
      claim { id }
      source { id kind }
      relays { hop actor { id } }
      outlet { id }
      article { id publishedAt }
      independentSource { id }
      chain { position role actor { id } article { id } }
    }
    figures {
      killed { min max conflicting values { value qualifier vague source { id } via { id } outlet { id } claim { id } } }
      injured { min max values { value } }
    }
    agreement { grade independentSourceCount independentSources { actor { id } claims { id } outlets { id } } denials { id } reasons }
  }
}`;

describe('provenance of incidents and claims (fixture graph)', () => {
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

  it('lists every claim about the al-Shafa hospital strike with source, relays, outlet, figures and the denial', async () => {
    const { incident } = await api.data(INCIDENT, { id: 'inc-shaafa-hospital' });
    expect(incident).toMatchObject({ type: 'AIRSTRIKE', date: '2018-11-30', location: { id: 'shaafa', parent: { id: 'hajin' } } });
    expect(incident.actors).toEqual([{ role: 'PERPETRATOR', actor: { id: 'international-coalition' } }]);
    expect(incident.reportedBy).toEqual([{ id: 'orient-news' }]);
    const byClaim = Object.fromEntries(incident.provenance.map((p: any) => [p.claim.id, p]));
    expect(Object.keys(byClaim).sort()).toEqual(['c-shaafa-amaq', 'c-shaafa-denial', 'c-shaafa-dez24', 'c-shaafa-outlet', 'c-shaafa-sana']);
    expect(byClaim['c-shaafa-sana']).toMatchObject({
      stance: 'ASSERT',
      killed: 30,
      source: { id: 'anon-residents-sources', kind: 'ANONYMOUS_SOURCE' },
      relays: [{ hop: 1, actor: { id: 'sana' } }],
      outlet: { id: 'orient-news' },
      article: { id: 'art-004', publishedAt: '2018-12-01' },
      independentSource: { id: 'sana' },
    });
    expect(byClaim['c-shaafa-sana'].chain.map((s: any) => [s.role, s.actor?.id ?? s.article?.id])).toEqual([
      ['SOURCE', 'anon-residents-sources'],
      ['RELAY', 'sana'],
      ['OUTLET', 'orient-news'],
      ['ARTICLE', 'art-004'],
    ]);
    expect(byClaim['c-shaafa-denial']).toMatchObject({ stance: 'DENY', source: { id: 'international-coalition' } });
    expect(byClaim['c-shaafa-outlet']).toMatchObject({ source: null, independentSource: { id: 'orient-news' } });

    expect(incident.figures.killed).toMatchObject({ min: 3, max: 30, conflicting: false });
    expect(incident.figures.killed.values).toEqual([
      { value: 3, qualifier: null, vague: true, source: null, via: [], outlet: { id: 'orient-news' }, claim: { id: 'c-shaafa-outlet' } },
      { value: 30, qualifier: 'about', vague: false, source: { id: 'anon-residents-sources' }, via: [{ id: 'sana' }], outlet: { id: 'orient-news' }, claim: { id: 'c-shaafa-sana' } },
    ]);
    expect(incident.figures.injured).toEqual({ min: null, max: null, values: [] });

    expect(incident.agreement).toMatchObject({ grade: 'CONTESTED', independentSourceCount: 4, denials: [{ id: 'c-shaafa-denial' }] });
    expect(incident.agreement.independentSources.map((s: any) => s.actor.id).sort()).toEqual(['amaq', 'deir-ez-zor-24', 'orient-news', 'sana']);
    expect(incident.agreement.reasons.join('\n')).toMatch(/Denied by International coalition/);
  });

  it('counts two outlets relaying the same AFP report about al-Jurdhi al-Sharqi once: SINGLE_SOURCE', async () => {
    const { incident } = await api.data(INCIDENT, { id: 'inc-jurdhi' });
    expect(incident.reportedBy.map((o: any) => o.id).sort()).toEqual(['enab-baladi', 'step-news']);
    expect(incident.agreement).toMatchObject({
      grade: 'SINGLE_SOURCE',
      independentSourceCount: 1,
      independentSources: [{ actor: { id: 'afp' }, claims: [{ id: 'c-jurdhi-enab' }, { id: 'c-jurdhi-step' }] }],
    });
    expect(incident.agreement.independentSources[0].outlets.map((o: any) => o.id).sort()).toEqual(['enab-baladi', 'step-news']);
    expect(incident.agreement.reasons).toContain('2 claims in 2 outlets (Enab Baladi, Step News Agency) go back to AFP: counted once.');
    expect(incident.figures.killed).toMatchObject({ min: 23, max: 23, conflicting: false });
  });

  it('grades two independent sources with compatible figures CORROBORATED, and conflicting figures CONTESTED', async () => {
    const strike = (await api.data(INCIDENT, { id: 'inc-baghuz-strike' })).incident;
    expect(strike.agreement).toMatchObject({ grade: 'CORROBORATED', independentSourceCount: 2, denials: [] });
    expect(strike.agreement.reasons).toContain('The 2 killed figures are consistent (8 to 10).');
    const camp = (await api.data(INCIDENT, { id: 'inc-baghuz-camp' })).incident;
    expect(camp.agreement.grade).toBe('CONTESTED');
    expect(camp.figures.killed).toMatchObject({ min: 10, max: 40, conflicting: true });
    expect(camp.agreement.reasons.join('\n')).toMatch(/Killed figures conflict: 10 \(local sources, in Horrya Press\) vs 40 \(Syrian Observatory/);
  });

  it('gives a claim its chain source -> relay -> outlet -> article, and its corroborations and contradictions', async () => {
    const { jurdhi, sana, horrya, camp } = await api.data(`{
      jurdhi: claim(id: "c-jurdhi-enab") { chain { position role hop actor { id } article { id title } } source { id } relays { hop actor { id } } outlet { id } article { id } incident { id } }
      sana: claim(id: "c-shaafa-sana") { contradictions { claim { id } reasons } corroborations { claim { id } } }
      horrya: claim(id: "c-baghuz-horrya") { corroborations { claim { id } reasons } contradictions { claim { id } } }
      camp: claim(id: "c-camp-horrya") { contradictions { claim { id } reasons } }
    }`);
    expect(jurdhi.chain).toEqual([
      { position: 1, role: 'SOURCE', hop: null, actor: { id: 'anon-activists' }, article: null },
      { position: 2, role: 'RELAY', hop: 1, actor: { id: 'afp' }, article: null },
      { position: 3, role: 'OUTLET', hop: null, actor: { id: 'enab-baladi' }, article: null },
      { position: 4, role: 'ARTICLE', hop: null, actor: null, article: { id: 'art-003', title: 'مقتل 23 مدنيا في دير الزور' } },
    ]);
    expect(jurdhi).toMatchObject({ source: { id: 'anon-activists' }, outlet: { id: 'enab-baladi' }, article: { id: 'art-003' }, incident: { id: 'inc-jurdhi' } });
    expect(jurdhi.relays).toEqual([{ hop: 1, actor: { id: 'afp' } }, { hop: 2, actor: { id: 'enab-baladi' } }]);
    expect(sana.contradictions).toEqual([{ claim: { id: 'c-shaafa-denial' }, reasons: ['International coalition denies it.'] }]);
    expect(sana.corroborations.map((c: any) => c.claim.id).sort()).toEqual(['c-shaafa-amaq', 'c-shaafa-dez24', 'c-shaafa-outlet']);
    expect(horrya.corroborations).toEqual([{ claim: { id: 'c-baghuz-sohr' }, reasons: ['Syrian Observatory for Human Rights (SOHR) also reports it.', 'killed figures compatible: 10 and 8.'] }]);
    expect(horrya.contradictions).toEqual([]);
    expect(camp.contradictions).toEqual([{ claim: { id: 'c-camp-sohr' }, reasons: ['Syrian Observatory for Human Rights (SOHR) gives 40 killed, this claim 10.'] }]);
  });
});
