/**
 * Public API: compiles the lexicon data (actors, locations, unnamed sources, entity patterns, boilerplate markers)
 * into the tries and sets the extractor matches against. Pure: the caller reads the files. Compile once per run.
 */
import type { EntityType } from '../types.ts';
import { compileNames, type NamedEntity } from './compile-names.ts';
import { addPhrase, createPhraseTrie, type PhraseNode } from './phrase-trie.ts';
import { toPhraseWords, toWord } from './phrase-words.ts';
import type { CompiledHead, Lexicon, LexiconEntity, LexiconSources } from './lexicon-types.ts';
import { compileBodyPatterns, toSpellingPairs } from './compile-body-patterns.ts';
import { listWordForms } from './list-spelling-variants.ts';

const LOCATION_RANK: Readonly<Record<string, number>> = { country: 2, governorate: 3, region: 3 };
const OTHER_LOCATION_RANK = 4;
const ACTOR_KINDS: ReadonlySet<string> = new Set(['armed_group', 'state', 'organization', 'media', 'person']);
const ALEF_MAQSURA = '\u0649';
// "ريف" (countryside): "ريف دمشق" is a place of its own, "ريف حلب الشمالي" is Aleppo qualified.
const WEAK_QUALIFIER = '\u0631\u064a\u0641';

