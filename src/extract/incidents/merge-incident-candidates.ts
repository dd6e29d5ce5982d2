/**
 * Internal: groups the triggers of one article into incidents. A trigger joins the nearest incident before it
 * of the same type whose place (named in the trigger's clause), actors and date do not contradict it; in one
 * sentence, a generic strike word or a plain attack joins the specific strike it describes (استهدفتها بقذائف
 * المدفعية), and a bare "القصف" (IncidentCandidate.anaphoric) the strike it refers back to. Consequences (مقتل،
 * اعتقال) join the main trigger of their sentence, else an incident of the two sentences before, else stand alone.
 * Headlines and captions only add to incidents the body reports; alone they make none.
 */
import type { IncidentType } from '../types.ts';
import type { EventLexicon } from '../claims/event-lexicon.ts';
import { countDaysBetween } from '../dates/shift-iso-date.ts';
import type { DateExpression } from '../dates/find-date-expressions.ts';
import type { IncidentCandidate } from './incident-candidate.ts';
import { areLocationsCompatible, refineLocation } from './relate-locations.ts';
import { rankLocation, type LocationTable } from './location-table.ts';

/** Triggers merged into one incident. */
export interface IncidentDraft {
  type: IncidentType;
  generic: boolean;
  members: IncidentCandidate[];
  /** The most specific place named in the clauses of its triggers, or null. */
  locationId: string | null;
  /** The most specific place named near its triggers (sentence or paragraph), or null. */
  nearLocationId: string | null;
  perpetrators: string[];
  targets: string[];
  date: DateExpression | null;
  lastSentence: number;
}

const STRIKES: ReadonlySet<IncidentType> = new Set(['airstrike', 'shelling', 'attack']);
const RESULT_REACH = 2; // sentences back a consequence may attach to

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));
const agree = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === 0 || b.length === 0 || intersects(a, b);

function datesAgree(a: DateExpression | null, b: DateExpression | null): boolean {
  if (a?.date == null || b?.date == null) return true;
  return Math.abs(countDaysBetween(a.date, b.date) ?? 0) <= 1;
}

interface Merger {
  table: LocationTable;
  symmetric: Set<IncidentType>;
}

// The fighting that wins a place is part of its capture: in the capture's sentence ("سيطرت على X بعد اشتباكات"),
// or fought the same day.
function isFightForCapture(d: IncidentDraft, c: IncidentCandidate, sameSentence: boolean): boolean {
  if (d.type !== 'capture' || c.trigger.type !== 'clash') return false;
  return sameSentence || (d.date?.date != null && c.date?.date != null && datesAgree(d.date, c.date));
}

// "قتل في الغارة رجل نزح قبل عامين من حلب": people displaced mentioned in passing in a strike's sentence.
function isPassingDisplacement(d: IncidentDraft, c: IncidentCandidate, sameSentence: boolean): boolean {
  return sameSentence && c.trigger.type === 'displacement' && (STRIKES.has(d.type) || d.type === 'killing');
}

/** True when the candidate only adds to the draft (its type and actors do not change it). */
function isAddition(d: IncidentDraft, c: IncidentCandidate, sameSentence: boolean): boolean {
  return isFightForCapture(d, c, sameSentence) || isPassingDisplacement(d, c, sameSentence);
}

function typesAgree(d: IncidentDraft, c: IncidentCandidate, sameSentence: boolean): boolean {
  const ct = c.trigger;
  if (d.type === ct.type || isAddition(d, c, sameSentence)) return true;
  if (!STRIKES.has(d.type) || !STRIKES.has(ct.type)) return false;
  // A generic strike word joins a strike by the same actor, or at the same named place, or in its own sentence;
  // a bare "القصف" joins the strike it refers back to.
  const samePlace = d.locationId !== null && c.clauseLocationId !== null;
  // A strike that names no place of its own tells how the vague attack before it was done.
  const telling = d.generic && !ct.generic && c.clauseLocationId === null;
  const together = sameSentence || samePlace || c.anaphoric || telling ? agree : intersects;
  if (d.generic || ct.generic) return together(d.perpetrators, c.perpetrators);
  // A plain attack word in the clause of a specific strike is that strike ("استهدفوا ... بقذائف").
  const sameClause = d.members.some(
    (x) => x.sentenceNo === c.sentenceNo && x.clause.start < c.clause.end && c.clause.start < x.clause.end,
  );
  return sameClause && (d.type === 'attack' || ct.type === 'attack') && agree(d.perpetrators, c.perpetrators);
}

function actorsAgree(m: Merger, d: IncidentDraft, c: IncidentCandidate): boolean {
  if (m.symmetric.has(d.type) && m.symmetric.has(c.trigger.type)) {
    return agree([...d.perpetrators, ...d.targets], [...c.perpetrators, ...c.targets]);
  }
  return agree(d.perpetrators, c.perpetrators);
}

function isCompatible(m: Merger, d: IncidentDraft, c: IncidentCandidate): boolean {
  const sameSentence = d.members.some((x) => x.sentenceNo === c.sentenceNo);
  return (
    typesAgree(d, c, sameSentence) &&
    actorsAgree(m, d, c) &&
    datesAgree(d.date, c.date) &&
    (sameSentence || areLocationsCompatible(m.table, d.locationId, c.clauseLocationId))
  );
}

