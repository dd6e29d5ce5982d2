/**
 * Internal: the place of an incident: the most specific location mentioned in the trigger's clause, else in its
 * sentence, else in its paragraph, else the article's most mentioned place. Locations inside an attribution
 * ("مصادر أهلية في دير الزور") say where the source is, not the incident, and are skipped.
 */
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { rankLocationKind, type LocationTable } from './location-table.ts';

/** Given the context, the table, nested ranges (narrowest first), a frame mask and the trigger index, returns a location id or null. */
export function chooseIncidentLocation(
  ctx: EventContext,
  table: LocationTable,
  ranges: readonly TokenRange[],
  inFrame: Uint8Array,
  anchor: number,
): string | null {
  for (const r of ranges) {
    let best: { id: string; rank: number; distance: number } | null = null;
    for (const m of ctx.mentions) {
      if (m.type !== 'location' || m.tokStart < r.start || m.tokStart >= r.end || inFrame[m.tokStart] === 1) continue;
      const rank = rankLocationKind(table.kind(m.entityId));
      const distance = Math.abs(m.tokStart - anchor);
      if (best === null || rank > best.rank || (rank === best.rank && distance < best.distance)) best = { id: m.entityId, rank, distance };
    }
    if (best !== null) return best.id;
  }
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) if (m.type === 'location') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let top: string | null = null;
  for (const [id, n] of counts) {
    const topN = top === null ? -1 : counts.get(top) ?? 0;
    if (n > topN || (n === topN && top !== null && rankLocationKind(table.kind(id)) > rankLocationKind(table.kind(top)))) top = id;
  }
  return top;
}
