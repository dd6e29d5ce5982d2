import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/extract/normalize/normalize-arabic.ts';

// Data checks for seeds/lexicon/actors.json and seeds/lexicon/locations.json (format: seeds/lexicon/README.md).

interface Affiliation {
  target: string;
  role: string;
}
interface ActorEntry {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  aliases: string[];
  affiliations?: Affiliation[];
}
interface LocationEntry {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  aliases: string[];
  partOf: string | null;
  lat: number;
  lon: number;
}

const readJson = <T>(relative: string): T =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;

const actors = readJson<ActorEntry[]>('../../../seeds/lexicon/actors.json');
const locations = readJson<LocationEntry[]>('../../../seeds/lexicon/locations.json');

const ACTOR_KINDS = new Set(['armed_group', 'state', 'organization', 'media', 'person']);
const LOCATION_KINDS = new Set([
  'country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'camp',
  'landmark', 'crossing', 'region',
]);
const ROLES = new Set(['member_of', 'backed_by', 'agency_of', 'led_by', 'part_of', 'allied_with']);
const ARABIC_LETTER = /[\u0621-\u064A]/;
const ID_PATTERN = /^[a-z0-9-]+$/;

const allEntries: { id: string; name: string; aliases: string[] }[] = [...actors, ...locations];

describe('lexicon data: counts', () => {
  it('has at least 130 actors, 45 of them media', () => {
    expect(actors.length).toBeGreaterThanOrEqual(130);
    expect(actors.filter((a) => a.kind === 'media').length).toBeGreaterThanOrEqual(45);
  });

  it('has at least 320 locations', () => {
    expect(locations.length).toBeGreaterThanOrEqual(320);
  });
});

