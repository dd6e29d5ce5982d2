/**
 * Internal: the proclitics Arabic glues to a noun (conjunctions و ف, prepositions ب ل ك, and ل + ال written لل),
 * peeled off so that "والتحالف", "بقسد" and "للتنظيم" can be looked up as "التحالف", "قسد" and "التنظيم".
 */

/** One reading of a word: the stem to look up and how many normalized characters of prefix were removed. */
export interface CliticStem {
  stem: string;
  prefix: number;
}

const WAW = '\u0648'; // WAW: "and"
const FEH = '\u0641'; // FEH: "so, then"
const BEH = '\u0628'; // BEH: "in, with"
const LAM = '\u0644'; // LAM: "to, for"
const KAF = '\u0643'; // KAF: "like"
const ARTICLE = '\u0627\u0644'; // ALEF LAM: the definite article

const CONJUNCTIONS = ['', WAW, FEH];
const PREPOSITIONS = ['', BEH, LAM, KAF];
const MIN_STEM = 2;

/**
 * Given a normalized word, returns its possible stems, the word itself first, then with shorter and longer prefixes
 * removed. "للتحالف" also yields "التحالف" (the article's alef is not written after ل).
 */
export function listCliticStems(word: string): readonly CliticStem[] {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (cache.size >= MAX_CACHE) cache.clear();
  const stems = computeStems(word);
  cache.set(word, stems);
  return stems;
}

// Words repeat across an article and a corpus: their readings are cached (bounded, cleared when full).
const cache = new Map<string, readonly CliticStem[]>();
const MAX_CACHE = 100_000;

function computeStems(word: string): CliticStem[] {
  const stems: CliticStem[] = [{ stem: word, prefix: 0 }];
  for (const conj of CONJUNCTIONS) {
    if (conj !== '' && !word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (prefix === '' || !word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (rest.length < MIN_STEM) continue;
      stems.push({ stem: rest, prefix: prefix.length });
      if (prep === LAM && rest.startsWith(LAM) && rest.length > MIN_STEM) {
        stems.push({ stem: ARTICLE + rest.slice(1), prefix: prefix.length });
      }
    }
  }
  return stems;
}

/** Given a normalized word, returns it without the definite article (and its glued clitics), or null if it has none. */
export function stripArticle(word: string): string | null {
  for (const { stem } of listCliticStems(word)) {
    if (stem.startsWith(ARTICLE) && stem.length > ARTICLE.length + 1) return stem.slice(ARTICLE.length);
  }
  return null;
}

/** Given a normalized word, returns true when it starts with the definite article (possibly after clitics). */
export function isDefinite(word: string): boolean {
  return stripArticle(word) !== null;
}
