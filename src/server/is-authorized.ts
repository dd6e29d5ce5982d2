/**
 * Internal: checks a request's `Authorization: Bearer <token>` against the configured API token in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Given the Authorization header and the configured token, returns true when they match (false with no token set). */
export function isAuthorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
  return timingSafeEqual(digest(match[1]), digest(token));
}
