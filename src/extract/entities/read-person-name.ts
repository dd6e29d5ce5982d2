/**
 * Internal: reads a person's name at a token, quoted or bracketed (“حمزة العنزي”, (أبو أحمد)) or plain
 * (two or three name words: "دونالد ترامب", "أحمد الخالد", "أبو محمد الجولاني", "رامي عبد الرحمن").
 */
import { wordAt, isFree, type EntityScan, type Stretch } from './entity-scan.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import {
  hasArticle,
  hasPronounSuffix,
  isBareKunya,
  isKunya,
  isNameWord,
  isNisba,
  isVerbalNoun,
} from './word-shapes.ts';

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
 * Given a scan, a token index, whether the name must start with a known given name, and whether the context vouches
 * for a name there (right after a title, an introducer, or before a role), returns the plain name there (two words
 * at least, or a glued kunya), or null. A name that starts with no given name takes no definite third word ("مايك
 * بنس الهجوم" is "مايك بنس"), and no word of a name carries a pronoun ("كوناشينكوف قوله").
 */
export function readPlainName(
  scan: EntityScan,
  index: number,
  needGivenName: boolean,
  vouched = false,
): NameRead | null {
  const { lexicon, tokens } = scan;
  const first = wordAt(scan, index);
  // "أم محمد": a mother's kunya, told from the particle أم ("or") by the given name after it.
  const motherKunya = first === UMM && lexicon.givenNames.has(wordAt(scan, index + 1));
  const nameLike = isNameWord(first, lexicon) || isNameSpelledLikeParticle(scan, index) || motherKunya;
  if (!nameLike || isDefiniteAt(scan, index) || !isFree(scan, index, index + 1)) return null;
  const kunya = isKunya(first) || motherKunya;
  const given = lexicon.givenNames.has(first) || kunya;
  if (needGivenName && !given) return null;
  if (!given && ((!vouched && isNisba(first)) || !isUnknownNameStart(scan, index))) return null;
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
    if (hasPronounSuffix(originalOf(scan, end))) break;
    // "مايك بنس الهجوم": a family name after two words only follows a father's name ("محمد علي الحسن").
    if (words.length >= 2 && hasArticle(word) && !isFatherName(words, lexicon)) break;
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
  if (!given && isNounWithAdjective(words, originalOf(scan, end - 1))) return null;
  // "زار المدينة": a three-letter past verb and its object after a title; short given names are listed.
  if (!given && first.length === VERB_LENGTH && hasArticle(words[1] ?? '')) return null;
  return { first: index, end, words, kunyaOnly: kunya && words.length <= 2, quoted: false };
}

function isFatherName(words: readonly string[], lexicon: EntityScan['lexicon']): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    isKunya(words[0] ?? '') ||
    lexicon.givenNames.has(last) ||
    COMPOUND_FIRSTS.has(last) ||
    COMPOUND_SECONDS.has(last)
  );
}

/** Given a quoted name, returns true when it is one definite word or starts with one ("(البنتاغون)", "“الخوذ
 * البيضاء”"): the short name of a body, not a person. */
export function isDefiniteName(name: NameRead): boolean {
  return name.quoted && hasArticle(name.words[0] ?? '') && !isKunya(name.words[0] ?? '');
}

const PLURAL_ENDINGS = ['\u0648\u0646', '\u064a\u0646']; // ون ين
const NISBA_FEMININE = '\u064a\u0629'; // ية as written
const MIN_PLURAL = 5;
const VERB_LENGTH = 3;

/**
 * A noun and its adjective read as an unknown name: a feminine or plural nisba last ("جولة تفقدية", "قوات
 * حكومية"), or two words with one plural ending ("مسلحون مجهولون").
 */
function isNounWithAdjective(words: readonly string[], lastOriginal: string): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const plural = (word: string): boolean =>
    word.length >= MIN_PLURAL && PLURAL_ENDINGS.some((e) => word.endsWith(e));
  if (lastOriginal.endsWith(NISBA_FEMININE) || (isNisba(last) && plural(last))) return true;
  return plural(first) && plural(last);
}

/** An unknown first word of a name: no pronoun, no verbal noun, no particle behind a clitic ("فإن"). */
function isUnknownNameStart(scan: EntityScan, index: number): boolean {
  const word = wordAt(scan, index);
  if (isVerbalNoun(word) || hasPronounSuffix(originalOf(scan, index), true)) return false;
  if (listCliticStems(word).some(({ stem }) => scan.lexicon.speakerVerbs.has(stem))) return false;
  // "فإن" is a particle behind a clitic; "واين" (Wayne) is not "وأين": the hamza tells them apart as written.
  const original = originalOf(scan, index);
  return !listCliticStems(word).some(
    ({ stem, prefix }) =>
      prefix > 0 && scan.lexicon.stopWords.has(stem) && original.charAt(prefix) !== BARE_ALEF,
  );
}

const BARE_ALEF = '\u0627';
const HAMZA_ALEFS = new Set(['\u0623', '\u0625', '\u0622']); // أ إ آ

/**
 * Given a scan and a token index, returns true when the word there starts with the article, as written: "أليكسي"
 * and "ألبرت" start with a hamza, which normalization folds into the article's alef.
 */
export function isDefiniteAt(scan: EntityScan, index: number): boolean {
  return hasArticle(wordAt(scan, index)) && !HAMZA_ALEFS.has(originalOf(scan, index).charAt(0));
}

/** Given a scan and a token index, returns the token as written in the original text. */
export function originalOf(scan: EntityScan, index: number): string {
  const token = scan.tokens[index];
  return token === undefined ? '' : scan.text.slice(token.origStart, token.origEnd);
}
