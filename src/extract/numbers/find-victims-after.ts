/**
 * Internal: for one count, finds whom it counts in the few words after it: civilians, children, women, or
 * fighters, with their group when "من" + an armed group follows (عنصرا من قسد).
 */
import type { VictimGroup } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { getMentionStartingAt, isActorMention } from '../claims/cue-helpers.ts';

const VICTIM_WINDOW = 4;
const GROUP_WINDOW = 4;
const OF = '\u0645\u0646'; // من

/** Given a context, the token index after a count and the end of its range, returns the victims counted, or null. */
export function findVictimsAfter(ctx: EventContext, from: number, limit: number): VictimGroup | null {
  for (let j = from; j < Math.min(limit, from + VICTIM_WINDOW); j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== 'word') break;
    if (t.text === OF) continue;
    if (t.keys.some((k) => ctx.lexicon.figures.subgroupMarkers.has(k))) break;
    const kind = t.keys.map((k) => ctx.lexicon.victims.get(k)).find((v) => v !== undefined);
    if (kind === undefined) continue;
    if (kind !== 'fighters') return kind;
    for (let k = j + 1; k < Math.min(limit, j + GROUP_WINDOW); k++) {
      const m = getMentionStartingAt(ctx, k);
      if (m !== null && isActorMention(m)) return `fighters:${m.entityId}`;
    }
    return 'fighters';
  }
  return null;
}
