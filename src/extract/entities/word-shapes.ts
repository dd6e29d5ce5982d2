/**
 * Internal: shape tests on normalized words that the entity rules share (is it a nisba adjective, a word glued to
 * a preposition and the article, a kunya, a possible part of a name).
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';

const ARTICLE = '\u0627\u0644'; // ALEF LAM
const ABU_FORMS = new Set(['\u0627\u0628\u0648', '\u0627\u0628\u064a', '\u0627\u0628\u0627']); // ابو ابي ابا
const NISBA_ENDINGS = ['\u064a', '\u064a\u0647', '\u064a\u0648\u0646', '\u064a\u064a\u0646']; // ي يه يون يين
const MIN_NISBA = 4;
const LETTERS_ONLY = /^[\u0621-\u064a\u066e-\u06d3]+$/;

/** Given a normalized word, returns true when it starts with the article, without clitics before it. */
export function hasArticle(word: string): boolean {
  return word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1;
}

/** Given a normalized word, returns true when it is a preposition or conjunction glued to the article ("بالقرية"). */
export function isGluedDefinite(word: string): boolean {
  if (hasArticle(word)) return false;
  return listCliticStems(word).some(({ stem, prefix }) => prefix > 0 && hasArticle(stem));
}

/** Given a normalized word, returns true for an indefinite nisba adjective ("محلية", "ميدانيون", "أمريكيين"). */
export function isNisba(word: string): boolean {
  if (word.length < MIN_NISBA || hasArticle(word)) return false;
  return NISBA_ENDINGS.some((ending) => word.endsWith(ending));
}

/** Given a normalized word, returns true for "أبو" and its case forms, alone or glued to the name ("أبوخالد"). */
export function isKunya(word: string): boolean {
  if (ABU_FORMS.has(word)) return true;
  return word.length >= 5 && ABU_FORMS.has(word.slice(0, 3));
}

/** Given a normalized word, returns true when it is the bare "أبو" (or a case form) that needs a following name. */
export function isBareKunya(word: string): boolean {
  return ABU_FORMS.has(word);
}

/** Given a normalized word, returns its definite-article-less form ("التنظيم" -> "تنظيم"), or the word itself. */
export function withoutArticle(word: string): string {
  return hasArticle(word) ? word.slice(ARTICLE.length) : word;
}

/**
 * Given a normalized word and the lexicon, returns true when the word could be part of a person's name: Arabic
 * letters only, not a particle or frequent verb, not a head noun or role word.
 */
export function isNameWord(word: string, lexicon: Lexicon): boolean {
  if (word.length < 2 || !LETTERS_ONLY.test(word)) return false;
  if (lexicon.stopWords.has(word) || lexicon.heads.has(word) || lexicon.roles.next.has(word)) return false;
  return !isGluedDefinite(word);
}

/** Given a normalized plural noun, returns a singular-ish key for comparing heads ("مسؤولون", "مسؤولين" -> "مسؤول"). */
export function toHeadKey(word: string): string {
  const bare = withoutArticle(word);
  if (bare.length >= 5 && (bare.endsWith('\u0648\u0646') || bare.endsWith('\u064a\u0646')))
    return bare.slice(0, -2);
  return bare;
}

const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/g;
const HEH = '\u0647';
const PRONOUN_ENDINGS = ['\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627']; // ها هم هما
const NAME_ENDING_HEH = '\u0644\u0644\u0647'; // لله: "عبد الله", "نصرالله"
const MIN_PRONOUN_WORD = 4;
const YEH_HEH = '\u064a\u0647'; // يه

/**
 * Given a word as written in the original text, returns true when it ends in an attached pronoun ("قوله", "بلاده",
 * "قواتها"): written with ه, not ة, which normalization folds together. Such a word is no part of a name. The
 * first word of a name may end in -يه ("أندريه").
 */
export function hasPronounSuffix(original: string, firstOfName = false): boolean {
  const word = original.replace(DIACRITICS, '');
  if (word.length < MIN_PRONOUN_WORD) return false;
  // A foreign first name may end in -يه ("أندريه"); a noun there with a pronoun rarely opens a name.
  if (firstOfName && word.endsWith(YEH_HEH)) return false;
  if (word.endsWith(HEH)) return !word.endsWith(NAME_ENDING_HEH);
  return PRONOUN_ENDINGS.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
}

const ALEF = '\u0627';
const TEH = '\u062a';
const MEEM = '\u0645';
const YEH_LETTER = '\u064a';
const WEAK = new Set(['\u064a', '\u0648']); // ي و
const ISTAF = '\u0627\u0633\u062a'; // است

/**
 * Given a normalized indefinite word, returns true when it has the shape of a verbal noun of a derived verb
 * (استفعال "استعداد", افتعال/انفعال "انسحاب", إفعال "إغلاق", تفعيل "تدمير", تفاعل "تبادل", مفاعلة "مواجهة"),
 * which an action noun after a title has ("أعلن المدير إغلاق ...") and a person's name rarely has.
 */
export function isVerbalNoun(word: string): boolean {
  const n = word.length;
  if (n >= 6 && word.startsWith(ISTAF)) return true;
  if (word[0] === ALEF) {
    if (n === 6 && word[4] === ALEF) return true;
    if (n === 5 && word[3] === ALEF && !WEAK.has(word[1] ?? '')) return true;
  }
  if (word[0] === TEH && n === 5 && (word[3] === YEH_LETTER || word[2] === ALEF)) return true;
  return word[0] === MEEM && n === 6 && word[2] === ALEF && word.endsWith(HEH);
}
