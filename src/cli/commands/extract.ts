/**
 * Internal: `kg extract <paths...> [--json]`: runs the extract stage over article files and folders and prints
 * either the extraction contract as JSON (DESIGN.md) or a readable summary per article.
 */
import type { Command } from 'commander';
import { extractArticles } from '../../extract/extract-articles.ts';
import type { ExtractedArticle } from '../../extract/types.ts';
import { readLexicon } from '../../load/read-lexicon.ts';
import { readArticleFiles } from '../read-article-files.ts';
import { formatArticleSummary } from '../format-article-summary.ts';

/** Given the program, registers `kg extract` on it. */
export function registerExtractCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('extract')
    .description(
      'Print what the extract stage reads out of articles (.txt and .jsonl files, or folders of them).',
    )
    .argument('<paths...>', 'article files or folders')
    .option('--json', 'print the extraction contract as JSON')
    .option('--lexicon <dir>', 'lexicon folder (default: seeds/lexicon)')
    .action(async (paths: string[], options: { json?: boolean; lexicon?: string }) => {
      const lexicon = await readLexicon(options.lexicon);
      for (const warning of lexicon.warnings) process.stderr.write(`kg extract: lexicon: ${warning}\n`);
      const read = await readArticleFiles(paths);
      for (const file of read.skipped)
        process.stderr.write(`kg extract: skipped ${file} (not .txt or .jsonl)\n`);
      for (const failure of read.failures)
        process.stderr.write(`kg extract: failed ${failure.file}: ${failure.message}\n`);
      const articles = extractArticles(read.articles, lexicon);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ articles: articles.map(toContract) }, null, 2)}\n`);
      } else {
        for (const article of articles) process.stdout.write(`${formatArticleSummary(article, lexicon)}\n`);
      }
      if (read.failures.length > 0) setExitCode(1);
    });
}

/** The contract's field order, without internal fields (entity `origin`). */
function toContract(article: ExtractedArticle): Record<string, unknown> {
  return {
    file: article.file,
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    entities: article.entities.map(({ id, type, name, nameEn, mentions }) => ({
      id,
      type,
      name,
      nameEn,
      mentions,
    })),
    claims: article.claims,
    incidents: article.incidents,
    diagnostics: article.diagnostics,
  };
}
