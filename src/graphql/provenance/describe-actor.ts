/** Internal: how reasons and differences name an actor. */
import type { ActorRow } from '../../db/node.repository.ts';

/** Given an actor (or null), returns its English name, else its Arabic name, else its id, for sentences. */
export function describeActor(actor: ActorRow | null | undefined): string {
  // No source: the article says it on its own (or its outlet's) authority.
  if (!actor) return 'the article itself';
  return actor.nameEn ?? actor.name ?? actor.id;
}
