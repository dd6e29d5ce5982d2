/**
 * Internal: the article's main place, given to incidents whose own sentences and paragraphs name none: the
 * place mentioned most often outside attributions, the earliest on a tie.
 */
import type { EventContext } from '../claims/build-event-context.ts';

/** Given the context and the attribution mask, returns the article's main place, or null. */
export function findMainLocation(ctx: EventContext, inFrame: Uint8Array): string | null {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.type !== 'location' || m.start >= ctx.input.segmentation.contentEnd || inFrame[m.tokStart] !== 0)
      continue;
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  let top: string | null = null;
  for (const [id, n] of counts) if (top === null || n > (counts.get(top) ?? 0)) top = id;
  return top;
}
