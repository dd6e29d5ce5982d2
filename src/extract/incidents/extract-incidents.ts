/**
 * Internal: the incidents of one article: triggers in every content sentence (headings included), read with
 * their clause, place, date and actors, kept when they report an event (isReportedEvent), merged per event,
 * with deterministic ids.
 */
import type { ExtractedIncident, Mention } from '../types.ts';
import type { EventContext, PlacedSentence } from '../claims/build-event-context.ts';
import type { Accusation } from '../claims/extract-claims.ts';
import { hashId } from '../claims/hash-id.ts';
import type { TokenRange } from '../claims/attribution-cue.ts';
import { findDateExpressions } from '../dates/find-date-expressions.ts';
import { buildIncidentCandidate, type SentenceSurroundings } from './build-incident-candidate.ts';
import { findCumulativeReport, mayReport, type CumulativeReport } from './find-cumulative-report.ts';
import { findIncidentTriggers, type IncidentTrigger } from './find-incident-triggers.ts';
import { findMainLocation } from './find-main-location.ts';
import { findNonEventSpans } from './find-non-event-spans.ts';
import type { IncidentCandidate } from './incident-candidate.ts';
import { isReportedEvent } from './is-reported-event.ts';
import { toLocationPrecision, type LocationTable } from './location-table.ts';
import { mergeIncidentCandidates, type IncidentDraft } from './merge-incident-candidates.ts';
import { getDefaultNonEventLexicon } from './non-event-lexicon.ts';

/** The incidents of an article and, for linking claims, the trigger tokens of each. */
export interface IncidentsResult {
  incidents: ExtractedIncident[];
  /** For each incident (same order), the token index of each of its triggers. */
  triggerTokens: number[][];
}

const BEH = '\u0628';
const WAW = '\u0648';

function isInstrument(ctx: EventContext, i: number): boolean {
  const text = ctx.tokens[i]?.text ?? '';
  return text.startsWith(BEH) || text.startsWith(WAW + BEH);
}

// "بقذائف المدفعية وعشرات الغارات": a trigger coordinated right after an instrument is one too.
function isCoordinated(ctx: EventContext, previous: IncidentCandidate, i: number): boolean {
  if (i - previous.trigger.end > 2) return false;
  return [i, i - 1].some((k) => k >= previous.trigger.end && (ctx.tokens[k]?.text.startsWith(WAW) ?? false));
}

const TEASER_WORDS = 8;

function wordsOf(ctx: EventContext, s: PlacedSentence, n: number): string {
  return ctx.tokens
    .slice(s.tokStart, s.tokEnd)
    .filter((t) => t.kind !== 'punct')
    .slice(0, n)
    .map((t) => t.text)
    .join(' ');
}

function repeatsBody(ctx: EventContext, s: PlacedSentence, body: readonly PlacedSentence[]): boolean {
  const head = wordsOf(ctx, s, TEASER_WORDS);
  return (
    head.split(' ').length >= TEASER_WORDS &&
    body.some((b) => b !== s && wordsOf(ctx, b, TEASER_WORDS) === head)
  );
}

function toEvidence(ctx: EventContext, d: IncidentDraft): Mention[] {
  const out: Mention[] = [];
  for (const m of [...d.members].sort((a, b) => a.clause.start - b.clause.start)) {
    const first = ctx.tokens[m.clause.start];
    const last = ctx.tokens[m.clause.end - 1];
    if (first === undefined || last === undefined) continue;
    const span = { start: first.origStart, end: last.origEnd };
    if (out.some((e) => e.start === span.start && e.end === span.end)) continue;
    out.push({ ...span, text: ctx.input.text.slice(span.start, span.end) });
  }
  return out;
}

function toIncident(
  ctx: EventContext,
  table: LocationTable,
  d: IncidentDraft,
  mainLocation: string | null,
): ExtractedIncident {
  const evidence = toEvidence(ctx, d);
  const locationId = d.locationId ?? d.nearLocationId ?? mainLocation;
  const anchor = [...d.members].sort((a, b) => a.trigger.start - b.trigger.start)[0];
  const firstStart = ctx.tokens[anchor?.trigger.start ?? 0]?.origStart ?? 0;
  return {
    id: `inc_${hashId(ctx.input.articleId, d.type, locationId, firstStart)}`,
    type: d.type,
    locationId,
    locationPrecision: toLocationPrecision(locationId === null ? null : table.kind(locationId)),
    perpetratorIds: d.perpetrators,
    targetIds: d.targets,
    date: d.date?.date ?? null,
    dateText: d.date?.text ?? null,
    datePrecision: d.date?.precision ?? 'unknown',
    evidence,
  };
}

