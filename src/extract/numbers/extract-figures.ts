/**
 * Public API: reads the figures one claim gives (killed, injured, casualties, captured, displaced), with the
 * victims they count (civilians, children, women, fighters of a group), their bound (أكثر من، ما لا يقل عن،
 * نحو، على الأقل) and sub-counts ("بينهم ثمانية أطفال"). The first figure of each kind wins.
 */
import type { FigureKind, Figures, VictimGroup } from '../types.ts';
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import { getMentionStartingAt, isActorMention } from '../claims/cue-helpers.ts';
import { findDateExpressions } from '../dates/find-date-expressions.ts';
import { findFigureCue } from './find-figure-cue.ts';
import { parseNumberAt, type NumberExpr } from './parse-number-at.ts';

const VICTIM_WINDOW = 4;
const OF = '\u0645\u0646'; // من
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function victimsAfter(ctx: EventContext, n: NumberExpr, limit: number): VictimGroup | null {
  for (let j = n.end; j < Math.min(limit, n.end + VICTIM_WINDOW); j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== 'word') break;
    if (t.text === OF) continue;
    if (t.keys.some((k) => ctx.lexicon.figures.subgroupMarkers.has(k))) break;
    const kind = t.keys.map((k) => ctx.lexicon.victims.get(k)).find((v) => v !== undefined);
    if (kind === undefined) continue;
    if (kind !== 'fighters') return kind;
    for (let k = j + 1; k < Math.min(limit, j + 4); k++) {
      const m = getMentionStartingAt(ctx, k);
      if (m !== null && isActorMention(m)) return `fighters:${m.entityId}`;
    }
    return 'fighters';
  }
  return null;
}

function isBlocked(ctx: EventContext, n: NumberExpr): boolean {
  const prev = ctx.tokens[n.start - 1];
  if (prev !== undefined && prev.keys.some((k) => ctx.lexicon.figures.numberLeftBlockers.has(k))) return true;
  return typeof n.value === 'number' && n.value >= YEAR_MIN && n.value <= YEAR_MAX && !n.vague && ctx.tokens[n.valueStart]?.kind === 'number';
}

// A count of people is followed by whom it counts, a cue, a function word or nothing; "بعدة قذائف"، "40 غارة"
// count something else.
function countsPeople(ctx: EventContext, n: NumberExpr, limit: number): boolean {
  if (n.dual || n.end >= limit) return true;
  const next = ctx.tokens[n.end];
  if (next === undefined || next.kind !== 'word' || ctx.mentionAt[n.end] !== -1) return true;
  const lex = ctx.lexicon;
  return next.keys.some((k) => lex.victims.has(k) || lex.figures.cues.has(k) || lex.figures.countFollowers.has(k) ||
    lex.dates.starters.has(k) || lex.figures.subgroupMarkers.has(k)) ||
    matchPhraseAt(lex.figures.casualties, ctx.tokens, n.end) !== null ||
    matchPhraseAt(lex.numbers.qualifiersAfter, ctx.tokens, n.end) !== null;
}

function isSubgroup(ctx: EventContext, n: NumberExpr): boolean {
  const prev = ctx.tokens[n.start - 1];
  return prev !== undefined && prev.keys.some((k) => ctx.lexicon.figures.subgroupMarkers.has(k));
}

/** Given a context and the token ranges of what one source says, returns the figures given there, or null. */
export function extractFigures(ctx: EventContext, ranges: readonly TokenRange[]): Figures | null {
  const figures: Figures = { killed: null, injured: null, victims: null, qualifier: null };
  const lowerBounds: Partial<Record<FigureKind, number>> = {};
  let found = false;
  const starters = ctx.lexicon.numbers.starters;
  for (const r of ranges) {
    const dates = findDateExpressions(ctx.tokens, r.start, r.end, ctx.lexicon, ctx.input.text, null);
    for (let i = r.start; i < r.end; i++) {
      const t = ctx.tokens[i];
      if (t === undefined || (t.kind === 'word' && !t.keys.some((k) => starters.has(k)))) continue;
      const n = parseNumberAt(ctx.tokens, i, ctx.lexicon, ctx.input.text);
      if (n === null) continue;
      i = n.end - 1;
      if (isBlocked(ctx, n) || !countsPeople(ctx, n, r.end) || dates.some((d) => n.valueStart >= d.start && n.valueStart < d.end)) continue;
      const victims = victimsAfter(ctx, n.dual ? { ...n, end: n.valueStart } : n, r.end);
      if (isSubgroup(ctx, n)) {
        if (victims === 'children' && figures.children == null) figures.children = n.value;
        if (victims === 'women' && figures.women == null) figures.women = n.value;
        continue;
      }
      const kind = findFigureCue(ctx, n, r.end);
      if (kind === null || (figures[kind] !== undefined && figures[kind] !== null)) continue;
      figures[kind] = n.value;
      lowerBounds[kind] = n.lowerBound;
      found = true;
      if (n.vague) figures.vague = true;
      if (figures.victims === null && victims !== null) figures.victims = victims;
      const after = matchPhraseAt(ctx.lexicon.numbers.qualifiersAfter, ctx.tokens, n.end + 1) ?? matchPhraseAt(ctx.lexicon.numbers.qualifiersAfter, ctx.tokens, n.end);
      const qualifier = n.qualifier ?? after?.value ?? null;
      if (figures.qualifier === null && (kind === 'killed' || kind === 'casualties')) figures.qualifier = qualifier;
    }
  }
  if (!found) return null;
  figures.lowerBounds = lowerBounds;
  return figures;
}
