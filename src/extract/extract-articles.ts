/**
 * Public API: extracts a batch of articles with one compiled lexicon (compile it once with `compileLexicon`, or
 * read it with `src/load/read-lexicon.ts`, and reuse it for every batch).
 */
import { extractArticle, type ExtractOptions } from './extract-article.ts';
import type { Lexicon } from './lexicon/lexicon-types.ts';
import type { ArticleInput, ExtractedArticle } from './types.ts';

/** Given articles, the compiled lexicon and options, returns the extraction of each, in order. */
export function extractArticles(
  inputs: readonly ArticleInput[],
  lexicon: Lexicon,
  options: ExtractOptions = {},
): ExtractedArticle[] {
  return inputs.map((input) => extractArticle(input, lexicon, options));
}
