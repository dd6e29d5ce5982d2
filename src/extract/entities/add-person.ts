/**
 * Internal: records a person read from the text (a new entity, or the existing one with the same name) and the
 * mention that names it.
 */
import { addCandidate, createEntity, type EntityScan } from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import type { NameRead } from './read-person-name.ts';

/** Given a scan and a name read from it, adds the person and its mention; returns the person's id ('' if none). */
export function addPerson(scan: EntityScan, name: NameRead): string {
  const first = scan.tokens[name.first];
  const last = scan.tokens[name.end - 1];
  if (first === undefined || last === undefined) return '';
  const text = scan.text.slice(first.origStart, last.origEnd);
  const entity = createEntity(scan, {
    id: makeEntityId('person', name.words.join(' ')),
    type: 'person',
    name: text,
    words: name.words,
    kunyaOnly: name.kunyaOnly,
  });
  addCandidate(scan, {
    entityId: entity.id,
    type: 'person',
    first: name.first,
    end: name.end,
    start: first.origStart,
    stop: last.origEnd,
    origin: 'pattern',
  });
  return entity.id;
}
