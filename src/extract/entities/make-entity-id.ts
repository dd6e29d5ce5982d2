/**
 * Public API: deterministic ids for entities found outside the lexicon, so the same unknown person, outlet or
 * place gets the same id in every article (a type prefix and an FNV-1a hash of the normalized name).
 */
import type { EntityType } from '../types.ts';

const PREFIX: Readonly<Record<EntityType, string>> = {
  armed_group: 'group',
  state: 'state',
  organization: 'org',
  media: 'media',
  person: 'person',
  location: 'place',
  anonymous_source: 'anon',
};

/** Given a type and a normalized name, returns an id such as `person-1a2b3c4d`. */
export function makeEntityId(type: EntityType, normalizedName: string): string {
  return `${PREFIX[type]}-${hashString(normalizedName)}`;
}

/** Given a string, returns its 32-bit FNV-1a hash as 8 hex digits. */
export function hashString(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
