/**
 * Public API: the same real incident across articles. Incidents of different articles that compareIncidents
 * finds to be the same event are grouped, strongest pairs first, and a group only grows when every pair in it
 * agrees (complete linkage), never holding two incidents of one article nor two already stored incidents. Every
 * group gets as canonical id its stored member's id (options.existingIds), else the smallest of its member ids,
 * so the result does not depend on the order of the articles.
 */
import type { ExtractedArticle } from '../extract/types.ts';
import { compareIncidents, type IncidentFacts } from './compare-incidents.ts';
import { buildPlaceTree, type PlaceRef, type PlaceTree } from './place-tree.ts';

/** One incident folded into another, with why. */
export interface IncidentMerge {
  from: string;
  into: string;
  reasons: string[];
}

/** Options of resolveIncidents. */
export interface ResolveIncidentsOptions {
  /**
   * Ids of incidents that already stand for an event (say, in the graph). A group holds at most one of them and
   * takes its id, so that what is stored keeps its id. Default: none.
   */
  existingIds?: Iterable<string>;
}

/** The canonical id of every incident and the merges that produced them. */
export interface IncidentResolution {
  /** Incident id -> canonical incident id (itself when it stands alone). */
  canonicalIds: Record<string, string>;
  merges: IncidentMerge[];
}

interface Pair {
  a: number;
  b: number;
  strength: number;
  reasons: string[];
}

function toFacts(articles: readonly ExtractedArticle[]): IncidentFacts[] {
  const facts: IncidentFacts[] = [];
  for (const article of articles) {
    for (const i of article.incidents) {
      facts.push({ id: i.id, articleId: article.id, type: i.type, locationId: i.locationId, date: i.date,
        datePrecision: i.datePrecision ?? (i.date === null ? 'unknown' : 'day'), publishedAt: article.publishedAt,
        perpetratorIds: i.perpetratorIds });
    }
  }
  return facts.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

const STRIKE_FAMILY: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'attack', 'killing']);

// Only incidents that could match are compared: same type family, places under the same top-level place.
function bucketOf(tree: PlaceTree, f: IncidentFacts): string | null {
  if (f.locationId === null) return null;
  const top = tree.ancestors(f.locationId).at(-1) ?? f.locationId;
  return `${STRIKE_FAMILY.has(f.type) ? 'strike' : f.type}|${top}`;
}

// Two stored incidents are never joined, so they are never compared: the work grows with stored x new, not
// with stored squared.
function findPairs(tree: PlaceTree, facts: readonly IncidentFacts[], existing: ReadonlySet<string>): Map<string, Pair> {
  const buckets = new Map<string, number[]>();
  facts.forEach((f, k) => {
    const key = bucketOf(tree, f);
    if (key !== null) buckets.set(key, [...(buckets.get(key) ?? []), k]);
  });
  const pairs = new Map<string, Pair>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] ?? 0;
        const b = list[y] ?? 0;
        if (existing.has(facts[a]?.id ?? '') && existing.has(facts[b]?.id ?? '')) continue;
        const c = compareIncidents(tree, facts[a] as IncidentFacts, facts[b] as IncidentFacts);
        if (c.same) pairs.set(`${a}:${b}`, { a, b, strength: c.strength, reasons: c.reasons });
      }
    }
  }
  return pairs;
}

/**
 * Given extracted articles, the places' PART_OF links and options, returns canonical incident ids and merges with
 * reasons. The result does not depend on the order of the articles.
 */
export function resolveIncidents(
  articles: readonly ExtractedArticle[],
  places: readonly PlaceRef[],
  options: ResolveIncidentsOptions = {},
): IncidentResolution {
  const tree = buildPlaceTree(places);
  const facts = toFacts(articles);
  const existing = new Set(options.existingIds ?? []);
  const existingCount = (group: readonly number[]): number => group.filter((k) => existing.has(facts[k]?.id ?? '')).length;
  const pairs = findPairs(tree, facts, existing);
  const ordered = [...pairs.values()].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  const groupOf = facts.map((_, k) => k);
  const members = new Map<number, number[]>(facts.map((_, k) => [k, [k]]));
  const key = (x: number, y: number): string => `${Math.min(x, y)}:${Math.max(x, y)}`;
  const agreeAll = (ga: readonly number[], gb: readonly number[]): boolean => ga.every((x) => gb.every((y) => pairs.has(key(x, y))));
  for (const p of ordered) {
    const ga = groupOf[p.a] ?? p.a;
    const gb = groupOf[p.b] ?? p.b;
    const ma = members.get(ga) ?? [];
    const mb = members.get(gb) ?? [];
    if (ga === gb || !agreeAll(ma, mb) || existingCount(ma) + existingCount(mb) > 1) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...(members.get(keep) ?? []), ...(members.get(drop) ?? [])].sort((x, y) => x - y);
    members.set(keep, merged);
    members.delete(drop);
    for (const k of merged) groupOf[k] = keep;
  }
  const canonicalIds: Record<string, string> = {};
  const merges: IncidentMerge[] = [];
  for (const [first, group] of [...members].sort((x, y) => x[0] - y[0])) {
    // The stored member gives the group its id; else the smallest id does.
    const root = group.find((k) => existing.has(facts[k]?.id ?? '')) ?? first;
    const into = facts[root]?.id ?? '';
    for (const k of group) {
      const id = facts[k]?.id ?? '';
      canonicalIds[id] = into;
      if (k !== root) merges.push({ from: id, into, reasons: pairs.get(key(root, k))?.reasons ?? [] });
    }
  }
  return { canonicalIds, merges };
}
