/**
 * Internal: one trigger with everything read around it (clause, place, date, actors), before triggers that
 * speak of the same event are merged into one incident.
 */
import type { TokenRange } from '../claims/attribution-cue.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import type { IncidentTrigger } from './find-incident-triggers.ts';

/** A trigger and its surroundings. */
export interface IncidentCandidate {
  trigger: IncidentTrigger;
  /** Index of the sentence in the article's sentences. */
  sentenceNo: number;
  /** True for headlines and subheadings, which only add to incidents the body describes. */
  heading: boolean;
  clause: TokenRange;
  /** The place named in the trigger's own clause, or null. */
  clauseLocationId: string | null;
  /** The place named in its sentence or paragraph when the clause names none. */
  nearLocationId: string | null;
  perpetrators: string[];
  targets: string[];
  date: DateExpression | null;
  /**
   * True for a bare definite strike word ("وأضاف أن القصف تسبب بدمار") with no actor, place or date of its own:
   * it refers back to a strike already told rather than reporting a new one.
   */
  anaphoric: boolean;
}
