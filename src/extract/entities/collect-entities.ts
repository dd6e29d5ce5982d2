/**
 * Internal: groups the mentions found by all rules into the article's entities (one per id, mentions sorted,
 * entities in order of first mention) and the flat mention list the claims stage reads.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { EntityMention, ExtractedEntity } from '../types.ts';
import type { Candidate, CreatedEntity } from './entity-scan.ts';

/** Given the text, the final candidates, the lexicon and the created entities, returns entities and mentions. */
export function collectEntities(
  text: string,
  candidates: readonly Candidate[],
  lexicon: Lexicon,
  created: ReadonlyMap<string, CreatedEntity>,
): { entities: ExtractedEntity[]; mentions: EntityMention[] } {
  const entities = new Map<string, ExtractedEntity>();
  const mentions: EntityMention[] = [];
  const seen = new Set<string>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.stop - a.stop);
  for (const c of sorted) {
    if (c.stop <= c.start) continue;
    const key = `${c.entityId}:${c.start}:${c.stop}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mention = { text: text.slice(c.start, c.stop), start: c.start, end: c.stop };
    let entity = entities.get(c.entityId);
    if (entity === undefined) {
      const known = lexicon.byId.get(c.entityId);
      const made = created.get(c.entityId);
      entity = {
        id: c.entityId,
        type: known?.type ?? made?.type ?? c.type,
        name: known?.name ?? made?.name ?? mention.text,
        nameEn: known?.nameEn ?? null,
        mentions: [],
        origin: known !== undefined ? 'lexicon' : c.origin,
        ...(known === undefined && made?.partOf !== undefined
          ? { affiliations: [{ target: made.partOf, role: 'part_of' as const }] }
          : {}),
      };
      entities.set(c.entityId, entity);
    }
    entity.mentions.push(mention);
    mentions.push({ ...mention, entityId: c.entityId, type: entity.type });
  }
  return { entities: [...entities.values()], mentions };
}
