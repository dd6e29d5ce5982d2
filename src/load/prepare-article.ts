/**
 * Public API: runs the extract stage on one input and gives it the identity the graph keeps across loads.
 */
import { createHash } from 'node:crypto';
import { extractArticle } from '../extract/extract-article.ts';
import type { Lexicon } from '../extract/lexicon/lexicon-types.ts';
import type { PreparedArticle } from './build-article-rows.ts';
import type { LoadInput } from './read/read-inputs.ts';

/** Bump when extraction changes in a way that should reload unchanged articles. */
export const EXTRACTION_VERSION = '3';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Given an input, returns its stable article id (from its key: metadata id, url or relative path). */
export function articleIdOf(input: LoadInput): string {
  return `art-${sha256(input.key).slice(0, 16)}`;
}

/** Given an input, returns the hash that tells whether it changed since it was loaded (text, metadata, extractor). */
export function contentHashOf(input: LoadInput): string {
  return sha256(`${EXTRACTION_VERSION}\u0000${JSON.stringify(input.meta ?? {})}\u0000${input.text}`);
}

/** An input's id and content hash (articleIdOf, contentHashOf), computed once per load. */
export interface ArticleIdentity {
  id: string;
  contentHash: string;
}

/**
 * Given an input, the compiled lexicon and, when already computed, its identity, returns the extracted article,
 * or the reason it has nothing to load.
 */
export function prepareArticle(
  input: LoadInput,
  lexicon: Lexicon,
  identity: ArticleIdentity = { id: articleIdOf(input), contentHash: contentHashOf(input) },
): { ok: true; article: PreparedArticle } | { ok: false; message: string } {
  const extracted = extractArticle(input, lexicon);
  const fatal = extracted.diagnostics.filter((d) => d.severity === 'error');
  if (fatal.length > 0 && extracted.entities.length === 0 && extracted.claims.length === 0) {
    return { ok: false, message: fatal.map((d) => `${d.code}: ${d.message}`).join('; ') };
  }
  return {
    ok: true,
    article: {
      id: identity.id,
      contentHash: identity.contentHash,
      file: input.file,
      url: input.meta?.url ?? null,
      language: input.meta?.language ?? null,
      text: input.text,
      extracted,
    },
  };
}
