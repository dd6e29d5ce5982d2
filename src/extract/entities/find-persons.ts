/**
 * Internal: persons outside the lexicon, introduced by a title ("مراسل وكالة ... “حمزة العنزي”", "نائب الرئيس
 * الأميركي مايك بنس", "المتحدث باسم الوزارة، اللواء X"), by a word that introduces a name ("طبيب يدعى X"), by a
 * quoted name followed by a role ("“قاسم مصلح” قائد ..."), by a kunya in brackets ("(أبو أحمد)"), by a name before
 * its role ("وقال X Y المتحدث باسم ..."), after a speech verb ("وقال أبو خالد إن"), and their nicknames.
 */
import type { EntityScan } from './entity-scan.ts';
import { addPerson } from './add-person.ts';
import { findNamedSpeakers, isRoleAfter } from './find-named-speakers.ts';
import { findNicknames, readKunya } from './find-nicknames.ts';
import { phraseAt } from './phrase-at.ts';
import { readNameAfterRole } from './read-name-after-role.ts';
import { isDefiniteName, readPlainName, readQuotedName, type NameRead } from './read-person-name.ts';

export { phraseAt } from './phrase-at.ts';

/** Given a scan, adds candidates for persons found by title, introducer, quoted name + role, kunya and nickname. */
export function findPersons(scan: EntityScan): void {
  const { lexicon } = scan;
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1 || phraseAt(lexicon.nicknameMarkers, scan, i) > 0) continue;
    const roleLength = phraseAt(lexicon.roles, scan, i);
    const name = roleLength > 0 ? readNameAfterRole(scan, i + roleLength) : readIntroduced(scan, i);
    if (name !== null) addPerson(scan, name);
  }
  findNicknames(scan);
  for (const stretch of scan.stretches.values()) {
    const name = readQuotedName(scan, stretch);
    if (name === null || isDefiniteName(name)) continue;
    if (name.kunyaOnly || isRoleAfter(scan, stretch.close + 1) !== null) addPerson(scan, name);
  }
  findNamedSpeakers(scan);
}

/** "طبيب يدعى أزاد شيخو", "امرأة تدعى (أم أحمد)": the name right after an introducer, of any shape. */
function readIntroduced(scan: EntityScan, index: number): NameRead | null {
  const length = phraseAt(scan.lexicon.nameIntroducers, scan, index);
  if (length === 0) return null;
  const at = index + length;
  const stretch = scan.stretches.get(at);
  if (stretch !== undefined) {
    const name = readQuotedName(scan, stretch);
    return name === null || isDefiniteName(name) ? null : name;
  }
  return readPlainName(scan, at, false, true) ?? readKunya(scan, at);
}
