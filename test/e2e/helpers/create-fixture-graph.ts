/**
 * A small hand-written graph in the shape of docs/graph-model.md, for the page mechanics: the SDF and its
 * affiliations, and one airstrike on Hajin reported by two outlets, one claim relayed through AFP, one denial.
 */
import type { TestNeo4j } from '../../integration/helpers/test-neo4j.ts';

const actors = [
  ['sdf', 'قوات سوريا الديمقراطية', 'Syrian Democratic Forces (SDF)', 'ARMED_GROUP', ['قسد', 'SDF']],
  ['ypg', 'وحدات حماية الشعب', "People's Protection Units (YPG)", 'ARMED_GROUP', ['YPG']],
  ['international-coalition', 'التحالف الدولي', 'International Coalition (US-led, CJTF-OIR)', 'ORGANIZATION', ['قوات التحالف']],
  ['usa', 'الولايات المتحدة', 'United States', 'STATE', ['أمريكا']],
  ['mazloum-abdi', 'مظلوم عبدي', 'Mazloum Abdi', 'PERSON', []],
  ['isis', 'تنظيم الدولة الإسلامية', 'Islamic State (ISIS)', 'ARMED_GROUP', ['داعش']],
  ['step-news', 'وكالة ستيب الإخبارية', 'Step News Agency', 'MEDIA', ['ستيب']],
  ['hurriya-press', 'حرية برس', 'Hurriya Press', 'MEDIA', []],
  ['afp', 'وكالة فرانس برس', 'Agence France-Presse (AFP)', 'MEDIA', ['فرانس برس']],
  ['sohr', 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights (SOHR)', 'ORGANIZATION', ['المرصد']],
  ['anon-activists', 'ناشطون', 'Activists', 'ANONYMOUS_SOURCE', []],
] as const;

const affiliations = [
  ['ypg', 'sdf', 'member_of'],
  ['sdf', 'international-coalition', 'backed_by'],
  ['sdf', 'usa', 'backed_by'],
  ['sdf', 'mazloum-abdi', 'led_by'],
  ['international-coalition', 'usa', 'led_by'],
] as const;

const claims = [
  { id: 'claim-step-1', articleId: 'article-step', text: 'وقال ناشطون لوكالة فرانس برس إن 23 مدنياً قتلوا في غارات التحالف على هجين.', stance: 'assert', killed: 23, victims: 'civilians', qualifier: null, source: 'anon-activists', relays: ['afp', 'step-news'] },
  { id: 'claim-hurriya-1', articleId: 'article-hurriya', text: 'وأفاد المرصد السوري بمقتل أكثر من 30 شخصاً في الغارات على بلدة هجين.', stance: 'assert', killed: 30, victims: null, qualifier: 'more_than', source: 'sohr', relays: ['hurriya-press'] },
  { id: 'claim-hurriya-2', articleId: 'article-hurriya', text: 'الأمر الذي ينفيه التحالف الدولي.', stance: 'deny', killed: null, victims: null, qualifier: null, source: 'international-coalition', relays: ['hurriya-press'] },
];

/** Given the test database, writes the fixture graph (after a reset) and returns the ids the tests look for. */
export async function createFixtureGraph(neo: TestNeo4j): Promise<{ actorId: string; incidentId: string; outletIds: string[] }> {
  await neo.run(
    `UNWIND $actors AS a
     CREATE (:Actor {id: a[0], name: a[1], nameEn: a[2], kind: a[3], aliases: a[4], aliasText: reduce(s = '', x IN a[4] | s + ' | ' + x), origin: 'lexicon'})`,
    { actors: actors.map((a) => [...a]) },
  );
  await neo.run(
    `UNWIND $rows AS r MATCH (s:Actor {id: r[0]}), (t:Actor {id: r[1]})
     CREATE (s)-[:AFFILIATED_WITH {role: r[2], source: 'lexicon', claimIds: []}]->(t)`,
    { rows: affiliations.map((a) => [...a]) },
  );
  await neo.run(
    `CREATE (g:Location {id: 'deir-ez-zor', name: 'دير الزور', nameEn: 'Deir ez-Zor', kind: 'governorate', aliases: [], aliasText: '', point: point({latitude: 35.33, longitude: 40.14}), origin: 'lexicon'})
     CREATE (h:Location {id: 'hajin', name: 'هجين', nameEn: 'Hajin', kind: 'town', aliases: [], aliasText: '', point: point({latitude: 34.69, longitude: 40.83}), origin: 'lexicon'})-[:PART_OF]->(g)
     CREATE (i:Incident {id: 'incident-hajin-airstrike', type: 'airstrike', date: '2018-11-30', dateText: 'يوم أمس الجمعة', datePrecision: 'day', locationPrecision: 'place', summary: 'غارات للتحالف الدولي على بلدة هجين', mergedFrom: [], mergeReasons: []})-[:OCCURRED_IN]->(h)
     WITH i MATCH (c:Actor {id: 'international-coalition'}), (isis:Actor {id: 'isis'})
     CREATE (c)-[:PERPETRATED]->(i), (i)-[:TARGETED]->(isis)`,
  );
  await neo.run(
    `UNWIND [['article-step', 'step-news', '2018-12-01'], ['article-hurriya', 'hurriya-press', '2018-12-01']] AS a
     MATCH (o:Actor {id: a[1]})
     CREATE (:Article {id: a[0], title: null, url: 'https://example.org/' + a[0], publishedAt: a[2], language: 'ar', text: '…', contentHash: a[0], file: a[0] + '.txt', outletId: a[1], loadedAt: '2024-01-01T00:00:00Z'})-[:PUBLISHED_BY]->(o)`,
  );
  await neo.run(
    `UNWIND $claims AS c
     MATCH (art:Article {id: c.articleId}), (i:Incident {id: 'incident-hajin-airstrike'}), (src:Actor {id: c.source})
     CREATE (cl:Claim {id: c.id, articleId: c.articleId, text: c.text, start: 0, end: size(c.text), stance: c.stance,
       killed: c.killed, injured: null, casualties: null, captured: null, displaced: null, victims: c.victims, qualifier: c.qualifier, vague: false})
     CREATE (art)-[:CONTAINS]->(cl), (cl)-[:ABOUT]->(i), (cl)-[:ATTRIBUTED_TO]->(src)
     WITH cl, c UNWIND range(0, size(c.relays) - 1) AS n
     MATCH (r:Actor {id: c.relays[n]})
     CREATE (cl)-[:RELAYED_BY {hop: n + 1}]->(r)`,
    { claims },
  );
  return { actorId: 'sdf', incidentId: 'incident-hajin-airstrike', outletIds: ['step-news', 'hurriya-press'] };
}
