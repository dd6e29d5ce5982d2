/**
 * Internal: for one count in the text, finds what it counts: a cue before it (مقتل 23، وأصيب عشرات، ارتفاع
 * عدد القتلى إلى 30) or after it (23 قتيلا، عشرة مدنيين استشهدوا، 25 عنصرا سقطوا بين قتيل وجريح).
 */
import type { FigureKind } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import type { NumberExpr } from './parse-number-at.ts';

const BEFORE_GAP = 2; // filler words allowed between a cue and its count
const AFTER_WINDOW = 10; // words after a count searched for its cue
const WAW = '\u0648';

function cueOf(ctx: EventContext, i: number): Exclude<FigureKind, 'casualties'> | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word') return null;
  for (const k of t.keys) {
    const kind = ctx.lexicon.figures.cues.get(k);
    if (kind !== undefined) return kind;
  }
  return null;
}

/** Given a count and the end of its range, returns the kind of figure it is, or null when nothing says. */
export function findFigureCue(ctx: EventContext, n: NumberExpr, limit: number): FigureKind | null {
  const fig = ctx.lexicon.figures;
  let after: FigureKind | null = null;
  for (let j = n.end, words = 0; j < limit && words < AFTER_WINDOW; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind === 'number' || t.text === '.' || t.text === ';') break;
    if (t.kind === 'punct') continue;
    words++;
    if (t.keys.some((k) => fig.subgroupMarkers.has(k))) break;
    if (matchPhraseAt(fig.casualties, ctx.tokens, j) !== null) return 'casualties';
    const kind = cueOf(ctx, j);
    if (kind !== null) {
      // A cue with a glued و opens a new conjunct ("مقتل 5 وإصابة 10"): it belongs to the next count.
      if (t.text.startsWith(WAW) && !t.text.startsWith(WAW + WAW)) break;
      after = kind;
      break;
    }
  }
  // A cue right after the count ("عشرات القتلى"، "23 قتيلا") binds tighter than one before it.
  if (after !== null && cueOf(ctx, n.end) === after) return after;
  for (let k = n.start - 1, gap = 0; k >= 0 && gap <= BEFORE_GAP; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== 'word') break;
    const kind = cueOf(ctx, k);
    if (kind !== null) return kind;
    if (!t.keys.some((key) => fig.fillersBefore.has(key))) break;
    gap++;
  }
  return after;
}
