/**
 * Test helper: runs the extract stage on a text with the test lexicon and returns its entities in a form that is
 * easy to assert on.
 */
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import type { ArticleMeta, ExtractedArticle } from '../../../../src/extract/types.ts';
import { getTestLexicon } from './test-lexicon.ts';

/** Given a text (and metadata), returns the extracted article. */
export function runArticle(text: string, meta?: ArticleMeta): ExtractedArticle {
  return extractArticle(
    meta === undefined ? { file: 'test.txt', text } : { file: 'test.txt', text, meta },
    getTestLexicon(),
  );
}

/** Given a text, returns `{ id: [mention texts...] }` for every entity found. */
export function mentionsById(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const entity of runArticle(text).entities) out[entity.id] = entity.mentions.map((m) => m.text);
  return out;
}

/** Given a text, returns `[type, name, mention texts]` for entities not from the lexicon. */
export function foundByPattern(
  text: string,
): { type: string; name: string; mentions: string[]; id: string }[] {
  return runArticle(text)
    .entities.filter((e) => e.origin !== 'lexicon')
    .map((e) => ({ type: e.type, name: e.name, mentions: e.mentions.map((m) => m.text), id: e.id }));
}
