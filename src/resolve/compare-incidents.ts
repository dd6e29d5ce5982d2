/**
 * Internal: whether two incidents of different articles are the same event, with the reasons. Conservative:
 * compatible types, both places known and equal or one PART_OF the other, dates within a window (one day when
 * both are known to the day); an incident without a date joins only when the place is the very same, the
 * perpetrators are named and shared, and the articles were published within two days of each other.
 */
import type { IncidentType } from '../extract/types.ts';
import { countDaysBetween } from '../extract/dates/shift-iso-date.ts';
import type { PlaceTree } from './place-tree.ts';

/** An incident with what the comparison needs from its article. */
export interface IncidentFacts {
  id: string;
  articleId: string;
  type: IncidentType;
  locationId: string | null;
  date: string | null;
  datePrecision: string;
  publishedAt: string | null;
  perpetratorIds: readonly string[];
}

/** The outcome of comparing two incidents. */
export interface IncidentComparison {
  same: boolean;
  /** Higher when more facts agree; pairs are joined strongest first. */
  strength: number;
  reasons: string[];
}

const STRIKES: ReadonlySet<IncidentType> = new Set(['airstrike', 'shelling', 'attack', 'killing']);
const GENERIC: ReadonlySet<IncidentType> = new Set(['attack', 'killing']);
const PUBLICATION_WINDOW = 2;
const WINDOW_BY_PRECISION: Readonly<Record<string, number>> = { day: 1, week: 7, month: 31, year: 366 };

const no = (reason: string): IncidentComparison => ({ same: false, strength: 0, reasons: [reason] });

function compareTypes(a: IncidentFacts, b: IncidentFacts): string | null {
  if (a.type === b.type) return `same type ${a.type}`;
  if (STRIKES.has(a.type) && STRIKES.has(b.type) && (GENERIC.has(a.type) || GENERIC.has(b.type))) {
    return `compatible types ${a.type} and ${b.type}`;
  }
  return null;
}

function comparePlaces(tree: PlaceTree, a: string, b: string): { exact: boolean; reason: string } | null {
  if (a === b) return { exact: true, reason: `same place ${a}` };
  if (tree.ancestors(a).includes(b)) return { exact: false, reason: `${a} is PART_OF ${b}` };
  if (tree.ancestors(b).includes(a)) return { exact: false, reason: `${b} is PART_OF ${a}` };
  return null;
}

/** Given the place tree and two incidents, returns whether they are the same event and why. */
export function compareIncidents(tree: PlaceTree, a: IncidentFacts, b: IncidentFacts): IncidentComparison {
  if (a.articleId === b.articleId) return no('same article');
  const type = compareTypes(a, b);
  if (type === null) return no(`types ${a.type} and ${b.type} differ`);
  if (a.locationId === null || b.locationId === null) return no('a place is unknown');
  const place = comparePlaces(tree, a.locationId, b.locationId);
  if (place === null) return no(`places ${a.locationId} and ${b.locationId} are unrelated`);
  const shared = a.perpetratorIds.filter((p) => b.perpetratorIds.includes(p));
  const actorsKnown = a.perpetratorIds.length > 0 && b.perpetratorIds.length > 0;
  if (actorsKnown && shared.length === 0) return no('perpetrators differ');
  const actors = shared.length > 0 ? `perpetrators share ${shared.join(', ')}` : 'a perpetrator is unknown';
  const reasons = [type, place.reason, actors];
  let strength = 1 + (place.exact ? 1 : 0) + (shared.length > 0 ? 1 : 0);
  if (a.date !== null && b.date !== null) {
    const window = Math.max(WINDOW_BY_PRECISION[a.datePrecision] ?? 1, WINDOW_BY_PRECISION[b.datePrecision] ?? 1);
    const days = Math.abs(countDaysBetween(a.date, b.date) ?? Infinity);
    if (days > window) return no(`dates ${a.date} and ${b.date} are ${days} days apart`);
    reasons.push(days === 0 ? `same date ${a.date}` : `dates ${a.date} and ${b.date} within ${window} day(s)`);
    strength += days === 0 ? 2 : 1;
  } else {
    // Without both dates, only a strong match of everything else, reported close in time, is the same event.
    if (!place.exact || shared.length === 0 || type.startsWith('compatible')) return no('a date is unknown and the rest is not a strong match');
    const gap = a.publishedAt !== null && b.publishedAt !== null ? Math.abs(countDaysBetween(a.publishedAt, b.publishedAt) ?? Infinity) : Infinity;
    if (gap > PUBLICATION_WINDOW) return no('a date is unknown and the articles are not published close together');
    reasons.push(`a date is unknown; articles published ${gap} day(s) apart`);
  }
  return { same: true, strength, reasons };
}
