/**
 * Internal: whether two incident reports of different articles tell of the same event, as a score of cues with
 * the reasons. Some facts forbid a join outright (a conflict): the same article (an article that tells of two
 * events means two), types of different families, two places of the tree neither of which is PART_OF the other,
 * periods (report-period.ts) more than a day apart. Otherwise each cue adds
 * or takes points, and the reports are the same event from SAME_EVENT_SCORE on. docs/linking.md explains the
 * weights and how they were chosen.
 */
import type { IncidentType } from '../extract/types.ts';
import type { PlaceTree } from './place-tree.ts';
import type { ReportFacts } from './report-facts.ts';
import { countDaysApart, PERIOD_SLACK_DAYS, toReportPeriod } from './report-period.ts';

/** The outcome of comparing two reports. */
export interface ReportComparison {
  /** A fact forbids the join, whatever the other cues say. */
  conflict: boolean;
  /** Whether the cues reach SAME_EVENT_SCORE (never with a conflict). */
  same: boolean;
  score: number;
  reasons: string[];
}

/** The score from which two reports are the same event. */
export const SAME_EVENT_SCORE = 5;

const FAMILY: Readonly<Record<IncidentType, string>> = {
  airstrike: 'strike',
  shelling: 'strike',
  attack: 'strike',
  killing: 'strike',
  clash: 'ground',
  capture: 'ground',
  reinforcement: 'ground',
  negotiation: 'talks',
  truce: 'talks',
  displacement: 'displacement',
  report: 'report',
};
/** A generic attack or killing can be any strike and any fighting. */
const GENERIC: ReadonlySet<IncidentType> = new Set(['attack', 'killing']);

type Cue = [points: number, reason: string];

const conflict = (reason: string): ReportComparison => ({
  conflict: true,
  same: false,
  score: 0,
  reasons: [reason],
});
const shared = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => b.includes(x));

function typeCue(a: ReportFacts, b: ReportFacts): Cue | null {
  if (a.type === b.type) return [2, `same type ${a.type}`];
  const generic = GENERIC.has(a.type) || GENERIC.has(b.type);
  if (
    FAMILY[a.type] === FAMILY[b.type] ||
    (generic && FAMILY[a.type] !== 'talks' && FAMILY[b.type] !== 'talks')
  ) {
    return [1, `compatible types ${a.type} and ${b.type}`];
  }
  return null;
}

function placeCue(tree: PlaceTree, a: string | null, b: string | null): Cue | null {
  if (a === null || b === null) return [0, 'a place is unknown'];
  const relation = tree.relate(a, b);
  if (relation === 'unrelated') return null;
  // A place found in one text (no PART_OF) may lie inside a known one: no information; two found places with
  // different names are more likely two places.
  if (relation === 'unknown')
    return tree.has(a) || tree.has(b)
      ? [0, `places ${a} and ${b} cannot be related`]
      : [-1, `found places ${a} and ${b} differ`];
  const wide = tree.isWide(a) || tree.isWide(b);
  if (relation === 'same') return wide ? [1, `same wide place ${a}`] : [3, `same place ${a}`];
  const [inner, outer] = tree.ancestors(a).includes(b) ? [a, b] : [b, a];
  return wide ? [0, `${inner} is PART_OF the wide place ${outer}`] : [2, `${inner} is PART_OF ${outer}`];
}

function timeCue(a: ReportFacts, b: ReportFacts): Cue | null {
  const pa = toReportPeriod(a);
  const pb = toReportPeriod(b);
  if (pa === null || pb === null) return [-2, 'a date and its publication date are unknown'];
  const apart = countDaysApart(pa, pb);
  if (apart > PERIOD_SLACK_DAYS) return null;
  if (pa.dated && pb.dated && a.datePrecision === 'day' && b.datePrecision === 'day') {
    if (a.date === b.date) return [3, `same day ${a.date ?? ''}`];
    // Next days: often one event dated from "yesterday" and "today" by two outlets, but as often two events.
    return [-3, `next days ${a.date ?? ''} and ${b.date ?? ''}`];
  }
  if (pa.dated && pb.dated) return [1, `periods ${pa.from}..${pa.to} and ${pb.from}..${pb.to} meet`];
  return [0, 'an undated report, published within its days'];
}

function actorCues(a: ReportFacts, b: ReportFacts): Cue[] {
  const cues: Cue[] = [];
  const by = shared(a.perpetratorIds, b.perpetratorIds);
  if (by.length > 0) cues.push([2, `same perpetrator ${by.join(', ')}`]);
  else if (a.perpetratorIds.length > 0 && b.perpetratorIds.length > 0) {
    cues.push([-1, `perpetrators differ (${a.perpetratorIds.join(', ')} / ${b.perpetratorIds.join(', ')})`]);
  }
  const at = shared(a.targetIds, b.targetIds);
  if (at.length > 0) cues.push([1, `same target ${at.join(', ')}`]);
  return cues;
}

function detailCues(a: ReportFacts, b: ReportFacts): Cue[] {
  const cues: Cue[] = [];
  const objects = shared(a.objects, b.objects);
  if (objects.length > 0) cues.push([Math.min(3, 2 * objects.length), `same object ${objects.join(', ')}`]);
  else if (a.objects.length > 0 && b.objects.length > 0)
    cues.push([-1, `objects differ (${a.objects.join(', ')} / ${b.objects.join(', ')})`]);
  const close = a.killed.some((x) =>
    b.killed.some((y) => Math.abs(x - y) <= Math.max(2, 0.25 * Math.max(x, y))),
  );
  if (close) cues.push([1, 'killed figures overlap']);
  if (a.outletId !== null && a.outletId === b.outletId) cues.push([-1, `same outlet ${a.outletId}`]);
  return cues;
}

/** Given the place tree and two reports, returns whether they are the same event and why. */
export function compareReports(tree: PlaceTree, a: ReportFacts, b: ReportFacts): ReportComparison {
  if (a.articleId === b.articleId) return conflict('same article');
  const type = typeCue(a, b);
  if (type === null) return conflict(`types ${a.type} and ${b.type} differ`);
  const place = placeCue(tree, a.locationId, b.locationId);
  if (place === null) return conflict(`places ${a.locationId ?? ''} and ${b.locationId ?? ''} are apart`);
  const time = timeCue(a, b);
  if (time === null)
    return conflict(`dates ${a.date ?? a.publishedAt ?? ''} and ${b.date ?? b.publishedAt ?? ''} are apart`);
  // Out of time, only the place can tie two reports together (and the store looks for such partners by place).
  if ((toReportPeriod(a) === null || toReportPeriod(b) === null) && place[0] <= 0)
    return conflict('no date, and the places do not tie them');
  const cues = [type, place, time, ...actorCues(a, b), ...detailCues(a, b)];
  const score = cues.reduce((sum, [points]) => sum + points, 0);
  const reasons = cues
    .filter(([points]) => points !== 0)
    .map(([points, reason]) => `${reason} (${points > 0 ? '+' : ''}${points})`);
  return { conflict: false, same: score >= SAME_EVENT_SCORE, score, reasons };
}
