/**
 * Internal: reads one member of a list of people at a token index: a count (ثلاثة مدنيين، 5 عناصر), a dual
 * (جنديان), one person named by a singular noun (جندي، ممرضا), a kinship noun with a possessive suffix
 * (وطفلها، وزوجته) or "آخر" / "أخرى" (one more).
 */
import type { VictimGroup } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { findVictimsAfter } from './find-victims-after.ts';
import { isPeopleCount } from './is-people-count.ts';
import { parseNumberAt } from './parse-number-at.ts';

/** One member of a list of people. */
export interface PersonItem {
  value: number;
  /** Token range `[start, end)` of the member's count or noun. */
  start: number;
  end: number;
  victims: VictimGroup | null;
}

const ARTICLE = '\u0627\u0644';
const WAW = '\u0648';
const TEH = '\u062a';
const HEH = '\u0647'; // a normalized ta marbuta
const POSSESSIVES = ['\u0647\u0645\u0627', '\u0647\u0645', '\u0647\u0627', '\u0647']; // هما هم ها ه

function withoutWaw(text: string): string {
  return text.startsWith(WAW) && text.length > 2 ? text.slice(1) : text;
}

/** Given a word without و, returns true when it is a kinship noun with a possessive suffix (طفلها، زوجته). */
function isKinWithPossessive(ctx: EventContext, word: string): boolean {
  for (const suffix of POSSESSIVES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    if (ctx.lexicon.figures.kinNouns.has(stem)) return true;
    if (stem.endsWith(TEH) && ctx.lexicon.figures.kinNouns.has(stem.slice(0, -1) + HEH)) return true;
  }
  return false;
}

/** Given a context, a token index and the end of the range, returns the singular person named there, or null. */
export function readSinglePerson(ctx: EventContext, i: number, limit: number): PersonItem | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word' || i >= limit || ctx.mentionAt[i] !== -1) return null;
  const bare = withoutWaw(t.text);
  if (bare.startsWith(ARTICLE)) return null;
  const fig = ctx.lexicon.figures;
  const victims = (): VictimGroup | null => findVictimsAfter(ctx, i, Math.min(limit, i + 1));
  if (t.keys.some((k) => fig.singlePersons.has(k)))
    return { value: 1, start: i, end: i + 1, victims: victims() };
  if (isKinWithPossessive(ctx, bare))
    return { value: 1, start: i, end: i + 1, victims: victims() ?? 'civilians' };
  if (t.keys.some((k) => fig.otherOne.has(k))) return { value: 1, start: i, end: i + 1, victims: null };
  return null;
}

/** Given a context, a token index and the end of the range, returns the member of a list of people there, or null. */
export function readPersonItem(ctx: EventContext, i: number, limit: number): PersonItem | null {
  const n = parseNumberAt(ctx.tokens, i, ctx.lexicon, ctx.input.text);
  if (n !== null) {
    if (n.vague || typeof n.value !== 'number' || n.qualifier !== null || !isPeopleCount(ctx, n, limit))
      return null;
    const victims = findVictimsAfter(ctx, n.dual ? n.valueStart : n.end, limit);
    return { value: n.value, start: n.valueStart, end: n.end, victims };
  }
  return readSinglePerson(ctx, i, limit);
}
