/**
 * Public API: deterministic article ids: a hash of the url when there is one, else of the normalized text, so the
 * same article read twice (or re-encoded, or with other spacing) gets the same id.
 */
import { hashString } from '../entities/make-entity-id.ts';

/** Given the article's url (or null) and its normalized text, returns an id such as `article-0123456789abcdef`. */
export function makeArticleId(url: string | null | undefined, normalizedText: string): string {
  const key = url != null && url.trim() !== '' ? `url:${url.trim()}` : `text:${normalizedText.trim()}`;
  // Two 32-bit hashes of differently salted keys: 64 bits keep collisions away for millions of articles.
  return `article-${hashString(key)}${hashString(`${key.length}#${key}`)}`;
}
