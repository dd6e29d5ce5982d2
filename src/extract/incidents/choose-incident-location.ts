/**
 * Internal: the place of an incident: the most specific location mentioned in the trigger's clause, else in its
 * sentence, else in its paragraph (else, for the whole incident, the article's most mentioned place: findMainLocation). Locations inside an attribution
 * ("مصادر أهلية في دير الزور") say where the source is, not the incident, and are skipped.
 */
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { rankLocation, type LocationTable } from './location-table.ts';

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
      const rank = rankLocation(table, m.entityId);
      const distance = Math.abs(m.tokStart - anchor);
      if (best === null || rank > best.rank || (rank === best.rank && distance < best.distance)) best = { id: m.entityId, rank, distance };
    }
    if (best !== null) return best.id;
  }
  return null;
}
