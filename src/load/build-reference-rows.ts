/**
 * Public API: the lexicon as graph rows (reference data loaded before any article): every actor, anonymous
 * source and place with its PART_OF chain and affiliations.
 */
import type { LexiconSources } from '../extract/lexicon/lexicon-types.ts';

export interface ReferenceRows {
  actors: {
    id: string;
    name: string;
    nameEn: string | null;
    kind: string;
    aliases: string[];
    aliasText: string;
  }[];
  locations: {
    id: string;
    name: string;
    nameEn: string | null;
    kind: string;
    aliases: string[];
    aliasText: string;
    lat: number | null;
    lon: number | null;
  }[];
  partOf: { id: string; parentId: string }[];
  affiliations: { from: string; to: string; role: string; source: 'lexicon'; claimIds: string[] }[];
}

/** Given the names of an entry, returns them joined for the full-text index. */
export function joinAliases(names: readonly string[]): string {
  return names.join(' | ');
}

/** Given the raw lexicon data, returns the rows that write it into the graph. */
export function buildReferenceRows(sources: LexiconSources): ReferenceRows {
  const actors = [
    ...sources.actors.map((a) => ({
      id: a.id,
      name: a.name,
      nameEn: a.nameEn ?? null,
      kind: a.kind.toUpperCase(),
      aliases: a.aliases ?? [],
    })),
    ...sources.anonymous.map((a) => ({
      id: a.id,
      name: a.name,
      nameEn: a.nameEn ?? null,
      kind: 'ANONYMOUS_SOURCE',
      aliases: a.aliases ?? [],
    })),
  ].map((a) => ({ ...a, aliasText: joinAliases(a.aliases) }));
  const locations = sources.locations.map((l) => ({
    id: l.id,
    name: l.name,
    nameEn: l.nameEn ?? null,
    kind: l.kind,
    aliases: l.aliases ?? [],
    aliasText: joinAliases(l.aliases ?? []),
    lat: l.lat ?? null,
    lon: l.lon ?? null,
  }));
  const partOf = sources.locations.flatMap((l) => (l.partOf ? [{ id: l.id, parentId: l.partOf }] : []));
  const affiliations = sources.actors.flatMap((a) =>
    (a.affiliations ?? []).map((f) => ({
      from: a.id,
      to: f.target,
      role: f.role,
      source: 'lexicon' as const,
      claimIds: [],
    })),
  );
  return { actors, locations, partOf, affiliations };
}
