/**
 * Internal: reads a person's name at a token, quoted or bracketed (“حمزة العنزي”, (أبو أحمد)) or plain
 * (two or three name words: "دونالد ترامب", "أحمد الخالد", "أبو محمد الجولاني", "رامي عبد الرحمن").
 */
import { wordAt, isFree, type EntityScan, type Stretch } from './entity-scan.ts';
import { hasArticle, isBareKunya, isKunya, isNameWord, isNisba } from './word-shapes.ts';

/** A name read from the text: token range, normalized words, and whether it is only a kunya. */
export interface NameRead {
  first: number;
  end: number;
  words: string[];
  kunyaOnly: boolean;
  quoted: boolean;
}

const MAX_QUOTED_WORDS = 4;
const LETTERS_ONLY = /^[\u0621-\u064a\u066e-\u06d3]+$/;
const ALLAH = '\u0627\u0644\u0644\u0647';
const YEH = 0x064a;
const UMM = '\u0627\u0645'; // أم (normalized)
const MAX_PLAIN_WORDS = 3;
const COMPOUND_SECONDS = new Set(['\u0627\u0644\u062f\u064a\u0646', ALLAH]); // الدين الله
const COMPOUND_FIRSTS = new Set(['\u0639\u0628\u062f', '\u0628\u0646', '\u0627\u0628\u0646']); // عبد بن ابن

function isQuotedNameWord(word: string, lexicon: EntityScan['lexicon']): boolean {
  return word.length >= 2 && LETTERS_ONLY.test(word) && (!lexicon.stopWords.has(word) || word === ALLAH);
}

/**
 * Given a scan and a token index, returns true for a name that folds to a particle written with ى ("علي" vs "على"):
 * the original spelling with ي tells them apart.
 */
export function isNameSpelledLikeParticle(scan: EntityScan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined || !scan.lexicon.alefMaqsuraStopWords.has(token.text)) return false;
  return scan.text.charCodeAt(token.origEnd - 1) === YEH;
}

/** Given a scan and a quoted or bracketed stretch, returns the name inside it, or null when it reads as no name. */
export function readQuotedName(scan: EntityScan, stretch: Stretch): NameRead | null {
  const words: string[] = [];
  for (let k = stretch.first; k <= stretch.last; k++) {
    const word = wordAt(scan, k);
    // Quotes delimit the name, so a family name may be a common word ("القاضي"); "الله" ends compounds ("جاد الله").
    const ok = k === stretch.first ? isNameWord(word, scan.lexicon) : isQuotedNameWord(word, scan.lexicon);
    if (!ok) return null;
    words.push(word);
  }
  if (words.length === 0 || words.length > MAX_QUOTED_WORDS || !isFree(scan, stretch.first, stretch.last + 1))
    return null;
  return {
    first: stretch.first,
    end: stretch.last + 1,
    words,
    kunyaOnly: isKunya(words[0] ?? ''),
    quoted: true,
  };
}

/**
 * Given a scan, a token index and whether the name must start with a known given name, returns the plain name
 * there (two words at least, or a glued kunya), or null.
 */
export function readPlainName(scan: EntityScan, index: number, needGivenName: boolean): NameRead | null {
  const { lexicon, tokens } = scan;
  const first = wordAt(scan, index);
  // "أم محمد": a mother's kunya, told from the particle أم ("or") by the given name after it.
  const motherKunya = first === UMM && lexicon.givenNames.has(wordAt(scan, index + 1));
  const nameLike = isNameWord(first, lexicon) || isNameSpelledLikeParticle(scan, index) || motherKunya;
  if (!nameLike || hasArticle(first) || !isFree(scan, index, index + 1)) return null;
  const kunya = isKunya(first) || motherKunya;
  if (needGivenName && !lexicon.givenNames.has(first) && !kunya) return null;
  if (!kunya && !lexicon.givenNames.has(first) && isNisba(first)) return null;
  const words = [first];
  let end = index + 1;
  let limit = MAX_PLAIN_WORDS + (COMPOUND_FIRSTS.has(first) || isBareKunya(first) || motherKunya ? 1 : 0);
  while (
    words.length < limit &&
    end < tokens.length &&
    !tokens[end]?.newlineBefore &&
    isFree(scan, end, end + 1)
  ) {
    const word = wordAt(scan, end);
    if (!isNameWord(word, lexicon) && word !== ALLAH && !isNameSpelledLikeParticle(scan, end)) break; // "عبد الله"
    if (COMPOUND_FIRSTS.has(word)) limit++;
    words.push(word);
    end++;
    // A family name ends it, unless it closes a compound first name ("عبد الرحمن", "حسام الدين").
    if (
      hasArticle(word) &&
      !COMPOUND_FIRSTS.has(words[words.length - 2] ?? '') &&
      !COMPOUND_SECONDS.has(word)
    )
      break;
  }
  const gluedKunya = kunya && !isBareKunya(first);
  if (words.length < 2 && !gluedKunya) return null;
  return { first: index, end, words, kunyaOnly: kunya && words.length <= 2, quoted: false };
}
