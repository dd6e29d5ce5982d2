/**
 * Public API: reads the figures one claim gives (killed, injured, casualties, captured, displaced), with the
 * victims they count (civilians, children, women, fighters of a group), their bound (أكثر من، ما لا يقل عن،
 * نحو، على الأقل) and sub-counts ("بينهم ثمانية أطفال"). A count is a number, a dual, or a list of people
 * ("جنديان وموظف ومتعاقد" counts 4, "مقتل جندي وآخر" 2). The first figure of each kind wins.
 */
import type { FigureKind, FigureValue, Figures, Qualifier, VictimGroup } from '../types.ts';
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import { findDateExpressions } from '../dates/find-date-expressions.ts';
import { extendPersonList, type PersonList } from './extend-person-list.ts';
import { cueOf, findFigureCue } from './find-figure-cue.ts';
import { findTollHead } from './find-toll-head.ts';
import { findVictimsAfter } from './find-victims-after.ts';
import { isPeopleCount } from './is-people-count.ts';
import { parseNumberAt, type NumberExpr } from './parse-number-at.ts';
import { readPeopleOneByOne } from './read-people-one-by-one.ts';
import { readSubgroup } from './read-subgroup.ts';

type CueKind = Exclude<FigureKind, 'casualties'>;

/** One figure found, before it is recorded. */
interface Found {
  kind: FigureKind;
  value: FigureValue;
  lowerBound: number;
  vague: boolean;
  qualifier: Qualifier | null;
  victims: VictimGroup | null;
  children: number | null;
}

const CLAUSE_ENDS = new Set(['.', ';', '?', '!']);


function record(figures: Figures, lowerBounds: Partial<Record<FigureKind, number>>, f: Found): boolean {
  if (figures[f.kind] !== undefined && figures[f.kind] !== null) return false;
  figures[f.kind] = f.value;
  lowerBounds[f.kind] = f.lowerBound;
  if (f.vague) figures.vague = true;
  if (figures.victims === null && f.victims !== null) figures.victims = f.victims;
  if (f.kind === 'killed' || f.kind === 'casualties') {
    if (figures.qualifier === null) figures.qualifier = f.qualifier;
    if (f.children !== null && figures.children == null) figures.children = f.children;
  }
  return true;
}

// A count with what it counts: a list of people adds up its members ("أربعة جنود و5 مدنيين").
function readCount(
  ctx: EventContext,
  n: NumberExpr,
  limit: number,
): { list: PersonList | null; victims: VictimGroup | null } {
  const victims = findVictimsAfter(ctx, n.dual ? n.valueStart : n.end, limit);
  if (n.vague || typeof n.value !== 'number') return { list: null, victims };
  const list = extendPersonList(
    ctx,
    { value: n.value, start: n.valueStart, end: n.end, victims },
    'killed',
    limit,
  );
  return { list: list.size > 1 ? list : null, victims };
}

/** Given a context and the token ranges of what one source says, returns the figures given there, or null. */
export function extractFigures(ctx: EventContext, ranges: readonly TokenRange[]): Figures | null {
  const figures: Figures = { killed: null, injured: null, victims: null, qualifier: null };
  const lowerBounds: Partial<Record<FigureKind, number>> = {};
  let found = false;
  let singleDeath = false;
  const starters = ctx.lexicon.numbers.starters;
  const subgroupMarkers = ctx.lexicon.figures.subgroupMarkers;
  for (const r of ranges) {
    const dates = findDateExpressions(ctx.tokens, r.start, r.end, ctx.lexicon, ctx.input.text, null);
    let toll: CueKind | null = null;
    for (let i = r.start; i < r.end; i++) {
      const t = ctx.tokens[i];
      if (t === undefined) continue;
      if (CLAUSE_ENDS.has(t.text)) toll = null;
      toll = findTollHead(ctx, i) ?? toll;
      if (t.kind === 'word' && t.keys.some((k) => subgroupMarkers.has(k))) {
        const sub = readSubgroup(ctx, i, r.end);
        if (sub === null) continue;
        if (sub.children !== null && figures.children == null) figures.children = sub.children;
        if (sub.women !== null && figures.women == null) figures.women = sub.women;
        i = sub.end - 1;
        continue;
      }
      if (t.kind === 'word' && !t.keys.some((k) => starters.has(k))) {
        // "مقتل جندي أمريكي وآخر بريطاني"، "إصابة ممرض وسائق": people named one by one after a cue
        singleDeath ||= matchPhraseAt(ctx.lexicon.figures.singleDeaths, ctx.tokens, i) !== null;
        const cue = cueOf(ctx, i);
        const list = readPeopleOneByOne(ctx, cue === null ? i : i + 1, cue, r.end);
        if (list === null) continue;
        const f = {
          kind: list.kind,
          value: list.total,
          lowerBound: list.total,
          vague: false,
          qualifier: null,
        };
        found =
          record(figures, lowerBounds, { ...f, victims: list.victims, children: list.children }) || found;
        i = list.end - 1;
        continue;
      }
      const n = parseNumberAt(ctx.tokens, i, ctx.lexicon, ctx.input.text);
      if (n === null) continue;
      i = n.end - 1;
      if (!isPeopleCount(ctx, n, r.end) || dates.some((d) => n.valueStart >= d.start && n.valueStart < d.end))
        continue;
      const { list, victims } = readCount(ctx, n, r.end);
      const kind = findFigureCue(ctx, n, list?.end ?? n.end, r.end) ?? toll;
      if (list !== null) i = Math.max(i, list.end - 1);
      if (kind === null) continue;
      toll = null;
      const after =
        matchPhraseAt(ctx.lexicon.numbers.qualifiersAfter, ctx.tokens, n.end + 1) ??
        matchPhraseAt(ctx.lexicon.numbers.qualifiersAfter, ctx.tokens, n.end);
      const value = list === null ? n.value : list.total;
      found =
        record(figures, lowerBounds, {
          kind,
          value,
          lowerBound: list === null ? n.lowerBound : list.total,
          vague: n.vague,
          qualifier: n.qualifier ?? after?.value ?? null,
          victims: list === null ? victims : list.victims,
          children: list?.children ?? null,
        }) || found;
    }
  }
  // "توفي متأثرا بجراحه" with no count: one death
  if (singleDeath && figures.killed === null) {
    const one = { kind: 'killed' as const, value: 1, lowerBound: 1, vague: false, qualifier: null };
    found = record(figures, lowerBounds, { ...one, victims: null, children: null }) || found;
  }
  if (!found) return null;
  figures.lowerBounds = lowerBounds;
  return figures;
}
