/**
 * Internal: for one count in the text, finds what it counts: a cue right after it (23 قتيلا، 19 جثة), a cue just
 * before it (مقتل 23، وأصيب عشرات، ارتفع عدد القتلى إلى 30، تجاوز عدد القتلى 23), a cue later in its clause
 * (عشرة مدنيين، بينهم ثلاثة أطفال، استشهدوا) or a cue a few words before it (قُتل، بحسب المرصد، 19 مدنيا).
 */
import type { FigureKind } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import type { NumberExpr } from './parse-number-at.ts';

type CueKind = Exclude<FigureKind, 'casualties'>;

const BEFORE_GAP = 2; // filler words allowed between a cue and its count
const FAR_BEFORE = 6; // any words allowed between a cue and its count when nothing nearer says
const AFTER_WINDOW = 10; // words after a count searched for its cue
const DIED_WINDOW = 2; // "11 مصابا فارقوا الحياة": words after an injured noun searched for a death
const WAW = '\u0648';
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!']);
const COMMA = ',';

/** Given a token index, returns the figure cue (killed, injured...) that word is, or null. */
export function cueOf(ctx: EventContext, i: number): CueKind | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return null;
  for (const k of t.keys) {
    const kind = ctx.lexicon.figures.cues.get(k);
    if (kind !== undefined) return kind;
  }
  return null;
}

const isGlued = (text: string): boolean => text.startsWith(WAW) && !text.startsWith(WAW + WAW);
const isSubgroupMarker = (ctx: EventContext, j: number): boolean =>
  ctx.tokens[j]?.keys.some((k) => ctx.lexicon.figures.subgroupMarkers.has(k)) === true;

// "100 مدني من أهالي القرية، سقطوا بين قتيل وجريح"، "... ، قتلوا": the comma is followed by the count's predicate.
function opensPredicate(ctx: EventContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (t === undefined || t.kind !== 'word' || isGlued(t.text)) return false;
  const casualties = ctx.lexicon.figures.casualties;
  return cueOf(ctx, j) !== null || matchPhraseAt(casualties, ctx.tokens, j + 1) !== null;
}

// Scans the clause after a count: a sub-count ("بينهم ثلاثة أطفال"، also between commas) is skipped, any other
// comma, a number or a clause end stops it. A cue with a glued و opens a new conjunct ("مقتل 5 وإصابة 10").
function findCueAfter(ctx: EventContext, from: number, limit: number): FigureKind | null {
  let inSubgroup = false;
  for (let j = from, words = 0; j < limit && words < AFTER_WINDOW; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || CLAUSE_ENDS.has(t.text)) break;
    if (t.text === COMMA) {
      if (inSubgroup) inSubgroup = false;
      else if (isSubgroupMarker(ctx, j + 1)) inSubgroup = true;
      else if (!opensPredicate(ctx, j + 1)) break;
      continue;
    }
    if (t.kind === 'punct') continue;
    if (t.kind === 'number') {
      if (inSubgroup) continue;
      break;
    }
    words++;
    if (isSubgroupMarker(ctx, j)) {
      inSubgroup = true;
      continue;
    }
    if (matchPhraseAt(ctx.lexicon.figures.casualties, ctx.tokens, j) !== null) return 'casualties';
    const kind = cueOf(ctx, j);
    if (kind === null) continue;
    return isGlued(t.text) ? null : kind;
  }
  return null;
}

// A cue before the count, across `maxWords` words; with `fillersOnly`, every word crossed must be a filler.
function findCueBefore(
  ctx: EventContext,
  n: NumberExpr,
  maxWords: number,
  fillersOnly: boolean,
): CueKind | null {
  for (let k = n.start - 1, words = 0; k >= 0 && words <= maxWords; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === 'number' || CLAUSE_ENDS.has(t.text)) break;
    if (t.kind === 'punct') {
      if (fillersOnly && t.text !== '"') break;
      continue;
    }
    const kind = cueOf(ctx, k);
    if (kind !== null) return kind;
    if (isSubgroupMarker(ctx, k)) break;
    if (fillersOnly && !t.keys.some((key) => ctx.lexicon.figures.fillersBefore.has(key))) break;
    words++;
  }
  return null;
}

// "11 مصابا فارقوا الحياة"، "جريحان توفيا": injured people who died are killed.
function diedAfter(ctx: EventContext, from: number, limit: number): boolean {
  for (let j = from; j < Math.min(limit, from + DIED_WINDOW); j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== 'word') return false;
    if (cueOf(ctx, j) === 'killed') return !isGlued(t.text);
  }
  return false;
}

/**
 * Given a count, the token index after the people it counts (after a whole list) and the end of its range,
 * returns the kind of figure it is, or null when nothing near says.
 */
export function findFigureCue(
  ctx: EventContext,
  n: NumberExpr,
  listEnd: number,
  limit: number,
): FigureKind | null {
  if (matchPhraseAt(ctx.lexicon.figures.casualties, ctx.tokens, n.end) !== null) return 'casualties';
  const own = n.dual ? null : cueOf(ctx, n.end);
  // A cue right after the count ("عشرات القتلى"، "23 قتيلا") binds tighter than one before it.
  if (own !== null) {
    return own === 'injured' && diedAfter(ctx, n.end + 1, limit) ? 'killed' : own;
  }
  const near = findCueBefore(ctx, n, BEFORE_GAP, true);
  if (near !== null) return near;
  return findCueAfter(ctx, Math.max(listEnd, n.end), limit) ?? findCueBefore(ctx, n, FAR_BEFORE, false);
}
