/**
 * Internal: reads the sub-counts after a marker such as بينهم / منهم: "بينهم 9 أطفال"، "بينهم أربعة أطفال
 * وامرأتان"، "بينهم 30 طفلا و19 امرأة"، "بينها جثة طفل" (one child), "بينهم أكثر من عشرة أطفال".
 */
import type { EventContext } from '../claims/build-event-context.ts';
import { extendPersonList } from './extend-person-list.ts';
import { findVictimsAfter } from './find-victims-after.ts';
import { parseNumberAt } from './parse-number-at.ts';
import { readSinglePerson, type PersonItem } from './read-person-item.ts';

/** The sub-counts after a marker. */
export interface Subgroup {
  children: number | string | null;
  women: number | string | null;
  /** Token index after the sub-counts. */
  end: number;
}

function readFirst(
  ctx: EventContext,
  i: number,
  limit: number,
): { item: PersonItem; raw: number | string } | null {
  const n = parseNumberAt(ctx.tokens, i, ctx.lexicon, ctx.input.text);
  if (n !== null) {
    const victims = findVictimsAfter(ctx, n.dual ? n.valueStart : n.end, limit);
    return {
      item: {
        value: typeof n.value === 'number' ? n.value : n.lowerBound,
        start: n.valueStart,
        end: n.end,
        victims,
      },
      raw: n.value,
    };
  }
  const single = readSinglePerson(ctx, i, limit);
  return single === null ? null : { item: single, raw: 1 };
}

/** Given a context, the index of a sub-count marker and the end of the range, returns the sub-counts, or null. */
export function readSubgroup(ctx: EventContext, marker: number, limit: number): Subgroup | null {
  const fig = ctx.lexicon.figures;
  let i = marker + 1;
  // "بينها جثة طفل": a noun of the dead before the one counted
  if (ctx.tokens[i]?.keys.some((k) => fig.cues.get(k) === 'killed') === true) i++;
  const first = readFirst(ctx, i, limit);
  if (first === null) return null;
  const list = extendPersonList(ctx, first.item, 'killed', limit);
  const alone = list.size === 1;
  return {
    children: alone ? (first.item.victims === 'children' ? first.raw : null) : list.children,
    women: first.item.victims === 'women' ? first.raw : null,
    end: list.end,
  };
}