/** Given the lexicon data, returns the compiled lexicon (problems are listed in `warnings`, never thrown). */
export function compileLexicon(sources: LexiconSources): Lexicon {
  const entities: LexiconEntity[] = [];
  const named: NamedEntity[] = [];
  const byId = new Map<string, LexiconEntity>();
  const warnings: string[] = [];
  const add = (entity: LexiconEntity, names: (string | undefined)[], rank: number): void => {
    if (byId.has(entity.id)) {
      warnings.push(`duplicate id ${entity.id}: the first entry is kept`);
      return;
    }
    byId.set(entity.id, entity);
    named.push({
      index: entities.length,
      names: names.filter((n): n is string => typeof n === 'string'),
      rank,
      isLocation: entity.type === 'location',
    });
    entities.push(entity);
  };
  for (const a of sources.actors) {
    if (!ACTOR_KINDS.has(a.kind) || typeof a.id !== 'string') {
      warnings.push(`actor ${String(a.id)} has no valid kind (${String(a.kind)}): left out`);
      continue;
    }
    add(
      {
        id: a.id,
        type: a.kind as EntityType,
        kind: a.kind,
        name: a.name,
        nameEn: a.nameEn ?? null,
        partOf: a.affiliations?.find((f) => f.role === 'part_of')?.target ?? null,
      },
      [a.name, ...(a.aliases ?? [])],
      0,
    );
  }
  for (const s of sources.anonymous) {
    add(
      {
        id: s.id,
        type: 'anonymous_source',
        kind: 'anonymous_source',
        name: s.name,
        nameEn: s.nameEn ?? null,
        partOf: null,
      },
      [s.name, ...(s.aliases ?? [])],
      1,
    );
  }
  for (const l of sources.locations) {
    add(
      {
        id: l.id,
        type: 'location',
        kind: l.kind,
        name: l.name,
        nameEn: l.nameEn ?? null,
        partOf: l.partOf ?? null,
      },
      [l.name, ...(l.aliases ?? [])],
      LOCATION_RANK[l.kind] ?? OTHER_LOCATION_RANK,
    );
  }
  const p = sources.patterns;
  const descriptors = toWordSet(p.descriptors);
  const spellings = toSpellingPairs(p.spellingVariants ?? []);
  const placeHeads = p.heads
    .filter((h) => h.type === 'location' && !(h.includeHead ?? false))
    .flatMap((h) => (h.words ?? []).slice(0, 1));
  const names = compileNames(named, {
    descriptors,
    placeAdjectives: toWordSet(p.placeAdjectives),
    placeQualifiers: toWordSet([
      ...p.directionWords,
      ...placeHeads.filter((w) => toWord(w) !== toWord(WEAK_QUALIFIER)),
    ]),
    weakPlaceQualifiers: toWordSet([WEAK_QUALIFIER]),
    spellings,
  });
  warnings.push(...names.warnings);
  const demonyms = new Map<string, string>();
  for (const d of p.demonyms) {
    const target = byId.get(d.actor);
    if (target === undefined || target.type === 'location' || target.type === 'anonymous_source') {
      warnings.push(`demonym target ${d.actor} is not an actor in the lexicon`);
      continue;
    }
    for (const form of d.forms.flatMap((f) => listWordForms(toWord(f), spellings))) {
      for (const suffix of ['', '\u0647', '\u064a\u0646', '\u0648\u0646'])
        demonyms.set(form + suffix, d.actor); // -a, -in, -un
    }
  }
  const heads = new Map<string, CompiledHead>();
  for (const h of p.heads) {
    (h.words ?? []).forEach((written, k) => {
      const word = toWord(written);
      if (word === '' || heads.has(word)) return;
      heads.set(word, {
        word,
        type: h.type,
        includeHead: h.includeHead ?? (h.type === 'armed_group' || h.type === 'organization'),
        quotedOnly: h.quotedOnly ?? false,
        definiteOnly: h.definiteOnly ?? false,
        plural: k > 0,
      });
    });
  }
  return {
    ...compileBodyPatterns(p, byId, warnings),
    entities,
    byId,
    names: names.trie,
    roles: toPhraseTrie(p.roles),
    nicknameMarkers: toPhraseTrie(p.nicknameMarkers),
    nameIntroducers: toPhraseTrie(p.nameIntroducers ?? []),
    speakerVerbs: toWordSet(p.speakerVerbs ?? []),
    anonymousLinks: toPhraseTrie(p.anonymousLinks),
    heads,
    descriptors,
    anaphoricHeads: toWordSet(p.anaphoricHeads),
    defaultReferents: toReferents(p.defaultReferents ?? {}, byId, warnings),
    groupNouns: toWordSet(p.groupNouns),
    militaryNouns: toWordSet(p.militaryNouns),
    demonyms,
    anonymousHeads: toWordSet(p.anonymousHeads),
    anonymousLinkHeads: toWordSet(p.anonymousLinkHeads),
    mediaSuffixes: toWordSet(p.mediaSuffixes ?? []),
    nameAdjectives: toWordSet(p.nameAdjectives),
    militaryAdjectives: toWordSet(p.militaryAdjectives),
    placeAdjectives: toWordSet(p.placeAdjectives),
    placeNamePrefixes: toWordSet(p.placeNamePrefixes),
    givenNames: toWordSet(p.givenNames),
    stopWords: toWordSet(p.stopWords),
    alefMaqsuraStopWords: toWordSet(p.stopWords.filter((w) => w.endsWith(ALEF_MAQSURA))),
    boilerplate: {
      trailing: toPhrases(sources.boilerplate.trailing),
      inline: toPhrases(sources.boilerplate.inline),
      sections: toPhrases(sources.boilerplate.sections),
      proseWords: toWordSet(sources.boilerplate.proseWords),
      notices: toPhrases(sources.boilerplate.notices ?? []),
      credits: toPhrases(sources.boilerplate.credits ?? []),
    },
    months: toMonthTrie(sources.months ?? {}),
    warnings,
  };
}

function toMonthTrie(months: Readonly<Record<string, number>>): PhraseNode<number> {
  const trie = createPhraseTrie<number>();
  for (const [name, month] of Object.entries(months)) addPhrase(trie, toPhraseWords(name), month);
  return trie;
}

function toReferents(
  referents: Readonly<Record<string, string>>,
  byId: ReadonlyMap<string, LexiconEntity>,
  warnings: string[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [head, id] of Object.entries(referents)) {
    if (byId.has(id)) map.set(toWord(head), id);
    else warnings.push(`default referent ${id} is not in the lexicon`);
  }
  return map;
}

function toWordSet(words: readonly string[]): Set<string> {
  return new Set(words.map(toWord).filter((w) => w !== ''));
}

function toPhrases(phrases: readonly string[]): string[] {
  return phrases.map((phrase) => toPhraseWords(phrase).join(' ')).filter((phrase) => phrase !== '');
}

function toPhraseTrie(phrases: readonly string[]): PhraseNode<true> {
  const trie = createPhraseTrie<true>();
  for (const phrase of phrases) addPhrase(trie, toPhraseWords(phrase), true);
  return trie;
}
