/**
 * Internal: nicknames after a person's name ("الملقب بـ (أبوخالد الأنصاري)", "المعروف بـ أبو عمر") are mentions of
 * that person; with no person just before, the nickname is a person of its own.
 */
import { addPerson } from './add-person.ts';
import { addCandidate, isClauseBreak, ownerOf, wordAt, type EntityScan } from './entity-scan.ts';
import { phraseAt } from './phrase-at.ts';
import { readPlainName, readQuotedName, type NameRead } from './read-person-name.ts';
import { isKunya } from './word-shapes.ts';

const MAX_NICKNAME_GAP = 10;
const BEH = '\u0628'; // "بـ" written apart

/** Given a scan, adds the nicknames introduced by a nickname marker. */
export function findNicknames(scan: EntityScan): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const length = phraseAt(scan.lexicon.nicknameMarkers, scan, i);
    if (length === 0) continue;
    let k = i + length;
    if (wordAt(scan, k) === BEH) k++;
    const stretch = scan.stretches.get(k);
    const name =
      stretch !== undefined
        ? readQuotedName(scan, stretch)
        : (readPlainName(scan, k, false, true) ?? readKunya(scan, k));
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

/** Given a scan and a token index, returns a kunya glued or alone there ("أبوخالد") as a name, or null. */
export function readKunya(scan: EntityScan, index: number): NameRead | null {
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
