/**
 * Internal: tells whether a count counts people. A count of people is followed by whom it counts (مدنيا، عنصرا,
 * or a plural nisba such as أميركيين), a cue, a function word or nothing; "بعدة قذائف"، "40 غارة" count something
 * else. Years (2017) and counts after a blocker (عام، رقم، الـ) are no figures either.
 */
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import type { NumberExpr } from './parse-number-at.ts';

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const NISBA_PLURALS = ['\u064a\u064a\u0646', '\u064a\u0648\u0646']; // ـيين، ـيون: أميركيين، سوريون
const NISBA_MIN_LENGTH = 5;

function isBlocked(ctx: EventContext, n: NumberExpr): boolean {
  const prev = ctx.tokens[n.start - 1];
  if (prev !== undefined && prev.keys.some((k) => ctx.lexicon.figures.numberLeftBlockers.has(k))) return true;
  return (
    typeof n.value === 'number' &&
    n.value >= YEAR_MIN &&
    n.value <= YEAR_MAX &&
    !n.vague &&
    ctx.tokens[n.valueStart]?.kind === 'number'
  );
}

/** Given a context, a count and the end of its range, returns true when the count may count people. */
export function isPeopleCount(ctx: EventContext, n: NumberExpr, limit: number): boolean {
  if (isBlocked(ctx, n)) return false;
  if (n.dual || n.end >= limit) return true;
  const next = ctx.tokens[n.end];
  if (next === undefined || next.kind !== 'word' || ctx.mentionAt[n.end] !== -1) return true;
  const lex = ctx.lexicon;
  return (
    next.keys.some(
      (k) =>
        lex.victims.has(k) ||
        lex.figures.cues.has(k) ||
        lex.figures.countFollowers.has(k) ||
        lex.dates.starters.has(k) ||
        lex.figures.subgroupMarkers.has(k) ||
        (k.length >= NISBA_MIN_LENGTH && NISBA_PLURALS.some((s) => k.endsWith(s))),
    ) ||
    matchPhraseAt(lex.figures.casualties, ctx.tokens, n.end) !== null ||
    matchPhraseAt(lex.numbers.qualifiersAfter, ctx.tokens, n.end) !== null
  );
}
