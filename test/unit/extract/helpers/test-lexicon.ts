/**
 * Test helper: a lexicon of actors and places written for the tests (none of them taken from the seed articles'
 * gold), compiled with the project's own pattern, unnamed-source and boilerplate data files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLexicon } from '../../../../src/extract/lexicon/compile-lexicon.ts';
import type {
  ActorEntry,
  AnonymousSourceEntry,
  BoilerplateMarkers,
  EntityPatterns,
  Lexicon,
  LexiconSources,
  LocationEntry,
} from '../../../../src/extract/lexicon/lexicon-types.ts';

const LEXICON_DIR = path.resolve(import.meta.dirname, '../../../../seeds/lexicon');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(LEXICON_DIR, name), 'utf8')) as T;

/** Actors of the test lexicon. */
export const TEST_ACTORS: ActorEntry[] = [
  {
    id: 'hts',
    kind: 'armed_group',
    name: 'هيئة تحرير الشام',
    nameEn: 'Hayat Tahrir al-Sham',
    aliases: ['تحرير الشام'],
  },
  {
    id: 'sna',
    kind: 'armed_group',
    name: 'الجيش الوطني السوري',
    nameEn: 'Syrian National Army',
    aliases: ['الجيش الوطني'],
  },
  { id: 'ypg', kind: 'armed_group', name: 'وحدات حماية الشعب', nameEn: 'YPG', aliases: ['الوحدات الكردية'] },
  {
    id: 'hezbollah',
    kind: 'armed_group',
    name: 'حزب الله',
    nameEn: 'Hezbollah',
    aliases: ['ميليشيا حزب الله'],
  },
  {
    id: 'isis',
    kind: 'armed_group',
    name: 'تنظيم الدولة الإسلامية',
    nameEn: 'ISIS',
    aliases: ['تنظيم الدولة', 'داعش'],
  },
  {
    id: 'sdf',
    kind: 'armed_group',
    name: 'قوات سوريا الديمقراطية',
    nameEn: 'SDF',
    aliases: ['قسد', 'قوات سوريا الديموقراطية'],
  },
  {
    id: 'white-helmets',
    kind: 'organization',
    name: 'الدفاع المدني السوري',
    nameEn: 'White Helmets',
    aliases: ['الخوذ البيضاء', 'الدفاع المدني'],
  },
  {
    id: 'sarc',
    kind: 'organization',
    name: 'الهلال الأحمر العربي السوري',
    nameEn: 'SARC',
    aliases: ['الهلال الأحمر'],
  },
  {
    id: 'coalition',
    kind: 'organization',
    name: 'التحالف الدولي',
    nameEn: 'International Coalition',
    aliases: ['التحالف', 'قوات التحالف', 'طيران التحالف'],
  },
  { id: 'enab-baladi', kind: 'media', name: 'عنب بلدي', nameEn: 'Enab Baladi' },
  { id: 'al-jazeera', kind: 'media', name: 'الجزيرة', nameEn: 'Al Jazeera', aliases: ['قناة الجزيرة'] },
  { id: 'reuters', kind: 'media', name: 'رويترز', nameEn: 'Reuters', aliases: ['وكالة رويترز'] },
  { id: 'russia', kind: 'state', name: 'روسيا', nameEn: 'Russia', aliases: ['موسكو', 'الكرملين'] },
  { id: 'turkish-government', kind: 'state', name: 'تركيا', nameEn: 'Turkey', aliases: ['أنقرة'] },
  { id: 'france', kind: 'state', name: 'فرنسا', nameEn: 'France', aliases: ['باريس'] },
  { id: 'usa', kind: 'state', name: 'الولايات المتحدة', nameEn: 'United States', aliases: ['واشنطن'] },
  {
    id: 'syrian-government',
    kind: 'state',
    name: 'النظام السوري',
    nameEn: 'Syrian government',
    aliases: ['النظام', 'قوات النظام', 'حكومة النظام'],
  },
  {
    id: 'bashar-al-assad',
    kind: 'person',
    name: 'بشار الأسد',
    nameEn: 'Bashar al-Assad',
    aliases: ['رأس النظام'],
  },
];

/** Places of the test lexicon. */
export const TEST_LOCATIONS: LocationEntry[] = [
  { id: 'syria', kind: 'country', name: 'سوريا', nameEn: 'Syria', aliases: ['سورية'], partOf: null },
  { id: 'idlib', kind: 'governorate', name: 'إدلب', nameEn: 'Idlib', aliases: ['ادلب'], partOf: 'syria' },
  { id: 'aleppo', kind: 'governorate', name: 'حلب', nameEn: 'Aleppo', aliases: [], partOf: 'syria' },
  { id: 'raqqa', kind: 'governorate', name: 'الرقة', nameEn: 'Raqqa', aliases: [], partOf: 'syria' },
  { id: 'saraqib', kind: 'town', name: 'سراقب', nameEn: 'Saraqib', aliases: [], partOf: 'idlib' },
  {
    id: 'maarat-al-numan',
    kind: 'city',
    name: 'معرة النعمان',
    nameEn: 'Maarat al-Numan',
    aliases: [],
    partOf: 'idlib',
  },
  {
    id: 'jisr-al-shughur',
    kind: 'city',
    name: 'جسر الشغور',
    nameEn: 'Jisr al-Shughur',
    aliases: [],
    partOf: 'idlib',
  },
  {
    id: 'deir-ez-zor',
    kind: 'governorate',
    name: 'دير الزور',
    nameEn: 'Deir ez-Zor',
    aliases: [],
    partOf: 'syria',
  },
  { id: 'manbij', kind: 'city', name: 'منبج', nameEn: 'Manbij', aliases: [], partOf: 'aleppo' },
  { id: 'afrin', kind: 'city', name: 'عفرين', nameEn: 'Afrin', aliases: [], partOf: 'aleppo' },
  { id: 'tal-abyad', kind: 'town', name: 'تل أبيض', nameEn: 'Tal Abyad', aliases: [], partOf: 'raqqa' },
  {
    id: 'euphrates',
    kind: 'region',
    name: 'نهر الفرات',
    nameEn: 'Euphrates',
    aliases: ['الفرات'],
    partOf: 'syria',
  },
];

/** Given optional extra entries, returns the raw sources of the test lexicon. */
export function createTestSources(extra: Partial<LexiconSources> = {}): LexiconSources {
  const dates = readJson<{ months: Record<string, number> }>('date-words.json');
  return {
    actors: TEST_ACTORS,
    locations: TEST_LOCATIONS,
    anonymous: readJson<AnonymousSourceEntry[]>('anonymous-sources.json'),
    patterns: readJson<EntityPatterns>('entity-patterns.json'),
    boilerplate: readJson<BoilerplateMarkers>('boilerplate.json'),
    months: dates.months,
    ...extra,
  };
}

let cached: Lexicon | null = null;

/** Given nothing, returns the compiled test lexicon (compiled once per test file). */
export function getTestLexicon(): Lexicon {
  cached ??= compileLexicon(createTestSources());
  return cached;
}
