/**
 * Internal: persons outside the lexicon, introduced by a role ("مراسل وكالة ... “حمزة العنزي”", "القيادي “...”",
 * "الرئيس الأميركي دونالد ترامب"), by a quoted name followed by a role ("“قاسم مصلح” قائد ..."), by a kunya in
 * brackets ("(أبو أحمد)"), by a plain name in apposition with a role ("رائد الصالح، مدير ..."), and their
 * nicknames ("الملقب بـ (أبوخالد الأنصاري)") as mentions of the same person.
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { matchLongestPhrase, type PhraseNode } from '../lexicon/phrase-trie.ts';
import {
  addCandidate,
  createEntity,
  isClauseBreak,
  ownerOf,
  wordAt,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import {
  isNameSpelledLikeParticle,
  readPlainName,
  readQuotedName,
  type NameRead,
} from './read-person-name.ts';
import { readHead } from './read-head.ts';
import { hasArticle, isKunya } from './word-shapes.ts';

const MAX_ROLE_SCAN = 12;
const PRONOUNS = new Set(['\u0648\u0647\u0648', '\u0648\u0647\u064a', '\u0647\u0648', '\u0647\u064a']); // وهو وهي هو هي
const MAX_NICKNAME_GAP = 10;
const BRIDGES = new Set([
  '\u0641\u064a',
  '\u0628',
  '\u0644',
  '\u0628\u0627\u0633\u0645',
  '\u0644\u062f\u064a',
  '\u0645\u0646',
]); // في ب ل باسم لدى من

/** Given a scan, adds candidates for persons found by role, quoted name + role, kunya and nickname. */
export function findPersons(scan: EntityScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1 || phraseAt(scan.lexicon.nicknameMarkers, scan, i) > 0) continue;
    const roleLength = phraseAt(scan.lexicon.roles, scan, i);
    if (roleLength > 0) scanAfterRole(scan, i + roleLength);
  }
  findNicknames(scan);
  for (const stretch of scan.stretches.values()) {
    const name = readQuotedName(scan, stretch);
    if (name === null) continue;
    if (name.kunyaOnly || isRoleAfter(scan, stretch.close + 1)) addPerson(scan, name);
  }
  // "أحمد الخالد، وهو ناشط في ..." / "أحمد الخالد، مدير ...": a plain name in apposition with a role.
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const name = readPlainName(scan, i, true);
    if (name !== null && scan.tokens[name.end]?.text === ',' && isRoleAfter(scan, name.end))
      addPerson(scan, name);
    if (name !== null) i = name.end - 1;
  }
}

/** A role right after a name, past a comma and "وهو"/"وهي" ("“X”، قائد ...", "X، وهو ناشط ..."). */
function isRoleAfter(scan: EntityScan, index: number): boolean {
  let k = index;
  if (scan.tokens[k]?.text === ',') k++;
  if (PRONOUNS.has(wordAt(scan, k))) {
    // "وهي نازحة", "وهو مقاتل سابق": after the pronoun any indefinite noun describes a person.
    const word = wordAt(scan, k + 1);
    return word !== '' && !hasArticle(word) && !scan.lexicon.stopWords.has(word);
  }
  return phraseAt(scan.lexicon.roles, scan, k) > 0;
}

/** Given a trie, a scan and a token index, returns the length in tokens of the longest phrase there (0 if none). */
export function phraseAt(trie: PhraseNode<true>, scan: EntityScan, index: number): number {
  const word = wordAt(scan, index);
  if (word === '') return 0;
  let best = 0;
  for (const { stem } of listCliticStems(word)) {
    const match = matchLongestPhrase(trie, scan.tokens, index, stem);
    if (match !== null && match.length > best) best = match.length;
  }
  return best;
}

