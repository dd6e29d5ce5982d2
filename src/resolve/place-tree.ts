/**
 * Internal: the PART_OF tree of places the resolver reads (village -> district -> governorate -> country).
 */

/** A place as the resolver needs it: its id and what it is part of (one parent or several). */
export interface PlaceRef {
  id: string;
  partOf: string | readonly string[] | null;
}

/** Ancestors of every known place. */
export interface PlaceTree {
  ancestors: (id: string) => readonly string[];
}

/** Given places with their PART_OF parents, returns a tree that answers ancestor questions (cycles cut). */
export function buildPlaceTree(places: readonly PlaceRef[]): PlaceTree {
  const parents = new Map<string, string[]>();
  for (const p of places) {
    const list = p.partOf === null ? [] : typeof p.partOf === 'string' ? [p.partOf] : [...p.partOf];
    parents.set(p.id, [...(parents.get(p.id) ?? []), ...list]);
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
  return { ancestors };
}
