/**
 * Internal: reads the clause, place, date and actors around one trigger.
 */
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import { chooseIncidentLocation } from './choose-incident-location.ts';
import { findIncidentActors } from './find-incident-actors.ts';
import type { IncidentTrigger } from './find-incident-triggers.ts';
import type { IncidentCandidate } from './incident-candidate.ts';
import type { LocationTable } from './location-table.ts';

const ARTICLE = '\u0627\u0644'; // ال
// The article after an optional conjunction (والقصف، فالقصف).
const isDefinite = (word: string): boolean => word.startsWith(ARTICLE) || word.slice(1).startsWith(ARTICLE);

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '?', '!']);
const MIN_CLAUSE_WORDS = 6;

const words = (ctx: EventContext, r: TokenRange): number =>
  ctx.tokens.slice(r.start, r.end).filter((t) => t.kind !== 'punct').length;

/** Given a context and a trigger, returns the clause around it (between punctuation, at least six words). */
export function findTriggerClause(ctx: EventContext, t: IncidentTrigger): TokenRange {
  const { tokStart, tokEnd } = t.sentence;
  let start = t.start;
  let end = t.end;
  const grow = (): void => {
    while (start > tokStart && !CLAUSE_PUNCT.has(ctx.tokens[start - 1]?.text ?? '')) start--;
    while (end < tokEnd && !CLAUSE_PUNCT.has(ctx.tokens[end]?.text ?? '')) end++;
  };
  grow();
  while (words(ctx, { start, end }) < MIN_CLAUSE_WORDS && (start > tokStart || end < tokEnd)) {
    if (end < tokEnd) end++;
    else start--;
    grow();
  }
  return { start, end };
}

/** What is read once per sentence: its date expressions and the token range of its paragraph. */
export interface SentenceSurroundings {
  dates: readonly DateExpression[];
  paragraph: TokenRange;
}

/**
 * Given the context, the location table, a frame mask, a trigger, its sentence number, whether it is a heading,
 * its sentence's surroundings and the sentence's other triggers, returns its candidate.
 */
export function buildIncidentCandidate(
  ctx: EventContext,
  table: LocationTable,
  inFrame: Uint8Array,
  trigger: IncidentTrigger,
  sentenceNo: number,
  heading: boolean,
  around: SentenceSurroundings,
  rivals: readonly number[] = [],
): IncidentCandidate {
  const clause = findTriggerClause(ctx, trigger);
  const sentence = { start: trigger.sentence.tokStart, end: trigger.sentence.tokEnd };
  const fleeing = trigger.type === 'displacement';
  const clauseLocationId = chooseIncidentLocation(
    ctx,
    table,
    [clause],
    inFrame,
    trigger.start,
    rivals,
    fleeing,
  );
  const nearLocationId =
    clauseLocationId ??
    chooseIncidentLocation(ctx, table, [sentence, around.paragraph], inFrame, trigger.start, [], fleeing);
  const clauseDate = around.dates.find((d) => d.start >= clause.start && d.start < clause.end) ?? null;
  const date = clauseDate ?? around.dates[0] ?? null;
  const { perpetrators, targets } = findIncidentActors(ctx, trigger, inFrame);
  const anaphoric =
    trigger.generic &&
    isDefinite(ctx.tokens[trigger.start]?.text ?? '') &&
    ((perpetrators.length === 0 && targets.length === 0) || trigger.vague === true) &&
    clauseLocationId === null &&
    clauseDate === null;
  return {
    trigger,
    sentenceNo,
    heading,
    clause,
    clauseLocationId,
    nearLocationId,
    perpetrators,
    targets,
    date,
    anaphoric,
  };
}
