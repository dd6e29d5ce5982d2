/**
 * Internal: the PART_OF tree of places the resolver reads (village -> district -> governorate -> country).
 */

/** A place as the resolver needs it: its id, what it is part of (one parent or several) and its kind. */
export interface PlaceRef {
  id: string;
  partOf: string | readonly string[] | null;
  /** The lexicon kind (`country`, `governorate`, `town`...). Default: unknown. */
  kind?: string | null;
}

/** How two places relate in the tree. */
export type PlaceRelation = 'same' | 'part-of' | 'unrelated' | 'unknown';

/** Ancestors, kinds and relations of every known place. */
export interface PlaceTree {
  ancestors: (id: string) => readonly string[];
  /** Every place inside it, at any depth. */
  descendants: (id: string) => readonly string[];
  /** Whether the tree knows the place (lexicon places do; places found in a text do not). */
  has: (id: string) => boolean;
  /** Whether the place is a whole country or governorate: too wide to say much about an event. */
  isWide: (id: string) => boolean;
  /** `part-of` when one is inside the other; `unknown` when a differing place is not in the tree. */
  relate: (a: string, b: string) => PlaceRelation;
}

const WIDE_KINDS: ReadonlySet<string> = new Set(['country', 'governorate', 'region']);

/** Given places with their PART_OF parents, returns a tree that answers ancestor questions (cycles cut). */
export function buildPlaceTree(places: readonly PlaceRef[]): PlaceTree {
  const parents = new Map<string, string[]>();
  const kinds = new Map<string, string | null>();
  for (const p of places) {
    const list = p.partOf === null ? [] : typeof p.partOf === 'string' ? [p.partOf] : [...p.partOf];
    parents.set(p.id, [...(parents.get(p.id) ?? []), ...list]);
    kinds.set(p.id, p.kind ?? null);
  }
  const cache = new Map<string, string[]>();
  const ancestors = (id: string): string[] => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const out: string[] = [];
    const queue = [...(parents.get(id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift();
      if (next === undefined || next === id || out.includes(next)) continue;
      out.push(next);
      queue.push(...(parents.get(next) ?? []));
    }
    cache.set(id, out);
    return out;
  };
  const children = new Map<string, string[]>();
  for (const [id, list] of parents)
    for (const parent of list) children.set(parent, [...(children.get(parent) ?? []), id]);
  const descendants = (id: string): string[] => {
    const out = new Set<string>();
    const queue = [...(children.get(id) ?? [])];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next === id || out.has(next)) continue;
      out.add(next);
      queue.push(...(children.get(next) ?? []));
    }
    return [...out];
  };
  const has = (id: string): boolean => parents.has(id);
  const relate = (a: string, b: string): PlaceRelation => {
    if (a === b) return 'same';
    if (ancestors(a).includes(b) || ancestors(b).includes(a)) return 'part-of';
    return has(a) && has(b) ? 'unrelated' : 'unknown';
  };
  const isWide = (id: string): boolean =>
    WIDE_KINDS.has(kinds.get(id) ?? '') || (has(id) && ancestors(id).length === 0);
  return { ancestors, descendants, has, isWide, relate };
}
