/**
 * Public API: Arabic normalization for matching. The original text is never changed; the result keeps a map
 * from every normalized index back to the original so that matches become spans of the original text.
 */

/** Normalized text plus, for each of its indexes (and one past the end), the index in the original. */
export interface NormalizedText {
  text: string;
  /** `toOriginal[i]` is the original index of normalized char `i`; `toOriginal[text.length]` is its end. */
  toOriginal: Int32Array;
}

const TATWEEL = 0x0640;
// Harakat (tashkeel), Quranic marks and the superscript alef: dropped for matching.
const isDiacritic = (c: number): boolean =>
  (c >= 0x064b && c <= 0x065f) ||
  c === 0x0670 ||
  (c >= 0x06d6 && c <= 0x06ed) ||
  (c >= 0x0610 && c <= 0x061a);
// Invisible formatting: zero-width (non-)joiners, marks, BOM, soft hyphen, bidi controls.
const isInvisible = (c: number): boolean =>
  c === 0x200b ||
  c === 0x200c ||
  c === 0x200d ||
  c === 0x200e ||
  c === 0x200f ||
  c === 0xfeff ||
  c === 0x00ad ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

const CHAR_MAP: ReadonlyMap<number, string> = new Map<number, string>([
  [0x0623, '\u0627'], // ALEF WITH HAMZA ABOVE -> ALEF
  [0x0625, '\u0627'], // ALEF WITH HAMZA BELOW -> ALEF
  [0x0622, '\u0627'], // ALEF WITH MADDA -> ALEF
  [0x0671, '\u0627'], // ALEF WASLA -> ALEF
  [0x0649, '\u064a'], // ALEF MAKSURA -> YEH
  [0x06cc, '\u064a'], // FARSI YEH -> YEH
  [0x0629, '\u0647'], // TEH MARBUTA -> HEH
  [0x06a9, '\u0643'], // KEHEH -> KAF
  [0x0624, '\u0648'], // WAW WITH HAMZA -> WAW
  [0x0626, '\u064a'], // YEH WITH HAMZA -> YEH
  // Every kind of quote mark becomes a plain double quote.
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
  [0x2018, '"'],
  [0x2019, '"'],
  [0x201a, '"'],
  [0x201b, '"'],
  [0x2039, '"'],
  [0x203a, '"'],
  [0x0027, '"'],
  [0x201f, '"'],
  [0x2033, '"'],
  [0x2036, '"'],
  [0x301d, '"'],
  [0x301e, '"'],
  [0xff02, '"'],
  [0x0060, '"'],
  [0x00b4, '"'],
  [0x060c, ','],
  [0x061b, ';'],
  [0x061f, '?'],
  [0x066a, '%'],
  [0x066b, '.'],
  [0x066c, ','],
]);

const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0xa0 ||
  c === 0x0c ||
  c === 0x0b ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x3000 ||
  c === 0x202f;

// Arabic presentation forms (contextual glyphs and ligatures such as lam-alef) found in text copied from PDFs.
const isPresentationForm = (c: number): boolean =>
  (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);

// Folds a presentation form to its letters (NFKC), then normalizes each of them.
const foldPresentationForm = (code: number): string => {
  const letters = String.fromCharCode(code).normalize('NFKC');
  let out = '';
  for (let k = 0; k < letters.length; k++) {
    const c = letters.charCodeAt(k);
    out += isPresentationForm(c) ? letters[k] : normalizeChar(c);
  }
  return out;
};

/** Given one UTF-16 code unit, returns its normalized form ('' when it is dropped). Spaces are not folded here. */
export function normalizeChar(code: number): string {
  if (code === TATWEEL || isDiacritic(code) || isInvisible(code)) return '';
  const mapped = CHAR_MAP.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48); // Persian digits
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32); // Latin lower case
  if (isPresentationForm(code)) return foldPresentationForm(code);
  return String.fromCharCode(code);
}

// Per code unit: the single normalized code unit, or DROP, SPACE, or EXPAND (several units: see normalizeChar).
const DROP = -1;
const SPACE = -2;
const EXPAND = -3;
let table: Int32Array | null = null;

function getTable(): Int32Array {
  if (table !== null) return table;
  const built = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isSpace(c)) {
      built[c] = SPACE;
      continue;
    }
    const norm = normalizeChar(c);
    built[c] = norm === '' ? DROP : norm === ' ' ? SPACE : norm.length === 1 ? norm.charCodeAt(0) : EXPAND;
  }
  table = built;
  return built;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * Given original text, returns it normalized for matching (tashkeel, tatweel and invisible marks dropped;
 * alef/hamza forms, ى/ي, ة/ه, digits, quotes and Latin case folded; every run of white space one space)
 * with the map back to original offsets. Linear, one table look-up per code unit.
 */
export function normalizeArabic(original: string): NormalizedText {
  const lookup = getTable();
  const n = original.length;
  let units = new Uint16Array(n + 8);
  let map = new Int32Array(n + 9);
  let length = 0;
  let lastWasSpace = false;
  const push = (unit: number, at: number): void => {
    if (length + 1 >= units.length) {
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownMap = new Int32Array(map.length * 2);
      grownMap.set(map);
      map = grownMap;
    }
    units[length] = unit;
    map[length] = at;
    length++;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const mapped = lookup[code] ?? DROP;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair stays as it is; a lone surrogate becomes U+FFFD (so the text decodes exactly).
      const next = original.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        push(code, i);
        push(next, i + 1);
        i++;
      } else {
        push(0xfffd, i);
      }
      lastWasSpace = false;
    } else if (mapped >= 0) {
      push(mapped, i);
      lastWasSpace = false;
    } else if (mapped === SPACE) {
      if (!lastWasSpace) push(0x20, i);
      lastWasSpace = true;
    } else if (mapped === EXPAND) {
      const norm = normalizeChar(code);
      for (let k = 0; k < norm.length; k++) push(norm.charCodeAt(k), i);
      lastWasSpace = false;
    }
  }
  const toOriginal = new Int32Array(length + 1);
  toOriginal.set(map.subarray(0, length));
  toOriginal[length] = n;
  return { text: UTF16.decode(units.subarray(0, length)), toOriginal };
}

/** Given a short string (a lexicon name, a verb), returns its normalized form for matching, trimmed. */
export function normalizeForMatch(value: string): string {
  return normalizeArabic(value).text.trim();
}

/**
 * Given a normalized text and a normalized `[start, end)` range, returns the original span it covers.
 * The end maps to one past the original index of the last normalized char, so dropped marks inside stay in.
 */
export function toOriginalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const startOrig = norm.toOriginal[start] ?? 0;
  const lastOrig = end > start ? (norm.toOriginal[end - 1] ?? startOrig) + 1 : startOrig;
  return { start: startOrig, end: lastOrig };
}
