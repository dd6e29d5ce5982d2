/**
 * Public API: opaque cursors for connections. A cursor is the base64 of "o:<offset>"; clients must treat it as
 * opaque. Offsets are stable for a given filter and ordering (every list orders by a unique id last).
 */
import { BadUserInputError } from '../errors/bad-user-input.error.ts';

/** Given the offset of an item in a list, returns its cursor. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64');
}

/** Given a cursor from `encodeOffsetCursor`, returns the offset; throws BAD_USER_INPUT for anything else. */
export function decodeOffsetCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw new BadUserInputError(`"${cursor.slice(0, 40)}" is not a cursor of this API: pass an endCursor or edge cursor you received.`, { argument: 'after' });
  return Number(match[1]);
}
