/**
 * Internal: the LocationTable for one article: the kinds and parents given on EventInput first, then the
 * project's location lexicon, then, for places neither knows, a kind guessed from the head noun written with
 * them (قرية X، بلدة X، مخيم X، محافظة X).
 */
import type { EventContext } from '../claims/build-event-context.ts';
import { getDefaultLocationTable } from './default-location-table.ts';
import type { LocationTable } from './location-table.ts';

function guessKinds(ctx: EventContext): Map<string, string> {
  const heads = ctx.lexicon.triggers.locationHeads;
  const guessed = new Map<string, string>();
  const headAt = (k: number): string | undefined =>
    ctx.tokens[k]?.keys.map((key) => heads.get(key)).find((v) => v !== undefined);
  for (const m of ctx.mentions) {
    if (m.type !== 'location' || guessed.has(m.entityId)) continue;
    let before = m.tokStart - 1;
    while (ctx.tokens[before]?.text === '"') before--;
    const kind = headAt(m.tokStart) ?? headAt(before);
    if (kind !== undefined) guessed.set(m.entityId, kind);
  }
  return guessed;
}

/** Given the context of an article, returns the LocationTable to use for it. */
export function selectLocationTable(ctx: EventContext): LocationTable {
  const { input } = ctx;
  const fallback = getDefaultLocationTable();
  const kinds = input.locationKinds;
  const parents = input.locationParents;
  const guessed = guessKinds(ctx);
  const names = new Map(input.entities.map((e) => [e.id, e.name] as const));
  return {
    kind: (id) => (kinds?.get(id) as string | undefined) ?? fallback.kind(id) ?? guessed.get(id) ?? null,
    parent: (id) => (parents?.has(id) ? (parents.get(id) ?? null) : fallback.parent(id)),
    name: (id) => fallback.name(id) ?? names.get(id) ?? null,
  };
}
