/**
 * Internal: groups the triggers of one article into incidents. A trigger joins the nearest incident before it
 * of the same type (or, for a generic strike word, a strike by the same actor) whose place, actors and date do
 * not contradict it. Consequences (مقتل، اعتقال) join the main trigger of their sentence, else an incident of the
 * two sentences before, else stand alone. Headlines only add to incidents unless they name a new main event.
 */
import type { IncidentType } from '../types.ts';
import { countDaysBetween } from '../dates/shift-iso-date.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import type { IncidentCandidate } from './incident-candidate.ts';
import { areLocationsCompatible, refineLocation } from './relate-locations.ts';
import type { LocationTable } from './location-table.ts';

/** Triggers merged into one incident. */
export interface IncidentDraft {
  type: IncidentType;
  generic: boolean;
  members: IncidentCandidate[];
  locationId: string | null;
  perpetrators: string[];
  targets: string[];
  date: DateExpression | null;
  lastSentence: number;
}

const STRIKES: ReadonlySet<IncidentType> = new Set(['airstrike', 'shelling', 'attack']);
const RESULT_REACH = 2; // sentences back a consequence may attach to

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));
const agree = (a: readonly string[], b: readonly string[]): boolean => a.length === 0 || b.length === 0 || intersects(a, b);

function datesAgree(a: DateExpression | null, b: DateExpression | null): boolean {
  if (a?.date == null || b?.date == null) return true;
  return Math.abs(countDaysBetween(a.date, b.date) ?? 0) <= 1;
}

function typesAgree(d: IncidentDraft, c: IncidentCandidate): boolean {
  if (d.type === c.trigger.type && d.generic === c.trigger.generic) return true;
  if (d.type === c.trigger.type) return agree(d.perpetrators, c.perpetrators);
  const strikes = STRIKES.has(d.type) && STRIKES.has(c.trigger.type);
  return strikes && (d.generic || c.trigger.generic) && intersects(d.perpetrators, c.perpetrators);
}

function isCompatible(table: LocationTable, d: IncidentDraft, c: IncidentCandidate): boolean {
  return typesAgree(d, c) && areLocationsCompatible(table, d.locationId, c.locationId) &&
    agree(d.perpetrators, c.perpetrators) && datesAgree(d.date, c.date);
}

function absorb(table: LocationTable, d: IncidentDraft, c: IncidentCandidate, asResult: boolean): void {
  d.members.push(c);
  if (!asResult && d.generic && !c.trigger.generic) {
    d.type = c.trigger.type;
    d.generic = false;
  }
  d.locationId = refineLocation(table, d.locationId, c.locationId);
  for (const p of c.perpetrators) if (!d.perpetrators.includes(p) && !asResult) d.perpetrators.push(p);
  for (const t of c.targets) if (!d.targets.includes(t) && !d.perpetrators.includes(t)) d.targets.push(t);
  d.date ??= c.date;
  d.lastSentence = Math.max(d.lastSentence, c.sentenceNo);
}

function open(c: IncidentCandidate): IncidentDraft {
  return { type: c.trigger.type, generic: c.trigger.generic, members: [c], locationId: c.locationId,
    perpetrators: [...c.perpetrators], targets: c.targets.filter((t) => !c.perpetrators.includes(t)), date: c.date, lastSentence: c.sentenceNo };
}

function findLast(drafts: readonly IncidentDraft[], test: (d: IncidentDraft) => boolean): IncidentDraft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d !== undefined && test(d)) return d;
  }
  return undefined;
}

/** Given the location table and the candidates of an article in text order, returns its incident drafts. */
export function mergeIncidentCandidates(table: LocationTable, candidates: readonly IncidentCandidate[]): IncidentDraft[] {
  const drafts: IncidentDraft[] = [];
  const body = candidates.filter((c) => !c.heading);
  const sentences = [...new Set(body.map((c) => c.sentenceNo))];
  for (const no of sentences) {
    const group = body.filter((c) => c.sentenceNo === no);
    const mains = group.filter((c) => c.trigger.role === 'main');
    for (const c of mains) {
      const d = findLast(drafts, (x) => isCompatible(table, x, c));
      if (d === undefined) drafts.push(open(c));
      else absorb(table, d, c, false);
    }
    if (mains.length > 0) continue;
    const seenTypes = new Set<IncidentType>();
    for (const c of group) {
      if (seenTypes.has(c.trigger.type)) continue;
      seenTypes.add(c.trigger.type);
      const d = findLast(drafts, (x) => no - x.lastSentence <= RESULT_REACH &&
        areLocationsCompatible(table, x.locationId, c.locationId) && agree(x.perpetrators, c.perpetrators));
      if (d === undefined) drafts.push(open(c));
      else absorb(table, d, c, true);
    }
  }
  for (const c of candidates.filter((x) => x.heading)) {
    const d = findLast(drafts, (x) => isCompatible(table, x, c));
    if (d !== undefined) absorb(table, d, c, c.trigger.role === 'result');
    else if (c.trigger.role === 'main') drafts.push(open(c));
  }
  return drafts;
}
