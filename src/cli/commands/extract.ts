/**
 * Internal: `kg extract <paths...> [--json]`: runs the extract stage over article files and folders and prints
 * either the extraction contract as JSON (DESIGN.md) or a readable summary per article.
 */
import type { Command } from 'commander';
import { extractArticles } from '../../extract/extract-articles.ts';
import type { ExtractedArticle } from '../../extract/types.ts';
import { readLexicon } from '../../load/read-lexicon.ts';
import { formatInputProblem, isFailingProblem } from '../../load/read/input-problem.ts';
import { readInputs } from '../../load/read/read-inputs.ts';
import { formatArticleSummary } from '../format-article-summary.ts';
import { parseFolder } from '../parse-options.ts';

/** Given the program, registers `kg extract` on it. */
export function registerExtractCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('extract')
    .description(
      'Print what the extract stage reads out of articles (.txt, .html and .jsonl files, or folders of them).',
    )
    .argument('<paths...>', 'article files or folders')
    .option('--json', 'print the extraction contract as JSON')
    .option('--lexicon <dir>', 'lexicon folder (default: seeds/lexicon)', parseFolder('--lexicon'))
    .addHelpText('after', '\nReads files only: no database is started or written.')
    .action(async (paths: string[], options: { json?: boolean; lexicon?: string }) => {
      const lexicon = await readLexicon(options.lexicon);
      for (const warning of lexicon.warnings) process.stderr.write(`kg extract: lexicon: ${warning}\n`);
      // The loader's reader: the same encodings, HTML, JSONL and metadata as `kg load`.
      const read = await readInputs(paths);
      for (const problem of read.problems)
        process.stderr.write(`kg extract: ${formatInputProblem(problem)}\n`);
      const articles = extractArticles(read.inputs, lexicon);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ articles: articles.map(toContract) }, null, 2)}\n`);
      } else {
        for (const article of articles) process.stdout.write(`${formatArticleSummary(article, lexicon)}\n`);
      }
      if (read.problems.some(isFailingProblem)) setExitCode(1);
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
