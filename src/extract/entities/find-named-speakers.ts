/**
 * Internal: persons named before their role ("وقال إبراهيم الجباوي المتحدث باسم ...", "X Y، مدير ...", "أم خالد،
 * وهي نازحة ...") and speakers named right after a speech verb ("وقال أبو خالد إن ...", "وقالت فاطمة العلي:").
 * A name that starts with no known given name needs both: a speech verb before it and a role after it.
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { addPerson } from './add-person.ts';
import { wordAt, type EntityScan } from './entity-scan.ts';
import { phraseAt } from './phrase-at.ts';
import { readPlainName } from './read-person-name.ts';
import { hasArticle, isKunya } from './word-shapes.ts';

const PRONOUNS = new Set(['\u0648\u0647\u0648', '\u0648\u0647\u064a', '\u0647\u0648', '\u0647\u064a']); // وهو وهي هو هي
const CLAUSE_MARKS = new Set([',', ':']);

type Opening = 'verb' | 'open' | 'other';

/** Given a scan, adds persons named before their role or right after a speech verb. */
export function findNamedSpeakers(scan: EntityScan): void {
  const known = listKnownNames(scan);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const name = readPlainName(scan, i, false, true);
    if (name === null) continue;
    const opening = readOpening(scan, i);
    const first = name.words[0] ?? '';
    const given = scan.lexicon.givenNames.has(first) || isKunya(first) || name.kunyaOnly;
    const after = isRoleAfter(scan, name.end);
    // A description ("، وهو مقاتل") vouches for a name that looks like one; a role also for any name in a clause.
    const roleAfter = after === 'role' ? given || opening === 'verb' : after === 'described' && given;
    const speaks = opening === 'verb' && given && isClauseAfter(scan, name.end);
    if ((roleAfter || speaks) && !known.has(name.words.join(' '))) {
      addPerson(scan, name);
      i = name.end - 1;
    }
  }
}

/**
 * Given a scan and the token after a name, returns what follows it: a role ("، قائد ...", "المتحدث باسم ..."), a
 * description of a person ("، وهو ناشط ...", "، وهي من سكان ..."), or null.
 */
export function isRoleAfter(scan: EntityScan, index: number): 'role' | 'described' | null {
  let k = index;
  if (scan.tokens[k]?.text === ',') k++;
  if (PRONOUNS.has(wordAt(scan, k))) {
    // "وهي نازحة", "وهو مقاتل سابق", "وهو أحد سكان ...": after the pronoun an indefinite noun describes a person.
    let word = wordAt(scan, k + 1);
    if (scan.lexicon.stopWords.has(word)) word = wordAt(scan, k + 2);
    return word !== '' && !hasArticle(word) && !scan.lexicon.stopWords.has(word) ? 'described' : null;
  }
  return phraseAt(scan.lexicon.roles, scan, k) > 0 ? 'role' : null;
}

/** What stands before a name: a speech verb, a clause opening (start, punctuation, particle), or other words. */
function readOpening(scan: EntityScan, index: number): Opening {
  const token = scan.tokens[index];
  const before = scan.tokens[index - 1];
  if (token === undefined || before === undefined || token.newlineBefore || !before.isWord) return 'open';
  const stems = listCliticStems(before.text);
  if (stems.some(({ stem }) => scan.lexicon.speakerVerbs.has(stem))) return 'verb';
  return stems.some(({ stem }) => scan.lexicon.stopWords.has(stem)) ? 'open' : 'other';
}

/** After a speaker's name comes what they said: a comma, a colon, or a particle ("إن", "أن", "لـ"). */
function isClauseAfter(scan: EntityScan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined) return false;
  if (!token.isWord) return CLAUSE_MARKS.has(token.text);
  return scan.lexicon.stopWords.has(token.text);
}

/** Names of persons found so far and their tails ("عبد الرحمن" of "رامي عبد الرحمن"), which name no new person. */
function listKnownNames(scan: EntityScan): Set<string> {
  const known = new Set<string>();
  const add = (words: readonly string[]): void => {
    for (let j = 0; j < words.length; j++) known.add(words.slice(j).join(' '));
  };
  for (const entity of scan.created.values()) if (entity.type === 'person') add(entity.words);
  for (const c of scan.candidates) {
    if (c.dead || c.type !== 'person' || scan.created.has(c.entityId)) continue;
    const words: string[] = [];
    for (let k = c.first; k < c.end; k++) words.push(wordAt(scan, k));
    add(words);
  }
  return known;
}
