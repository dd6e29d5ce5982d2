/**
 * Internal: the place of an incident: the most specific location mentioned in the trigger's clause, else in its
 * sentence, else in its paragraph (else, for the whole incident, the article's most mentioned place: findMainLocation). Locations inside an attribution
 * ("مصادر أهلية في دير الزور") say where the source is, not the incident, and are skipped.
 */
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext, PlacedMention } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import { getIncidentMarkers } from './incident-markers.ts';
import {
  actsAsGovernorate,
  governorateOf,
  listAncestors,
  rankLocation,
  type LocationTable,
} from './location-table.ts';

const DESTINATION_REACH = 4;
const QUALIFIER_REACH = 3;

// "بلدة X بريف Y"، "قرية X في محافظة Y": Y only says where X is.
function qualifiesPlaceBefore(ctx: EventContext, table: LocationTable, m: PlacedMention): boolean {
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - QUALIFIER_REACH); k--) {
    const before = ctx.mentions[ctx.mentionAt[k] ?? -1];
    if (before === undefined || before === m) continue;
    if (before.type !== 'location' || isFacility(ctx, before)) return false;
    const outer = actsAsGovernorate(table, m.entityId) ? governorateOf(table, m.entityId) : m.entityId;
    return outer !== null && listAncestors(table, before.entityId).includes(outer);
  }
  return false;
}

function isDestination(ctx: EventContext, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - DESTINATION_REACH); k--) {
    if (ctx.tokens[k]?.keys.some((key) => ctx.lexicon.triggers.destinationMarkers.has(key))) return true;
  }
  return false;
}

const FACILITY_RANK = 4.4; // below any town, known or not: "مستشفى X في مدينة Y" happened in Y
const DATELINE_REACH = 6;
const DASHES = new Set(['-', '\u2013', '\u2014', '\u0640']);

// "مستشفى X"، "جامع X": a facility gives way to the town or neighbourhood it stands in.
function isFacility(ctx: EventContext, m: PlacedMention): boolean {
  return matchPhraseAt(getIncidentMarkers().facilityHeads, ctx.tokens, m.tokStart) !== null;
}

// "أربيل (كوردستان 24)- ..." at the head of a sentence: where the outlet writes from, not where it happened.
function isDateline(ctx: EventContext, m: PlacedMention): boolean {
  const first = ctx.sentences.find((s) => s.tokStart <= m.tokStart && m.tokStart < s.tokEnd);
  if (first === undefined || first.tokStart !== m.tokStart) return false;
  for (let k = m.tokEnd; k < Math.min(ctx.tokens.length, m.tokEnd + DATELINE_REACH); k++) {
    const t = ctx.tokens[k];
    if (t === undefined) return false;
    if (DASHES.has(t.text)) return true;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') return false;
  }
  return false;
}

/**
 * Given the context, the table, nested ranges (narrowest first), a frame mask, the trigger index and the other
 * triggers of its sentence (and whether to skip destinations, for displacements), returns a location id or null.
 */
export function chooseIncidentLocation(
  ctx: EventContext,
  table: LocationTable,
  ranges: readonly TokenRange[],
  inFrame: Uint8Array,
  anchor: number,
  rivals: readonly number[] = [],
  skipDestinations = false,
): string | null {
  for (const [k, r] of ranges.entries()) {
    let best: { id: string; rank: number; distance: number } | null = null;
    for (const m of ctx.mentions) {
      if (m.type !== 'location' || m.tokStart < r.start || m.tokStart >= r.end || inFrame[m.tokStart] !== 0)
        continue;
      if (skipDestinations && isDestination(ctx, m.tokStart)) continue;
      // In the narrowest range a place belongs to the trigger nearest to it, and "قرية X في محافظة Y" is one place.
      if (k === 0 && rivals.some((t) => Math.abs(m.tokStart - t) < Math.abs(m.tokStart - anchor))) continue;
      if (k === 0 && qualifiesPlaceBefore(ctx, table, m)) continue;
      if (isDateline(ctx, m)) continue;
      const rank = isFacility(ctx, m) ? FACILITY_RANK : rankLocation(table, m.entityId);
      const distance = Math.abs(m.tokStart - anchor);
      if (best === null || rank > best.rank || (rank === best.rank && distance < best.distance))
        best = { id: m.entityId, rank, distance };
    }
    if (best !== null) return best.id;
  }
  return null;
}