describe('lexicon data: ids, kinds and names', () => {
  it('gives every entry a slug id, unique across both files', () => {
    const bad = allEntries.filter((e) => !ID_PATTERN.test(e.id)).map((e) => e.id);
    expect(bad).toEqual([]);
    const seen = new Set<string>();
    const duplicates = allEntries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('uses only the allowed kinds', () => {
    expect(actors.filter((a) => !ACTOR_KINDS.has(a.kind)).map((a) => `${a.id}:${a.kind}`)).toEqual([]);
    expect(locations.filter((l) => !LOCATION_KINDS.has(l.kind)).map((l) => `${l.id}:${l.kind}`)).toEqual([]);
  });

  it('gives every entry an Arabic name, an English name and an alias array', () => {
    const bad = allEntries
      .filter((e) => typeof e.name !== 'string' || !ARABIC_LETTER.test(e.name) || !Array.isArray(e.aliases))
      .map((e) => e.id);
    expect(bad).toEqual([]);
    const noEnglish = [...actors, ...locations].filter((e) => typeof e.nameEn !== 'string' || e.nameEn.trim() === '');
    expect(noEnglish.map((e) => e.id)).toEqual([]);
  });

  it('has no empty alias and no alias that is only a bare common word handled by context rules', () => {
    const forbidden = new Set(['التنظيم', 'النظام', 'الدولة', 'الجيش', 'الميليشيا', 'المرصد'].map(normalizeForMatch));
    const bad: string[] = [];
    for (const e of allEntries) {
      for (const alias of e.aliases) {
        if (typeof alias !== 'string' || alias.trim() === '') bad.push(`${e.id}: empty alias`);
        else if (forbidden.has(normalizeForMatch(alias))) bad.push(`${e.id}: ${alias}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shares no name or alias between two entries (after Arabic normalization)', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const e of allEntries) {
      const forms = new Set([e.name, ...e.aliases].map(normalizeForMatch));
      for (const form of forms) {
        const other = owner.get(form);
        if (other !== undefined && other !== e.id) duplicates.push(`"${form}": ${other} / ${e.id}`);
        else owner.set(form, e.id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});

describe('lexicon data: actor affiliations', () => {
  it('points every affiliation at an existing actor with a known role', () => {
    const actorIds = new Set(actors.map((a) => a.id));
    const bad: string[] = [];
    for (const a of actors) {
      for (const aff of a.affiliations ?? []) {
        if (!actorIds.has(aff.target)) bad.push(`${a.id} -> ${aff.target} (unknown target)`);
        if (!ROLES.has(aff.role)) bad.push(`${a.id} -> ${aff.target} (role ${aff.role})`);
        if (aff.target === a.id) bad.push(`${a.id} -> itself`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('lexicon data: location hierarchy and coordinates', () => {
  const byId = new Map(locations.map((l) => [l.id, l]));

  it('resolves every partOf to a location; only countries have none', () => {
    const bad: string[] = [];
    for (const l of locations) {
      if (l.partOf === null) {
        if (l.kind !== 'country') bad.push(`${l.id}: no partOf`);
      } else if (!byId.has(l.partOf)) bad.push(`${l.id}: partOf ${l.partOf} not found`);
    }
    expect(bad).toEqual([]);
  });

  it('has no cycle in partOf and every chain ends at a country', () => {
    const bad: string[] = [];
    for (const l of locations) {
      const visited = new Set<string>([l.id]);
      let current: LocationEntry | undefined = l;
      while (current && current.partOf !== null) {
        if (visited.has(current.partOf)) {
          bad.push(`${l.id}: cycle at ${current.partOf}`);
          break;
        }
        visited.add(current.partOf);
        current = byId.get(current.partOf);
      }
      if (current && current.partOf === null && current.kind !== 'country') bad.push(`${l.id}: ends at ${current.id}`);
    }
    expect(bad).toEqual([]);
  });

  it('places every non-country location inside the region (lat 29..42, lon 34..49)', () => {
    const bad = locations
      .filter((l) => typeof l.lat !== 'number' || typeof l.lon !== 'number' ||
        (l.kind !== 'country' && (l.lat < 29 || l.lat > 42 || l.lon < 34 || l.lon > 49)))
      .map((l) => `${l.id}: ${l.lat},${l.lon}`);
    expect(bad).toEqual([]);
  });
});

describe('lexicon data: entries the seed articles need', () => {
  const actorIds = new Set(actors.map((a) => a.id));
  const locationIds = new Set(locations.map((l) => l.id));
  const formOwner = new Map<string, string>();
  for (const e of allEntries) for (const f of [e.name, ...e.aliases]) formOwner.set(normalizeForMatch(f), e.id);

  it.each([
    ['داعش', 'isis'], ['تنظيم الدولة', 'isis'], ['قسد', 'sdf'], ['قوات سوريا الديموقراطية', 'sdf'],
    ['التحالف الدولي', 'international-coalition'], ['طيران التحالف', 'international-coalition'],
    ['الحشد الشعبي', 'pmf'], ['جيش مغاوير الثورة', 'maghawir-al-thawra'], ['مجلس منبج العسكري', 'manbij-military-council'],
    ['جيش الثوار', 'jaish-al-thuwar'], ['الكرملين', 'russia'], ['واشنطن', 'usa'], ['المدفعية الفرنسية', 'france'],
    ['ستيب الإخبارية', 'step-news'], ['حرية برس', 'horrya-press'], ['أعماق', 'amaq'], ['سانا', 'sana'],
    ['فرات بوست', 'furat-post'], ['دير الزور 24', 'deir-ez-zor-24'], ['فرانس برس', 'afp'], ['رويترز', 'reuters'],
    ['بلومبيرغ', 'bloomberg'], ['المرصد السوري لحقوق الإنسان', 'sohr'], ['الأمم المتحدة', 'un'],
    ['ديرالزور', 'deir-ez-zor-city'], ['الباغوز', 'baghouz'], ['الباغوز فوقاني', 'baghouz-fawqani'],
    ['السوسة', 'susah'], ['السفافنة', 'safafinah'], ['المراشدة', 'marashida'], ['الجرذي الشرقي', 'jurdhi-sharqi'],
    ['البوكمال', 'abu-kamal'], ['الصالحية', 'salihiyah'], ['التنف', 'al-tanf'], ['هجين', 'hajin'], ['الشعفة', 'shaafa'],
    ['مشفى اليرموك', 'yarmouk-hospital-shaafa'], ['الأنبار', 'anbar-governorate'], ['البادية', 'syrian-badia'],
    ['نهر الفرات', 'euphrates'], ['مخيم الهول', 'al-hol-camp'], ['سوريا', 'syria'], ['العراق', 'iraq'],
  ])('resolves %s to %s', (form, id) => {
    expect(actorIds.has(id) || locationIds.has(id)).toBe(true);
    expect(formOwner.get(normalizeForMatch(form))).toBe(id);
  });
});