// A toll counted since a date is one report: every trigger of its sentence names a part of it.
function toReportTriggers(
  triggers: readonly IncidentTrigger[],
  report: CumulativeReport,
  s: PlacedSentence,
): IncidentTrigger[] {
  const as = (t: IncidentTrigger): IncidentTrigger => ({
    ...t,
    type: 'report',
    role: 'main',
    generic: false,
  });
  const inside = (t: IncidentTrigger): boolean => t.start >= report.scope.start && t.start < report.scope.end;
  const out = triggers.map((t) => (inside(t) ? as(t) : t));
  if (out.some(inside)) return out;
  const toll: IncidentTrigger = {
    type: 'report',
    role: 'main',
    generic: false,
    isVerb: false,
    start: report.toll,
    end: report.toll + 1,
    sentence: s,
  };
  return [...out, toll].sort((a, b) => a.start - b.start);
}

/** What the claims step found that the incidents step reuses. */
export interface ClaimFindings {
  claimSentences: readonly PlacedSentence[];
  inFrame: Uint8Array;
  accusations: readonly Accusation[];
}

const STRIKES = new Set(['airstrike', 'shelling', 'attack', 'killing']);

// In what an accuser says, the accused did it ("اتهمت X الفصائل بقصف القرى").
function blameAccused(c: IncidentCandidate, accusations: readonly Accusation[]): void {
  if (!STRIKES.has(c.trigger.type)) return;
  const a = accusations.find((x) => c.trigger.start >= x.scope.start && c.trigger.start < x.scope.end);
  if (a === undefined || !(c.perpetrators.length === 0 || c.perpetrators.some((p) => a.accusers.includes(p))))
    return;
  c.perpetrators = a.accused === null ? [] : [a.accused];
}

/** Given the context, the location table and the claims step's findings, returns the incidents. */
export function extractIncidents(
  ctx: EventContext,
  table: LocationTable,
  found: ClaimFindings,
): IncidentsResult {
  const { claimSentences, inFrame, accusations } = found;
  const nonEvents = getDefaultNonEventLexicon();
  const candidates: IncidentCandidate[] = [];
  const contentEnd = ctx.input.segmentation.contentEnd;
  const paragraphs = new Map<number, TokenRange>();
  for (const s of ctx.sentences) {
    const p = paragraphs.get(s.sentence.paragraph);
    paragraphs.set(s.sentence.paragraph, {
      start: Math.min(p?.start ?? s.tokStart, s.tokStart),
      end: Math.max(p?.end ?? s.tokEnd, s.tokEnd),
    });
  }
  ctx.sentences.forEach((s, no) => {
    if (s.sentence.start >= contentEnd) return;
    const heading = !claimSentences.includes(s);
    if (heading && repeatsBody(ctx, s, claimSentences)) return; // a teaser repeating the first paragraph
    let previous: IncidentCandidate | null = null;
    let previousInstrument = false;
    let triggers = findIncidentTriggers(ctx, s);
    if (triggers.length === 0 && !mayReport(ctx, s)) return;
    const around: SentenceSurroundings = {
      dates: findDateExpressions(
        ctx.tokens,
        s.tokStart,
        s.tokEnd,
        ctx.lexicon,
        ctx.input.text,
        ctx.input.publishedAt,
      ),
      paragraph: paragraphs.get(s.sentence.paragraph) ?? { start: s.tokStart, end: s.tokEnd },
    };
    const report = findCumulativeReport(ctx, s, around.dates);
    if (report !== null) triggers = toReportTriggers(triggers, report, s);
    if (triggers.length === 0) return;
    const spans = findNonEventSpans(ctx, nonEvents, s);
    for (const [k, t] of triggers.entries()) {
      const rivals = triggers.filter((x) => x.start !== t.start && x.type !== t.type).map((x) => x.start);
      const c = buildIncidentCandidate(ctx, table, inFrame, t, no, heading, around, rivals);
      const reported = t.type === 'report' && report !== null;
      if (reported) c.date = report.since ?? c.date;
      // A fear, a plan, a habit or a cause phrase names an event without reporting one; a toll since a date is a report.
      if (
        !reported &&
        !isReportedEvent(ctx, nonEvents, c, { spans, dates: around.dates, earlier: triggers.slice(0, k) })
      )
        continue;
      // An instrument ("استهدافها ... بقذائف المدفعية") is used by whoever did the strike before it.
      const instrument: boolean =
        isInstrument(ctx, t.start) ||
        (previous !== null && previousInstrument && isCoordinated(ctx, previous, t.start));
      if (previous !== null && c.trigger.role === 'main' && instrument && previous.perpetrators.length > 0) {
        c.perpetrators = [...previous.perpetrators];
        c.targets = [...previous.targets];
      }
      blameAccused(c, accusations);
      candidates.push(c);
      previous = c;
      previousInstrument = instrument;
    }
  });
  const drafts = mergeIncidentCandidates(ctx.lexicon, table, candidates);
  const mainLocation = findMainLocation(ctx, inFrame);
  return {
    incidents: drafts.map((d) => toIncident(ctx, table, d, mainLocation)),
    triggerTokens: drafts.map((d) => d.members.map((m) => m.trigger.start)),
  };
}
