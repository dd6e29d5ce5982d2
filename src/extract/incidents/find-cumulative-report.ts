/**
 * Internal: whether a sentence gives a cumulative report, a toll counted since the start of a period ("وثقت
 * مقتل 400 مدني منذ مطلع الشهر"، "ارتفع عدد الضحايا منذ بدء الهجوم في 20 كانون الثاني إلى 300"): a since
 * marker followed by a start noun or a date, and a toll word in the same sentence (incident-markers.json).
 */
import type { EventContext, PlacedSentence } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import { getIncidentMarkers } from './incident-markers.ts';

/** A cumulative report found in a sentence. */
export interface CumulativeReport {
  /** Token index of the first toll word. */
  toll: number;
  /** Its clause: between the clause connectors (فيما، حيث) around the since marker; commas do not end it. */
  scope: { start: number; end: number };
  /** The start of the period, when the text dates it. */
  since: DateExpression | null;
}

const START_REACH = 2; // words between the since marker and its start noun or date
const DATE_REACH = 8; // words between the since marker and the date of the start

const hasKeyIn = (ctx: EventContext, k: number, set: Set<string>): boolean =>
  ctx.tokens[k]?.keys.some((key) => set.has(key)) ?? false;

function findScope(ctx: EventContext, s: PlacedSentence, at: number): { start: number; end: number } {
  const opens = (k: number): boolean =>
    matchPhraseAt(ctx.lexicon.speech.clauseConnectors, ctx.tokens, k) !== null;
  let start = at;
  while (start > s.tokStart && !opens(start)) start--;
  let end = at + 1;
  while (end < s.tokEnd && !opens(end)) end++;
  return { start, end };
}

/** Given the context, a sentence and its dates, returns its cumulative report, or null. */
export function findCumulativeReport(
  ctx: EventContext,
  s: PlacedSentence,
  dates: readonly DateExpression[],
): CumulativeReport | null {
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (!hasKeyIn(ctx, k, getIncidentMarkers().since)) continue;
    const dated = dates.find(
      (d) => d.start > k && d.start <= k + DATE_REACH && d.date !== null && d.precision !== 'week',
    );
    const started = [1, START_REACH].some((gap) => hasKeyIn(ctx, k + gap, getIncidentMarkers().startNouns));
    if (!started && (dated === undefined || dated.start > k + START_REACH)) continue;
    const scope = findScope(ctx, s, k);
    for (let j = scope.start; j < scope.end; j++) {
      if (ctx.mentionAt[j] === -1 && hasKeyIn(ctx, j, getIncidentMarkers().tollWords))
        return { toll: j, scope, since: dated ?? null };
    }
  }
  return null;
}

/** Given the context and a sentence, returns true when it has a since marker (a cheap check before reading its dates). */
export function mayReport(ctx: EventContext, s: PlacedSentence): boolean {
  for (let k = s.tokStart; k < s.tokEnd; k++) if (hasKeyIn(ctx, k, getIncidentMarkers().since)) return true;
  return false;
}
