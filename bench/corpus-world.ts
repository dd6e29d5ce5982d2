/**
 * Internal (benchmarks): what the corpus generator takes from the lexicon: the actors that carry out and suffer
 * incidents, the outlets that report them (agencies apart), the Syrian places with their governorate, and every
 * named entry by id. Only Arabic names are kept (the articles are Arabic).
 */
import type { LexiconSources, LocationEntry } from '../src/extract/lexicon/lexicon-types.ts';
import { AGENCY_IDS } from './corpus-phrases.ts';

/** An entity and the Arabic names it may be written with (its name first). */
export interface Named {
  id: string;
  names: string[];
}

/** A place an incident happens in. */
export interface Place extends Named {
  kind: string;
  /** The governorate's name without "محافظة" (دير الزور), for "ريف دير الزور". */
  governorate: string;
}

export interface World {
  perpetrators: Named[];
  outlets: Named[];
  places: Place[];
  /** Given a lexicon id, returns the entity; throws when the lexicon lacks it (the phrase tables name it). */
  byId(id: string): Named;
}

const INCIDENT_PLACE_KINDS = new Set(['village', 'town', 'city', 'camp', 'neighbourhood', 'subdistrict']);
const isArabic = (name: string): boolean => /^[\u0600-\u06ff\s]+$/.test(name);

/** Given the lexicon data, returns the generator's world, in lexicon order (which is roughly prominence). */
export function buildWorld(sources: Pick<LexiconSources, 'actors' | 'locations' | 'anonymous'>): World {
  const named = (e: { id: string; name: string; aliases?: string[] }): Named => ({ id: e.id, names: [e.name, ...(e.aliases ?? [])].filter(isArabic) });
  const all = new Map<string, Named>();
  for (const e of [...sources.actors, ...sources.anonymous]) all.set(e.id, named(e));
  const perpetrators = sources.actors
    .filter((a) => a.kind === 'armed_group' || a.kind === 'state' || a.id === 'international-coalition')
    .map(named)
    .filter((n) => n.names.length > 0);
  const outlets = sources.actors.filter((a) => a.kind === 'media' && !AGENCY_IDS.includes(a.id)).map(named).filter((n) => n.names.length > 0);
  const byLocationId = new Map(sources.locations.map((l) => [l.id, l]));
  const places: Place[] = [];
  for (const l of sources.locations) {
    if (!INCIDENT_PLACE_KINDS.has(l.kind)) continue;
    const governorate = governorateOf(l, byLocationId);
    const names = named(l).names;
    if (governorate && names.length > 0) places.push({ id: l.id, kind: l.kind, names, governorate });
  }
  if (perpetrators.length < 2 || outlets.length === 0 || places.length === 0) {
    throw new TypeError('the lexicon needs at least two armed groups or states, one outlet and one Syrian place for the corpus');
  }
  return {
    perpetrators,
    outlets,
    places,
    byId: (id) => {
      const found = all.get(id);
      if (!found || found.names.length === 0) throw new TypeError(`the corpus phrase tables name "${id}", which the lexicon lacks`);
      return found;
    },
  };
}

function governorateOf(place: LocationEntry, byId: ReadonlyMap<string, LocationEntry>): string | null {
  let at: LocationEntry | undefined = place;
  let governorate: string | null = null;
  for (let guard = 0; at && guard < 10; guard++) {
    if (at.kind === 'governorate') governorate = at.name.replace(/^محافظة\s+/, '');
    if (at.id === 'syria') return governorate;
    at = at.partOf ? byId.get(at.partOf) : undefined;
  }
  return null;
}
