/**
 * Internal: after the first member of a list of people, reads the members joined to it by و and adds them up:
 * "مقتل جنديين أمريكيين وموظف مدني في الوزارة ومتعاقد" counts 4, "امرأة وطفلها" 2, "أربعة جنود و5 مدنيين" 9.
 * Words that describe a member (أمريكيين، في الوزارة) are skipped; a cue, a sub-count, a vague or bounded count
 * or punctuation other than quote marks ends the list.
 */
import type { FigureKind, VictimGroup } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { readPersonItem, type PersonItem } from './read-person-item.ts';

/** The members of a list of people, added up. */
export interface PersonList {
  total: number;
  /** Token index after the last member. */
  end: number;
  /** Children among the members when the list has several and one of them counts children. */
  children: number | null;
  /** The victims every member shares, or null when they differ. */
  victims: VictimGroup | null;
  size: number;
}

const WAW = '\u0648';
const QUOTE = '"';
const MAX_DESCRIPTION = 5; // words describing a member before the next "و"

function isStop(ctx: EventContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (t === undefined) return true;
  if (t.kind === 'punct') return t.text !== QUOTE;
  if (t.kind === 'number') return true;
  const fig = ctx.lexicon.figures;
  return t.keys.some((k) => fig.cues.has(k) || fig.subgroupMarkers.has(k));
}

function cueKindAt(ctx: EventContext, j: number): FigureKind | undefined {
  const t = ctx.tokens[j];
  if (t === undefined || t.kind !== 'word') return undefined;
  for (const k of t.keys) {
    const kind = ctx.lexicon.figures.cues.get(k);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Given a context, the first member, the figure's kind and the end of the range, returns the whole list. */
export function extendPersonList(
  ctx: EventContext,
  first: PersonItem,
  kind: FigureKind,
  limit: number,
): PersonList {
  const items: PersonItem[] = [first];
  let j = first.end;
  let described = 0;
  while (j < limit && described <= MAX_DESCRIPTION) {
    const t = ctx.tokens[j];
    if (t === undefined) break;
    if (t.kind === 'punct' && t.text === QUOTE) {
      j++;
      continue;
    }
    const glued = t.kind === 'word' && t.text.startsWith(WAW) && t.text.length > 2;
    const item = t.text === WAW || glued ? readPersonItem(ctx, t.text === WAW ? j + 1 : j, limit) : null;
    // "ومدنيين" (people without a count) ends the list; "وزارة" only looks like و + a word
    if (item === null && (t.text === WAW || (glued && t.keys.some((k) => ctx.lexicon.victims.has(k))))) break;
    if (item !== null) {
      const own = cueKindAt(ctx, item.end);
      if (own !== undefined && own !== kind) break; // "5 قتلى و7 جرحى": the next member has a figure of its own
      items.push(item);
      j = item.end;
      described = 0;
      continue;
    }
    if (isStop(ctx, j)) break;
    described++;
    j++;
  }
  const last = items[items.length - 1] ?? first;
  const children =
    items.length > 1 && items.some((it) => it.victims === 'children')
      ? items.filter((it) => it.victims === 'children').reduce((s, it) => s + it.value, 0)
      : null;
  const victims = items.every((it) => it.victims === first.victims) ? first.victims : null;
  return {
    total: items.reduce((s, it) => s + it.value, 0),
    end: last.end,
    children,
    victims,
    size: items.length,
  };
}
