/**
 * A small hand-written graph that follows docs/graph-model.md exactly (labels, properties, relationships and
 * their properties), modelled on the seeds: the strike on a hospital in al-Shafa with a denial, the 23
 * civilians of al-Jurdhi al-Sharqi relayed by AFP in two outlets, a corroborated strike and a contested one on
 * al-Baghuz, an SDF-ISIS clash. Used by the GraphQL integration tests independently of the extractor.
 */
import { refreshDerivedRelationships } from '../../../src/load/refresh-derived-relationships.ts';
import type { TestNeo4j } from './test-neo4j.ts';

type Actor = { id: string; name: string; nameEn: string | null; kind: string; aliases: string[] };
type Place = { id: string; name: string; nameEn: string; kind: string; lat: number; lon: number; partOf: string | null };
type Claim = {
  id: string;
  article: string;
  text: string;
  start: number;
  stance: 'assert' | 'deny' | 'accuse' | 'announce';
  source: string | null;
  via: string[];
  incident: string | null;
  killed?: number;
  injured?: number;
  casualties?: number;
  qualifier?: string;
  vague?: boolean;
  victims?: string;
};

const actor = (id: string, kind: string, name: string, nameEn: string | null, aliases: string[] = []): Actor => ({ id, name, nameEn, kind, aliases });

