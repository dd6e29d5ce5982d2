/**
 * Internal: `kg load <files or folders> [--dry-run]`: reads, extracts, resolves and writes articles into Neo4j,
 * with a progress bar on a terminal (plain lines otherwise) and a summary. Exit code 1 when anything failed.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.ts';
import { connectDatabase } from '../../db/connect-database.ts';
import { loadPaths } from '../../load/load-paths.ts';
import { formatInputProblem, isFailingProblem } from '../../load/read/input-problem.ts';
import { DATABASE_HELP } from '../database-help.ts';
import { parseWholeNumber } from '../parse-options.ts';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Given the program, registers `kg load` on it. */
export function registerLoadCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('load')
    .description(
      'Load articles (.txt, .html, .jsonl files or folders, with NAME.meta.json or index.json metadata) into the graph.',
    )
    .argument('<paths...>', 'article files or folders')
    .option('--dry-run', 'read and extract, report, write nothing')
    .option(
      '--batch-size <n>',
      'articles per transaction, 1 to 10000 (default: KG_LOAD_BATCH_SIZE, 50)',
      parseWholeNumber('--batch-size', 1, 10_000),
    )
    .addHelpText('after', DATABASE_HELP)
    .action(async (paths: string[], opts: { dryRun?: boolean; batchSize?: number }) => {
      const config = loadConfig();
      const handle = await connectDatabase(config, { log: say });
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            {
              format:
                'loading [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted} | loaded {loaded} unchanged {unchanged} failed {failed}',
              stream: process.stderr,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const started = Date.now();
      let lastLine = 0;
      try {
        const { problems, summary } = await loadPaths(handle.db, paths, {
          maxFileBytes: config.load.maxFileBytes,
          batchSize: opts.batchSize ?? config.load.batchSize,
          dryRun: opts.dryRun === true,
          onRead: (inputs, found) => {
            for (const problem of found) say(`kg load: ${formatInputProblem(problem)}`);
            bar?.start(inputs.length, 0, { rate: '0', loaded: 0, unchanged: 0, failed: 0 });
          },
          onProgress: (p) => {
            const rate = (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
            if (bar) bar.update(p.done, { rate, loaded: p.loaded, unchanged: p.unchanged, failed: p.failed });
            else if (Date.now() - lastLine > 2_000 || p.done === p.total) {
              lastLine = Date.now();
              say(
                `kg load: ${p.done}/${p.total} articles (${rate}/s), loaded ${p.loaded}, unchanged ${p.unchanged}, failed ${p.failed}`,
              );
            }
          },
        });
        bar?.stop();
        for (const failure of summary.failed) say(`kg load: ${failure.file}: FAILED: ${failure.message}`);
        const problemsCount = problems.filter(isFailingProblem).length;
        const warnings = problems.filter((p) => p.severity === 'warning').length;
        const skipped = problems.filter((p) => p.code === 'UNKNOWN_EXTENSION').length;
        say(
          `kg load: ${opts.dryRun ? 'dry run: ' : ''}read ${summary.read} articles: loaded ${summary.loaded}, unchanged ${summary.unchanged}, ` +
            `failed ${summary.failed.length}; ${problemsCount} input problems, ${warnings} warnings, ${skipped} files skipped; ` +
            `${summary.claims} claims, ${summary.incidents} incidents; nodes +${summary.stats.nodesCreated} -${summary.stats.nodesDeleted}, ` +
            `relationships +${summary.stats.relationshipsCreated} -${summary.stats.relationshipsDeleted} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        if (summary.failed.length > 0 || problemsCount > 0) setExitCode(1);
      } finally {
        bar?.stop();
        await handle.close();
      }
    });
}
