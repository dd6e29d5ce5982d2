/**
 * Internal: relates the attribution cues of one sentence to each other. A cue inside what another source says
 * is relayed by it ("نقلت X أن Y قال": Y via X) or, without a subject of its own, is the same speaker going on
 * ("نشر X تقريرا أقر فيه"); a cue after a new clause (، وكانت Y قد صرحت) ends the scope of the one before; an
 * إعلان inside an assertion is part of it.
 */
import type { AttributionCue } from './attribution-cue.ts';
import type { EventContext } from './build-event-context.ts';
import { isClauseBoundary } from './cue-helpers.ts';

function hasBoundaryBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseBoundary(ctx, k)) return true;
  return false;
}

function findEnclosing(cues: readonly AttributionCue[], b: AttributionCue): number {
  let best = -1;
  cues.forEach((a, index) => {
    if (a === b || a.absorbed || a.backward || a.impersonal) return;
    if (b.frame.start < a.scope.start || b.frame.start >= a.scope.end) return;
    if (best === -1 || (cues[best]?.frame.start ?? -1) < a.frame.start) best = index;
  });
  return best;
}

/** Given a context and the cues of one sentence, returns them sorted, with parents, cut scopes and absorptions set. */
export function arrangeCues(ctx: EventContext, input: AttributionCue[]): AttributionCue[] {
  const cues = input.filter((c) => !c.impersonal).sort((x, y) => x.frame.start - y.frame.start);
  cues.forEach((b, k) => {
    // "..., مشيراً إلى أن": a participle speaks for whoever the cue before it in the sentence names.
    const before = cues[k - 1];
    if (b.kind !== 'participle' || before === undefined) return;
    Object.assign(b, { sources: [...before.sources], relays: [...before.relays], continuation: before.continuation });
    b.parent = before.parent;
    b.unknownSpeaker = before.unknownSpeaker;
  });
  for (const b of cues) {
    if (b.kind === 'participle') continue;
    const ai = findEnclosing(cues, b);
    const a = cues[ai];
    if (a === undefined) continue;
    if (hasBoundaryBetween(ctx, a.scope.start, b.frame.start)) {
      a.scope = { start: a.scope.start, end: b.frame.start };
      continue;
    }
    if (b.kind === 'verbal' && b.sources.length === 0) {
      // The same speaker goes on: take the enclosing source and its relays.
      b.sources = [...a.sources];
      b.relays = [...a.relays];
      b.continuation = a.continuation;
      b.parent = a.parent;
      continue;
    }
    if (b.kind === 'verbal') b.parent = ai;
    else if (b.kind === 'nominal' && b.stance === 'announce' && (a.stance === 'assert' || a.stance === 'announce')) b.absorbed = true;
  }
  return cues;
}