function absorb(m: Merger, d: IncidentDraft, c: IncidentCandidate, asResult: boolean): void {
  d.members.push(c);
  const ct = c.trigger;
  const upgrade = !asResult && !ct.generic && (d.generic || (d.type === 'attack' && STRIKES.has(ct.type)));
  if (upgrade) {
    d.type = ct.type;
    d.generic = false;
  } else if (!asResult && d.generic && ct.generic && d.type === 'attack') {
    d.type = ct.type; // قصفه (shelling) says more than استهداف (attack)
  }
  d.locationId = refineLocation(m.table, d.locationId, c.clauseLocationId);
  if (
    c.nearLocationId !== null &&
    (d.nearLocationId === null ||
      rankLocation(m.table, c.nearLocationId) > rankLocation(m.table, d.nearLocationId))
  ) {
    d.nearLocationId = c.nearLocationId;
  }
  for (const p of c.perpetrators) if (!d.perpetrators.includes(p) && !asResult) d.perpetrators.push(p);
  for (const t of c.targets) if (!d.targets.includes(t) && !d.perpetrators.includes(t)) d.targets.push(t);
  d.date ??= c.date;
  d.lastSentence = Math.max(d.lastSentence, c.sentenceNo);
}

function open(c: IncidentCandidate): IncidentDraft {
  return {
    type: c.trigger.type,
    generic: c.trigger.generic,
    members: [c],
    locationId: c.clauseLocationId,
    nearLocationId: c.nearLocationId,
    perpetrators: [...c.perpetrators],
    targets: c.targets.filter((t) => !c.perpetrators.includes(t)),
    date: c.date,
    lastSentence: c.sentenceNo,
  };
}

function findLast(
  drafts: readonly IncidentDraft[],
  test: (d: IncidentDraft) => boolean,
): IncidentDraft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d !== undefined && test(d)) return d;
  }
  return undefined;
}

function addConsequences(
  m: Merger,
  drafts: IncidentDraft[],
  group: readonly IncidentCandidate[],
  no: number,
): void {
  const seenTypes = new Set<IncidentType>();
  for (const c of group) {
    if (seenTypes.has(c.trigger.type)) continue;
    seenTypes.add(c.trigger.type);
    const d = findLast(
      drafts,
      (x) =>
        no - x.lastSentence <= RESULT_REACH &&
        areLocationsCompatible(m.table, x.locationId, c.clauseLocationId) &&
        agree(x.perpetrators, c.perpetrators),
    );
    if (d === undefined) drafts.push(open(c));
    else absorb(m, d, c, true);
  }
}

// "العدوان"، "غاز السارين": joins the latest strike or attack it fits, whoever the clause blames; alone it is dropped.
function addEcho(m: Merger, drafts: readonly IncidentDraft[], c: IncidentCandidate): void {
  const d = findLast(
    drafts,
    (x) =>
      (STRIKES.has(x.type) || x.type === 'killing') &&
      datesAgree(x.date, c.date) &&
      areLocationsCompatible(m.table, x.locationId, c.clauseLocationId),
  );
  if (d !== undefined) absorb(m, d, c, true);
}

/** Given the lexicon, the location table and an article's candidates in text order, returns its incident drafts. */
export function mergeIncidentCandidates(
  lexicon: EventLexicon,
  table: LocationTable,
  candidates: readonly IncidentCandidate[],
): IncidentDraft[] {
  const m: Merger = { table, symmetric: lexicon.triggers.symmetricTypes };
  const drafts: IncidentDraft[] = [];
  const body = candidates.filter((c) => !c.heading);
  for (const no of [...new Set(body.map((c) => c.sentenceNo))]) {
    const group = body.filter((c) => c.sentenceNo === no);
    const mains = group.filter((c) => c.trigger.role === 'main' && c.trigger.echo !== true);
    // Specific triggers first, so that generic words of the sentence join them, and captures before the fighting.
    const order = (c: IncidentCandidate): number =>
      Number(c.trigger.generic) * 2 + Number(c.trigger.type !== 'capture');
    for (const c of [...mains].sort((a, b) => order(a) - order(b))) {
      const d = findLast(drafts, (x) => isCompatible(m, x, c));
      if (d === undefined) drafts.push(open(c));
      else
        absorb(
          m,
          d,
          c,
          isAddition(
            d,
            c,
            d.members.some((x) => x.sentenceNo === c.sentenceNo),
          ),
        );
    }
    if (mains.length === 0)
      addConsequences(
        m,
        drafts,
        group.filter((c) => c.trigger.echo !== true),
        no,
      );
    for (const c of group.filter((x) => x.trigger.echo === true)) addEcho(m, drafts, c);
  }
  // A headline sums up the article: it joins the first incident it fits, not the latest, and alone makes none;
  // a subheading inside the body may announce an event of its own.
  const bodyStart = Math.min(...body.map((c) => c.sentenceNo));
  for (const c of candidates.filter((x) => x.heading)) {
    const d = drafts.find((x) => isCompatible(m, x, c));
    if (d !== undefined) absorb(m, d, c, c.trigger.role === 'result');
    else if (c.trigger.role === 'main' && c.trigger.echo !== true && c.sentenceNo > bodyStart)
      drafts.push(open(c));
  }
  // In text order of the body triggers that report them.
  const firstAt = (d: IncidentDraft): number =>
    Math.min(...d.members.filter((x) => !x.heading).map((x) => x.trigger.start), Infinity);
  return drafts
    .map((d) => [d, firstAt(d)] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([d]) => d);
}
