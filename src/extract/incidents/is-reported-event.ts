/**
 * Internal: whether a trigger reports an event, or only names one inside a fear, a plan, a demand, an opinion, a
 * habit, a state, a cause phrase or a kind of place. Read in this order:
 * - never: a future adjective after the trigger ("المفاوضات المقبلة"), a place head before it ("مناطق الاشتباك");
 * - an irrealis span (findNonEventSpans) rejects it unless a past date falls inside the span;
 * - a habit (a habit span, "اشتباكات متقطعة") rejects it unless its clause or span has a date of its own;
 * - a state (a state span, "استمرار القصف", or a cause preposition before it, "بسبب المعارك", unless a death or
 *   arrest before it in the sentence is what the cause explains) rejects it unless its clause has a date or
 *   names its perpetrator after it.
 */
import type { EventContext } from '../claims/build-event-context.ts';
import { matchPhraseAt } from '../claims/phrase-matcher.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import type { NonEventKind, NonEventSpans } from './find-non-event-spans.ts';
import type { IncidentTrigger } from './find-incident-triggers.ts';
import type { IncidentCandidate } from './incident-candidate.ts';
import type { NonEventLexicon } from './non-event-lexicon.ts';

/** What the decision reads besides the candidate: the spans and dates of its sentence, and its earlier triggers. */
export interface EventEvidence {
  spans: NonEventSpans;
  dates: readonly DateExpression[];
  /** The triggers of the sentence before this one. */
  earlier: readonly IncidentTrigger[];
}

interface Range {
  start: number;
  end: number;
}

const MODIFIER_REACH = 3; // words after a trigger that may still modify it ("جولة المفاوضات المقبلة")
const CAUSE_GAP = 1; // words allowed between a cause preposition and its trigger ("بسبب استمرار المعارك")
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?']);
const ARTICLE = '\u0627\u0644'; // ال
const LAM_LAM = '\u0644\u0644'; // لل

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const isDefinite = (word: string): boolean =>
  word.startsWith(ARTICLE) || word.slice(1).startsWith(ARTICLE) || word.startsWith(LAM_LAM);

function modifierAfter(ctx: EventContext, end: number, limit: number, set: Set<string>): boolean {
  for (let k = end; k < Math.min(limit, end + MODIFIER_REACH); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === 'punct') return false;
    if (t.keys.some((key) => set.has(key))) return true;
  }
  return false;
}

// "مناطق الاشتباك"، "استمرار القصف": a head noun in construct (without the article) right before the trigger; not
// "شهدت المنطقة حركة نزوح", where the definite noun is the subject.
function headBefore(ctx: EventContext, start: number, sentenceStart: number, heads: Set<string>): boolean {
  const prev = ctx.tokens[start - 1];
  if (start <= sentenceStart || prev === undefined || prev.kind !== 'word' || ctx.mentionAt[start - 1] !== -1)
    return false;
  return !isDefinite(prev.text) && prev.keys.some((key) => heads.has(key));
}

function followsCause(
  ctx: EventContext,
  lex: NonEventLexicon,
  start: number,
  sentenceStart: number,
): boolean {
  for (let k = Math.max(sentenceStart, start - 3 - CAUSE_GAP); k < start; k++) {
    const m = matchPhraseAt(lex.causes, ctx.tokens, k);
    if (m !== null && m.end <= start && start - m.end <= CAUSE_GAP) return true;
  }
  return false;
}

// The trigger's clause: between punctuation and clause connectors (فيما، بينما).
function clauseOf(ctx: EventContext, t: IncidentTrigger): Range {
  const opens = (k: number): boolean =>
    matchPhraseAt(ctx.lexicon.speech.clauseConnectors, ctx.tokens, k) !== null;
  let start = t.start;
  let end = t.end;
  while (start > t.sentence.tokStart && !CLAUSE_PUNCT.has(ctx.tokens[start - 1]?.text ?? '') && !opens(start))
    start--;
  while (end < t.sentence.tokEnd && !CLAUSE_PUNCT.has(ctx.tokens[end]?.text ?? '') && !opens(end)) end++;
  return { start, end };
}

// Dates that pin an event down: not a habitual phrase ("منذ أشهر"), not a future one ("خلال الأيام المقبلة").
function anchoringDates(ctx: EventContext, lex: NonEventLexicon, ev: EventEvidence): DateExpression[] {
  const publishedAt = ctx.input.publishedAt;
  const future = (k: number): boolean =>
    ctx.tokens[k]?.keys.some((key) => lex.futureModifiers.has(key)) ?? false;
  return ev.dates.filter(
    (d) =>
      !ev.spans.habitual.some((h) => overlaps(h, d)) &&
      !future(d.end - 1) &&
      !future(d.end) &&
      !(publishedAt !== null && d.date !== null && d.date > publishedAt),
  );
}

function weakKind(
  ctx: EventContext,
  lex: NonEventLexicon,
  t: IncidentTrigger,
  ev: EventEvidence,
  weakSpans: readonly Range[],
): NonEventKind | null {
  const { tokStart, tokEnd } = t.sentence;
  if (ev.spans.spans.some((s) => s.kind === 'habit' && overlaps(s, { start: t.start, end: t.start + 1 })))
    return 'habit';
  if (modifierAfter(ctx, t.end, tokEnd, lex.habitualModifiers)) return 'habit';
  if (weakSpans.length > 0 || headBefore(ctx, t.start, tokStart, lex.ongoingHeads)) return 'state';
  const explainsConsequence = ev.earlier.some((x) => x.role === 'result');
  return !explainsConsequence && followsCause(ctx, lex, t.start, tokStart) ? 'state' : null;
}

/** Given the context, the non-event lexicon, a candidate and what its sentence holds, returns true when it reports an event. */
export function isReportedEvent(
  ctx: EventContext,
  lex: NonEventLexicon,
  c: IncidentCandidate,
  ev: EventEvidence,
): boolean {
  const t = c.trigger;
  if (
    modifierAfter(ctx, t.end, t.sentence.tokEnd, lex.futureModifiers) ||
    headBefore(ctx, t.start, t.sentence.tokStart, lex.placeHeads)
  )
    return false;
  const at = { start: t.start, end: t.start + 1 };
  const dates = anchoringDates(ctx, lex, ev);
  const covering = ev.spans.spans.filter((s) => overlaps(s, at));
  if (covering.some((s) => s.kind === 'irrealis' && !dates.some((d) => overlaps(d, s)))) return false;
  const weakSpans = covering.filter((s) => s.kind !== 'irrealis');
  const kind = weakKind(ctx, lex, t, ev, weakSpans);
  if (kind === null) return true;
  const clause = clauseOf(ctx, t);
  if (dates.some((d) => overlaps(d, clause) || weakSpans.some((s) => overlaps(d, s)))) return true;
  if (kind === 'habit') return false;
  // The perpetrator must be named from the trigger on ("قصفا من قبل X"، "قصف قوات X"): before it stands the
  // subject of the verb of state ("تتقاسم قوات X ... السيطرة").
  return ctx.mentions.some(
    (m) => m.tokStart >= t.start && m.tokStart < clause.end && c.perpetrators.includes(m.entityId),
  );
}