function scanAfterRole(scan: EntityScan, from: number): void {
  const { tokens, lexicon } = scan;
  // A quoted name in the role's clause wins over unquoted words ("مراسل ستيب نيوز في البادية “حمزة العنزي”").
  const quoted = findQuotedNameAfter(scan, from);
  if (quoted !== null) {
    addPerson(scan, quoted);
    return;
  }
  let adjacent = true;
  for (let k = from; k < tokens.length && k - from < MAX_ROLE_SCAN; k++) {
    if (k > from && isClauseBreak(scan, k)) return;
    const stretch = scan.stretches.get(k);
    if (stretch !== undefined) {
      const name = readQuotedName(scan, stretch);
      if (name !== null) {
        addPerson(scan, name);
        return;
      }
      k = stretch.close;
      adjacent = false;
      continue;
    }
    const owner = ownerOf(scan, k);
    if (owner !== undefined) {
      if (owner.type === 'person') return;
      k = owner.end - 1;
      adjacent = false;
      continue;
    }
    const token = tokens[k];
    if (token === undefined) return;
    if (!token.isWord) {
      if (token.text !== ',' && token.text !== '"') return;
      // After a comma comes an apposition: "المتحدث باسم التحالف، واين ماروتو،".
      if (token.text === ',') adjacent = true;
      continue;
    }
    const word = token.text;
    // Adjectives of the role ("الأميركي") keep the name adjacent; places, outlets and bridges do not.
    if (hasArticle(word)) continue;
    if (BRIDGES.has(word) || readHead(scan, k) !== null) {
      adjacent = false;
      continue;
    }
    if (lexicon.stopWords.has(word) && !isNameSpelledLikeParticle(scan, k)) return;
    const name = readPlainName(scan, k, !adjacent);
    if (name !== null) {
      addPerson(scan, name);
      return;
    }
    adjacent = false;
  }
}

function findQuotedNameAfter(scan: EntityScan, from: number): NameRead | null {
  for (let k = from; k < scan.tokens.length && k - from < MAX_ROLE_SCAN; k++) {
    if (k > from && isClauseBreak(scan, k)) return null;
    const word = wordAt(scan, k);
    if (word !== '' && scan.lexicon.stopWords.has(word) && !BRIDGES.has(word)) return null;
    if (ownerOf(scan, k)?.type === 'person') return null;
    const stretch = scan.stretches.get(k);
    if (stretch === undefined) continue;
    const name = readQuotedName(scan, stretch);
    if (name !== null) return name;
    k = stretch.close;
  }
  return null;
}

function addPerson(scan: EntityScan, name: NameRead): string {
  const first = scan.tokens[name.first];
  const last = scan.tokens[name.end - 1];
  if (first === undefined || last === undefined) return '';
  const text = scan.text.slice(first.origStart, last.origEnd);
  const entity = createEntity(scan, {
    id: makeEntityId('person', name.words.join(' ')),
    type: 'person',
    name: text,
    words: name.words,
    kunyaOnly: name.kunyaOnly,
  });
  addCandidate(scan, {
    entityId: entity.id,
    type: 'person',
    first: name.first,
    end: name.end,
    start: first.origStart,
    stop: last.origEnd,
    origin: 'pattern',
  });
  return entity.id;
}

function findNicknames(scan: EntityScan): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const length = phraseAt(scan.lexicon.nicknameMarkers, scan, i);
    if (length === 0) continue;
    let k = i + length;
    if (wordAt(scan, k) === '\u0628') k++; // "بـ" written apart
    const stretch = scan.stretches.get(k);
    const name =
      stretch !== undefined
        ? readQuotedName(scan, stretch)
        : (readPlainName(scan, k, false) ?? readKunya(scan, k));
    if (name === null) continue;
    const person = findPersonBefore(scan, i);
    if (person === null) {
      addPerson(scan, name);
      continue;
    }
    const first = tokens[name.first];
    const last = tokens[name.end - 1];
    if (first === undefined || last === undefined) continue;
    addCandidate(scan, {
      entityId: person,
      type: 'person',
      first: name.first,
      end: name.end,
      start: first.origStart,
      stop: last.origEnd,
      origin: 'context',
    });
    i = name.end - 1;
  }
}

function readKunya(scan: EntityScan, index: number): NameRead | null {
  const word = wordAt(scan, index);
  if (!isKunya(word)) return null;
  return { first: index, end: index + 1, words: [word], kunyaOnly: true, quoted: false };
}

function findPersonBefore(scan: EntityScan, marker: number): string | null {
  for (let k = marker - 1; k >= 0 && marker - k <= MAX_NICKNAME_GAP; k--) {
    const owner = ownerOf(scan, k);
    if (owner !== undefined && owner.type === 'person') return owner.entityId;
    if (isClauseBreak(scan, k + 1) && k + 1 < marker) return null;
  }
  return null;
}