export const FIXTURE_ACTORS: Actor[] = [
  actor('international-coalition', 'ORGANIZATION', 'التحالف الدولي', 'International coalition', ['قوات التحالف', 'طيران التحالف']),
  actor('usa', 'STATE', 'الولايات المتحدة الأمريكية', 'United States'),
  actor('sdf', 'ARMED_GROUP', 'قوات سوريا الديمقراطية', 'Syrian Democratic Forces (SDF)', ['قسد', 'قوات سوريا الديموقراطية']),
  actor('isis', 'ARMED_GROUP', 'تنظيم الدولة الإسلامية', 'Islamic State (ISIS)', ['داعش', 'تنظيم الدولة']),
  actor('afp', 'MEDIA', 'وكالة فرانس برس', 'AFP', ['فرانس برس']),
  actor('sana', 'MEDIA', 'وكالة سانا', 'SANA', ['سانا']),
  actor('amaq', 'MEDIA', 'وكالة أعماق', 'Amaq', ['أعماق']),
  actor('deir-ez-zor-24', 'MEDIA', 'دير الزور 24', 'Deir ez-Zor 24'),
  actor('step-news', 'MEDIA', 'وكالة ستيب الإخبارية', 'Step News Agency', ['ستيب نيوز']),
  actor('horrya-press', 'MEDIA', 'حرية برس', 'Horrya Press'),
  actor('orient-news', 'MEDIA', 'أورينت نت', 'Orient News'),
  actor('enab-baladi', 'MEDIA', 'عنب بلدي', 'Enab Baladi'),
  actor('sohr', 'ORGANIZATION', 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights (SOHR)', ['المرصد السوري']),
  actor('anon-activists', 'ANONYMOUS_SOURCE', 'نشطاء', 'activists'),
  actor('anon-residents-sources', 'ANONYMOUS_SOURCE', 'مصادر أهلية', 'residents'),
  actor('anon-local-sources', 'ANONYMOUS_SOURCE', 'مصادر محلية', 'local sources'),
];

export const FIXTURE_PLACES: Place[] = [
  { id: 'syria', name: 'سوريا', nameEn: 'Syria', kind: 'country', lat: 34.8, lon: 38.99, partOf: null },
  { id: 'deir-ez-zor-governorate', name: 'محافظة دير الزور', nameEn: 'Deir ez-Zor Governorate', kind: 'governorate', lat: 35.33, lon: 40.14, partOf: 'syria' },
  { id: 'hajin', name: 'هجين', nameEn: 'Hajin', kind: 'town', lat: 34.69, lon: 40.83, partOf: 'deir-ez-zor-governorate' },
  { id: 'shaafa', name: 'الشعفة', nameEn: 'al-Shafa', kind: 'town', lat: 34.62, lon: 40.88, partOf: 'hajin' },
  { id: 'jurdhi-sharqi', name: 'الجرذي الشرقي', nameEn: 'al-Jurdhi al-Sharqi', kind: 'village', lat: 34.76, lon: 40.72, partOf: 'hajin' },
  { id: 'baghuz', name: 'الباغوز', nameEn: 'al-Baghuz', kind: 'village', lat: 34.45, lon: 40.94, partOf: 'deir-ez-zor-governorate' },
  { id: 'raqqa', name: 'الرقة', nameEn: 'Raqqa', kind: 'city', lat: 35.95, lon: 39.01, partOf: 'syria' },
];

export const FIXTURE_ARTICLES = [
  { id: 'art-004', title: 'التحالف الدولي يرسل تعزيزات عسكرية جديدة لقتال تنظيم داعش في دير الزور', publishedAt: '2018-12-01', outlet: 'orient-news', file: '004.txt' },
  { id: 'art-003', title: 'مقتل 23 مدنيا في دير الزور', publishedAt: '2018-12-12', outlet: 'enab-baladi', file: '003.txt' },
  { id: 'art-005', title: 'غارات للتحالف على الجرذي الشرقي', publishedAt: '2018-12-12', outlet: 'step-news', file: '005.txt' },
  { id: 'art-002', title: 'مجزرة مروعة شرقي ديرالزور', publishedAt: '2019-02-11', outlet: 'horrya-press', file: '002.txt' },
  { id: 'art-006', title: 'الباغوز تحت القصف', publishedAt: '2019-02-12', outlet: 'enab-baladi', file: '006.txt' },
];

export const FIXTURE_INCIDENTS = [
  { id: 'inc-shaafa-hospital', type: 'airstrike', date: '2018-11-30', place: 'shaafa', perpetrators: ['international-coalition'], targets: [], summary: 'قتل عدد من المدنيين وأصيب آخرون جراء غارات شنها طيران التحالف الدولي على أحد مشافي بلدة الشعفة' },
  { id: 'inc-jurdhi', type: 'airstrike', date: '2018-12-11', place: 'jurdhi-sharqi', perpetrators: ['international-coalition'], targets: [], summary: 'قتل 23 مدنيًا يوم أمس جراء غارات للتحالف الدولي على قرية الجرذي الشرقي' },
  { id: 'inc-hajin-clash', type: 'clash', date: '2018-12-10', place: 'hajin', perpetrators: ['sdf'], targets: ['isis'], summary: 'اشتباكات بين قوات سوريا الديمقراطية وتنظيم الدولة في هجين' },
  { id: 'inc-baghuz-strike', type: 'airstrike', date: '2019-02-11', place: 'baghuz', perpetrators: ['international-coalition'], targets: [], summary: 'غارات جوية مكثفة على بلدة الباغوز' },
  { id: 'inc-baghuz-camp', type: 'shelling', date: '2019-02-11', place: 'baghuz', perpetrators: ['international-coalition'], targets: [], summary: 'قصف مخيم للمدنيين على أطراف قرية الباغوز' },
  { id: 'inc-raqqa-attack', type: 'attack', date: '2018-06-01', place: 'raqqa', perpetrators: ['isis'], targets: ['sdf'], summary: 'هجوم لتنظيم الدولة على مواقع قسد في الرقة' },
];

export const FIXTURE_CLAIMS: Claim[] = [
  { id: 'c-shaafa-outlet', article: 'art-004', start: 100, stance: 'assert', source: null, via: [], incident: 'inc-shaafa-hospital', killed: 3, vague: true, victims: 'civilians',
    text: 'إلى ذلك، قتل عدد من المدنيين وأصيب آخرون جراء غارات شنها طيران التحالف الدولي على أحد مشافي بلدة الشعفة.' },
  { id: 'c-shaafa-amaq', article: 'art-004', start: 200, stance: 'assert', source: 'amaq', via: ['orient-news'], incident: 'inc-shaafa-hospital',
    text: 'وعرضت وكالة أعماق التابعة للتنظيم تسجيلا مصورا يظهر الدمار الذي تعرض له مشفى بلدة الشعفة.' },
  { id: 'c-shaafa-sana', article: 'art-004', start: 300, stance: 'assert', source: 'anon-residents-sources', via: ['sana', 'orient-news'], incident: 'inc-shaafa-hospital', killed: 30, qualifier: 'about', victims: 'civilians',
    text: 'ونقلت وكالة سانا عن مصادر أهلية في دير الزور أن طيران التحالف ارتكب مجزرة جديدة وأسفرت عن مقتل نحو 30 مدنيا.' },
  { id: 'c-shaafa-dez24', article: 'art-004', start: 400, stance: 'assert', source: 'deir-ez-zor-24', via: ['orient-news'], incident: 'inc-shaafa-hospital',
    text: 'كما قالت شبكة دير الزور 24 إن طيران يعتقد أنه تابع للتحالف الدولي استهدف أحد المشافي الميدانية في بلدة الشعفة.' },
  { id: 'c-shaafa-denial', article: 'art-004', start: 500, stance: 'deny', source: 'international-coalition', via: ['orient-news'], incident: 'inc-shaafa-hospital',
    text: 'وكان التحالف الدولي قد نفى استهداف مدنيين خلال قصفه لمناطق تابعة لتنظيم داعش في منطقة هجين.' },
  { id: 'c-jurdhi-enab', article: 'art-003', start: 50, stance: 'assert', source: 'anon-activists', via: ['afp', 'enab-baladi'], incident: 'inc-jurdhi', killed: 23, victims: 'civilians',
    text: 'قتل 23 مدنيًا يوم أمس بينهم ثمانية أطفال جراء غارات للتحالف الدولي على قرية الجرذي الشرقي، بحسب ما نقلت وكالة فرانس برس عن نشطاء.' },
  { id: 'c-jurdhi-step', article: 'art-005', start: 50, stance: 'assert', source: 'anon-activists', via: ['afp', 'step-news'], incident: 'inc-jurdhi', killed: 23, victims: 'civilians',
    text: 'قالت وكالة فرانس برس نقلا عن نشطاء إن 23 مدنيا قتلوا في غارات على الجرذي الشرقي.' },
  { id: 'c-clash-sohr', article: 'art-003', start: 600, stance: 'assert', source: 'sohr', via: ['enab-baladi'], incident: 'inc-hajin-clash', killed: 25, victims: 'fighters',
    text: 'وقال المرصد السوري لحقوق الإنسان إن تنظيم الدولة يستميت في صد تقدم قوات سوريا الديموقراطية في هجين.' },
  { id: 'c-baghuz-horrya', article: 'art-002', start: 100, stance: 'assert', source: 'anon-local-sources', via: ['horrya-press'], incident: 'inc-baghuz-strike', killed: 10, victims: 'civilians',
    text: 'وأفادت مصادر محلية لحرية برس أن عشرة مدنيين استشهدوا نتيجة غارات جوية مكثفة على بلدة الباغوز.' },
  { id: 'c-baghuz-sohr', article: 'art-006', start: 100, stance: 'assert', source: 'sohr', via: ['enab-baladi'], incident: 'inc-baghuz-strike', killed: 8, qualifier: 'at_least', victims: 'civilians',
    text: 'وقال المرصد السوري إن ثمانية مدنيين على الأقل قتلوا في غارات على الباغوز.' },
  { id: 'c-camp-horrya', article: 'art-002', start: 300, stance: 'assert', source: 'anon-local-sources', via: ['horrya-press'], incident: 'inc-baghuz-camp', killed: 10, victims: 'civilians',
    text: 'وأضافت المصادر أن قوات التحالف الدولي استهدفت بقذائف المدفعية مخيماً للمدنيين على أطراف قرية الباغوز.' },
  { id: 'c-camp-sohr', article: 'art-006', start: 300, stance: 'assert', source: 'sohr', via: ['enab-baladi'], incident: 'inc-baghuz-camp', killed: 40, victims: 'civilians',
    text: 'وقال المرصد السوري إن 40 مدنيا قتلوا في قصف المخيم.' },
  { id: 'c-raqqa-sdf', article: 'art-006', start: 500, stance: 'announce', source: 'sdf', via: ['enab-baladi'], incident: 'inc-raqqa-attack',
    text: 'وأعلنت قسد صد هجوم لتنظيم الدولة على مواقعها في الرقة.' },
];

/** Given the TestNeo4j (already reset), creates the fixture graph, with its derived relationships (CO_REPORTED, ADVERSARY_OF). */
export async function createGraphFixture(neo: TestNeo4j): Promise<void> {
  await neo.run(
    `UNWIND $actors AS a
     CREATE (:Actor {id: a.id, name: a.name, nameEn: a.nameEn, kind: a.kind, aliases: a.aliases,
       aliasText: reduce(s = '', x IN a.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x), origin: 'lexicon'})`,
    { actors: FIXTURE_ACTORS },
  );
  await neo.run(
    `MATCH (s:Actor {id: 'sdf'}), (c:Actor {id: 'international-coalition'}), (u:Actor {id: 'usa'}), (m:Actor {id: 'amaq'}), (i:Actor {id: 'isis'})
     CREATE (s)-[:AFFILIATED_WITH {role: 'backed_by', source: 'lexicon', claimIds: []}]->(c),
            (c)-[:AFFILIATED_WITH {role: 'led_by', source: 'lexicon', claimIds: []}]->(u),
            (m)-[:AFFILIATED_WITH {role: 'agency_of', source: 'article', claimIds: ['c-shaafa-amaq']}]->(i)`,
  );
  await neo.run(
    `UNWIND $places AS p
     CREATE (:Location {id: p.id, name: p.name, nameEn: p.nameEn, kind: p.kind, aliases: [], aliasText: '',
       point: point({latitude: p.lat, longitude: p.lon}), origin: 'lexicon'})
     WITH p WHERE p.partOf IS NOT NULL
     MATCH (c:Location {id: p.id}), (parent:Location {id: p.partOf})
     CREATE (c)-[:PART_OF]->(parent)`,
    { places: FIXTURE_PLACES },
  );
  await neo.run(
    `UNWIND $articles AS a
     MATCH (o:Actor {id: a.outlet})
     CREATE (r:Article {id: a.id, title: a.title, url: 'https://example.org/' + a.id, publishedAt: a.publishedAt, language: 'ar',
       text: 'نص ' + a.title, contentHash: a.id, file: a.file, outletId: a.outlet, loadedAt: '2026-01-01T00:00:00Z'})
     CREATE (r)-[:PUBLISHED_BY]->(o)`,
    { articles: FIXTURE_ARTICLES },
  );
  await neo.run(
    `UNWIND $incidents AS x
     MATCH (l:Location {id: x.place})
     CREATE (i:Incident {id: x.id, type: x.type, date: x.date, dateText: x.date, datePrecision: 'day', locationPrecision: 'place',
       summary: x.summary, mergedFrom: [x.id], mergeReasons: []})
     CREATE (i)-[:OCCURRED_IN]->(l)
     WITH i, x
     CALL (i, x) { UNWIND x.perpetrators AS p MATCH (a:Actor {id: p}) CREATE (a)-[:PERPETRATED]->(i) }
     CALL (i, x) { UNWIND x.targets AS t MATCH (a:Actor {id: t}) CREATE (i)-[:TARGETED]->(a) }`,
    { incidents: FIXTURE_INCIDENTS },
  );
  await neo.run(
    `UNWIND $claims AS x
     MATCH (r:Article {id: x.article})
     CREATE (c:Claim {id: x.id, articleId: x.article, text: x.text, start: x.start, end: x.start + size(x.text), stance: x.stance,
       killed: x.killed, injured: x.injured, casualties: x.casualties, captured: null, displaced: null, victims: x.victims,
       qualifier: x.qualifier, vague: coalesce(x.vague, false)})
     CREATE (r)-[:CONTAINS]->(c)
     WITH c, x
     CALL (c, x) { WITH c, x WHERE x.source IS NOT NULL MATCH (s:Actor {id: x.source}) CREATE (c)-[:ATTRIBUTED_TO]->(s) }
     CALL (c, x) { UNWIND range(0, size(x.via) - 1) AS k MATCH (v:Actor {id: x.via[k]}) CREATE (c)-[:RELAYED_BY {hop: k + 1}]->(v) }
     CALL (c, x) { WITH c, x WHERE x.incident IS NOT NULL MATCH (i:Incident {id: x.incident}) CREATE (c)-[:ABOUT]->(i) }`,
    { claims: FIXTURE_CLAIMS.map((c) => ({ killed: null, injured: null, casualties: null, qualifier: null, vague: null, victims: null, ...c })) },
  );
  await neo.run(
    `MATCH (r:Article {id: 'art-004'}), (c:Actor {id: 'international-coalition'}), (s:Location {id: 'shaafa'})
     CREATE (r)-[:MENTIONS {count: 5}]->(c), (r)-[:MENTIONS {count: 3}]->(s)`,
  );
  // Derived from the claims above, as the loader does (docs/graph-model.md).
  await refreshDerivedRelationships(neo.get(), 'all');
}
