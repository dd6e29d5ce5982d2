/**
 * Internal: reads the person a title introduces. The title's complement comes first ("مدير المرصد", "نائب الرئيس
 * الأميركي", "المتحدث باسم وزارة الدفاع الروسية", "وزيرة الدولة لشؤون الإعلام"), then the name, right after it,
 * after a comma ("...، بشار الجعفري") or after a rank ("... اللواء إيغور كوناشينكوف"). A word right after an
 * indefinite title is its complement, never the name ("مراسل عنب بلدي" names no person).
 */
import { isClauseBreak, ownerOf, wordAt, type EntityScan } from './entity-scan.ts';
import { phraseAt } from './phrase-at.ts';
import {
  isDefiniteAt,
  isDefiniteName,
  isNameSpelledLikeParticle,
  readPlainName,
  readQuotedName,
  type NameRead,
} from './read-person-name.ts';
import { readHead } from './read-head.ts';
import { hasArticle } from './word-shapes.ts';

const MAX_ROLE_SCAN = 14;
const BRIDGES = new Set(['\u0641\u064a', '\u0628', '\u0644', '\u0644\u062f\u064a', '\u0645\u0646']); // في ب ل لدى من
const LAM = '\u0644';

interface RoleState {
  /** The name may start here without a known given name. */
  adjacent: boolean;
  /** The last word was an indefinite noun whose complement follows ("مدير", "باسم", "مكتب"). */
  construct: boolean;
  /** At least one complement word was read since the title. */
  complement: boolean;
}

/** Given a scan and the token index right after a title, returns the name of the person it introduces, or null. */
export function readNameAfterRole(scan: EntityScan, roleEnd: number): NameRead | null {
  const quoted = findQuotedNameAfter(scan, roleEnd);
  if (quoted !== null) return quoted;
  const state: RoleState = { adjacent: true, construct: endsIndefinite(scan, roleEnd), complement: false };
  for (let k = roleEnd; k < scan.tokens.length && k - roleEnd < MAX_ROLE_SCAN; k++) {
    if (k > roleEnd && isClauseBreak(scan, k)) return null;
    const stretch = scan.stretches.get(k);
    const owner = ownerOf(scan, stretch?.first ?? k);
    if (owner !== undefined) {
      if (owner.type === 'person') return null;
      // An actor right after the title is its complement: the name may follow it ("محافظ حمص طلال البرازي").
      state.adjacent = state.construct || state.adjacent;
      state.construct = false;
      state.complement = true;
      k = Math.max(owner.end, (stretch?.close ?? 0) + 1) - 1;
      continue;
    }
    if (stretch !== undefined) {
      k = stretch.close;
      state.adjacent = false;
      state.construct = false;
      continue;
    }
    const token = scan.tokens[k];
    if (token === undefined) return null;
    if (!token.isWord) {
      if (token.text !== ',' && token.text !== '"') return null;
      // After a comma comes an apposition: "المتحدث باسم التحالف، واين ماروتو،".
      if (token.text === ',') Object.assign(state, { adjacent: true, construct: false });
      continue;
    }
    const next = readWord(scan, k, state);
    if (next === null) return null;
    if (typeof next !== 'number') return next;
    k = next;
  }
  return null;
}

/** Reads the word at k: returns a name, the index of the last token consumed, or null to stop. */
function readWord(scan: EntityScan, k: number, state: RoleState): NameRead | number | null {
  const word = wordAt(scan, k);
  const rank = phraseAt(scan.lexicon.roles, scan, k);
  if (rank > 0) {
    // A second title or a rank after the first one's complement: "... الروسية، اللواء X".
    Object.assign(state, { adjacent: true, construct: endsIndefinite(scan, k + rank), complement: false });
    return k + rank - 1;
  }
  if (isDefiniteAt(scan, k)) {
    // The complement, or an adjective of the title ("الرئيس التركي"): the name may follow.
    if (state.construct) Object.assign(state, { adjacent: true, construct: false, complement: true });
    return k;
  }
  if (readHead(scan, k) !== null && state.construct) {
    state.complement = true; // "المتحدث باسم مجلس ...": the complement's head
    return k;
  }
  if (BRIDGES.has(word) || readHead(scan, k) !== null) {
    Object.assign(state, { adjacent: false, construct: false, complement: false });
    return k;
  }
  if (scan.lexicon.stopWords.has(word) && !isNameSpelledLikeParticle(scan, k)) return null;
  // "لشؤون الإعلام", "للشؤون الإنسانية": a complement in ل, still part of the title.
  if (word.startsWith(LAM) && hasArticle(wordAt(scan, k + 1)) && !scan.lexicon.givenNames.has(word)) {
    state.construct = true;
    return k;
  }
  if (state.construct) {
    const name = state.complement ? readPlainName(scan, k, true) : null;
    if (name !== null) return name;
    // An indefinite complement ("مراسل عنب بلدي", "مدير مكتب"): the chain goes on.
    state.complement = true;
    return k;
  }
  const name = readPlainName(scan, k, !state.adjacent, state.adjacent);
  if (name !== null) return name;
  state.adjacent = false;
  return k;
}

/** True when the title ending before `end` ends in an indefinite noun, which takes a complement ("مدير", "باسم"). */
function endsIndefinite(scan: EntityScan, end: number): boolean {
  const last = wordAt(scan, end - 1);
  return last !== '' && !hasArticle(last);
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
    if (name !== null && !isDefiniteName(name)) return name;
    k = stretch.close;
  }
  return null;
}
