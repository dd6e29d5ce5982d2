/**
 * Internal: a speaker named again by a definite role noun ("وأوضح المراسل"، "وأشار المتحدث"، "وأضاف المصدر") is
 * the nearest earlier actor introduced with that role: in its own name (مصدر طبي، مراسل X) or in the title before
 * it (المتحدث باسم الوزارة، اللواء X).
 */
import type { EventContext, PlacedMention } from './build-event-context.ts';
import { stripConjunction } from './list-word-keys.ts';

const ARTICLE = '\u0627\u0644'; // ال

const TITLE_WINDOW = 8; // tokens before a name that may hold its title
const SPEAKER_TYPES = new Set([
  'person',
  'anonymous_source',
  'organization',
  'state',
  'armed_group',
  'media',
]);

// The role stems (keys) a word at token i names, or null when it is no role anaphor.
function readRole(ctx: EventContext, i: number): readonly string[] | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word' || ctx.mentionAt[i] !== -1) return null;
  if (!stripConjunction(t.text).stem.startsWith(ARTICLE)) return null;
  for (const key of t.keys) {
    const stems = ctx.lexicon.speech.roleAnaphora.get(key);
    if (stems !== undefined) return stems;
  }
  return null;
}

function hasRole(ctx: EventContext, from: number, to: number, stems: readonly string[]): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (ctx.tokens[k]?.keys.some((key) => stems.includes(key))) return true;
  }
  return false;
}

// The title of a name lies in its own sentence, a few tokens before it.
function findTitleStart(ctx: EventContext, tokStart: number): number {
  let k = tokStart;
  while (k > 0 && tokStart - k < TITLE_WINDOW && ctx.tokens[k - 1]?.text !== '.') k--;
  return k;
}

/** Given a context and a token index, returns the earlier mention a role noun there refers to, or null. */
export function resolveRoleAnaphor(ctx: EventContext, i: number): PlacedMention | null {
  const stems = readRole(ctx, i);
  if (stems === null) return null;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m === undefined || m.tokEnd > i || !SPEAKER_TYPES.has(m.type)) continue;
    if (hasRole(ctx, m.tokStart, m.tokEnd, stems)) return m;
    if (m.type === 'person' && hasRole(ctx, findTitleStart(ctx, m.tokStart), m.tokStart, stems)) return m;
  }
  return null;
}
