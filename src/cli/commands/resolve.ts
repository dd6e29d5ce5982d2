/**
 * Internal: `kg resolve [--all] [--keep-apart A B]`: the resolution stage on its own. Joins every pending incident
 * report into incidents (what every load does at its end), or all of them again (`--all`, after a change of the
 * lexicon's places or of the cues), or undoes one join for good (`--keep-apart`), then refreshes the derived
 * relationships. Deterministic and re-runnable: running it again changes nothing.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.ts';
import { connectDatabase } from '../../db/connect-database.ts';
import { writeCypher } from '../../db/run-cypher.ts';
import { resolvePending } from '../../load/load-paths.ts';
import { refreshStaleDerived } from '../../load/create-derived-tracker.ts';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Given the program, registers `kg resolve` on it. */
export function registerResolveCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('resolve')
    .description(
      'Join the pending incident reports of the articles into incidents (every load does it at its end).',
    )
    .option('--all', 'recompute every incident, not only those of pending reports')
    .option(
      '--keep-apart <reportIds...>',
      "two report ids (an incident's mergedFrom) that must never be joined again",
    )
    .action(async (opts: { all?: boolean; keepApart?: string[] }) => {
      if (opts.keepApart !== undefined && opts.keepApart.length !== 2) {
        say('kg resolve: --keep-apart takes exactly two report ids');
        setExitCode(2);
        return;
      }
      const config = loadConfig();
      const handle = await connectDatabase(config, { log: say });
      const started = Date.now();
      try {
        if (opts.all) {
          const [row] = await writeCypher<{ marked: number }>(handle.db, 'markAllReportsPending');
          say(`kg resolve: ${row?.marked ?? 0} reports to resolve again`);
        }
        if (opts.keepApart) {
          const [a, b] = opts.keepApart as [string, string];
          const [row] = await writeCypher<{ found: number }>(handle.db, 'keepReportsApart', { a, b });
          if ((row?.found ?? 0) === 0) {
            say(`kg resolve: no reports ${a} and ${b}`);
            setExitCode(1);
            return;
          }
        }
        const summary = await resolvePending(handle.db);
        // Incidents changed: their network edges must follow.
        if (summary.reports > 0) await writeCypher(handle.db, 'markDerivedStale');
        const derived = await refreshStaleDerived(handle.db);
        say(
          `kg resolve: ${summary.reports} reports resolved into ${summary.incidents} incidents (${summary.joined} joining several reports) ` +
            `in ${summary.transactions} transactions; derived relationships: ${derived.scope}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      } finally {
        await handle.close();
      }
    });
}
