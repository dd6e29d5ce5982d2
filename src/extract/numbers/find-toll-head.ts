/**
 * Internal: finds the head of a toll whose number may come far after it: "ارتفعت حصيلة ضحايا الهجوم الذي ...
 * إلى 100 مدني"، "ارتفع عدد القتلى منذ بدء الهجوم في 19 يونيو إلى 98"، "قدّر عدد قتلى التنظيم ... بـ17".
 * A toll noun (حصيلة، عدد) followed by a cue counts what the cue says; "الحصيلة" alone counts the dead.
 */
import type { FigureKind } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';

/** Given a context and a token index, returns the kind of toll whose head stands there, or null. */
export function findTollHead(ctx: EventContext, i: number): Exclude<FigureKind, 'casualties'> | null {
  const t = ctx.tokens[i];
  const fig = ctx.lexicon.figures;
  const head = t?.kind === 'word' ? t.keys.find((k) => fig.tollHeads.has(k)) : undefined;
  if (head === undefined) return null;
  const next = ctx.tokens[i + 1];
  for (const k of next?.kind === 'word' ? next.keys : []) {
    const kind = fig.cues.get(k);
    if (kind !== undefined) return kind;
  }
  return fig.tollHeads.get(head) ?? null;
}
