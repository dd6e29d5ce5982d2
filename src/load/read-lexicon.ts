/**
 * Public API: reads the lexicon data files of `seeds/lexicon/` and compiles them for the extract stage. A missing
 * file counts as an empty list, so a partial lexicon still works; a malformed one is an error naming the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon } from '../extract/lexicon/compile-lexicon.ts';
import type {
  ActorEntry,
  AnonymousSourceEntry,
  BoilerplateMarkers,
  EntityPatterns,
  Lexicon,
  LexiconSources,
  LocationEntry,
} from '../extract/lexicon/lexicon-types.ts';

/** The project's lexicon folder. */
export const DEFAULT_LEXICON_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../seeds/lexicon',
);

const EMPTY_PATTERNS: EntityPatterns = {
  roles: [],
  nicknameMarkers: [],
  heads: [],
  descriptors: [],
  anaphoricHeads: [],
  groupNouns: [],
  militaryNouns: [],
  demonyms: [],
  anonymousHeads: [],
  anonymousLinkHeads: [],
  anonymousLinks: [],
  nameAdjectives: [],
  militaryAdjectives: [],
  placeAdjectives: [],
  placeNamePrefixes: [],
  directionWords: [],
  givenNames: [],
  stopWords: [],
};
const EMPTY_BOILERPLATE: BoilerplateMarkers = { trailing: [], inline: [], sections: [], proseWords: [] };

async function readJson<T>(dir: string, name: string, fallback: T): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, '')) as T;
  } catch (error) {
    throw new TypeError(
      `lexicon file ${path.join(dir, name)} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Given a lexicon folder (default: `seeds/lexicon`), returns the raw lexicon data read from its files. */
export async function readLexiconSources(dir: string = DEFAULT_LEXICON_DIR): Promise<LexiconSources> {
  const [actors, locations, anonymous, patterns, boilerplate, dateWords] = await Promise.all([
    readJson<ActorEntry[]>(dir, 'actors.json', []),
    readJson<LocationEntry[]>(dir, 'locations.json', []),
    readJson<AnonymousSourceEntry[]>(dir, 'anonymous-sources.json', []),
    readJson<Partial<EntityPatterns>>(dir, 'entity-patterns.json', {}),
    readJson<Partial<BoilerplateMarkers>>(dir, 'boilerplate.json', {}),
    readJson<{ months?: Record<string, number> }>(dir, 'date-words.json', {}),
  ]);
  return {
    actors,
    locations,
    anonymous,
    patterns: { ...EMPTY_PATTERNS, ...patterns },
    boilerplate: { ...EMPTY_BOILERPLATE, ...boilerplate },
    months: dateWords.months ?? {},
  };
}

/** Given a lexicon folder (default: `seeds/lexicon`), returns the compiled lexicon. Compile once, reuse per article. */
export async function readLexicon(dir: string = DEFAULT_LEXICON_DIR): Promise<Lexicon> {
  return compileLexicon(await readLexiconSources(dir));
}
