/**
 * Internal: `kg serve` (GraphQL over the configured database) and `kg start` (the main job: database, schema,
 * seeds when the graph is empty, GraphQL with the playground), both until Ctrl-C.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.ts';
import { createLogger } from '../../server/create-logger.ts';
import { startService } from '../../server/start-service.ts';
import { runUntilSignal } from '../run-until-signal.ts';
import { DATABASE_HELP } from '../database-help.ts';
import type { Logger } from 'pino';
import type { Db } from '../../db/create-driver.ts';
import { refreshStaleDerived } from '../../load/create-derived-tracker.ts';
import { loadSeeds } from '../../load/load-seeds.ts';

async function serve(setExitCode: (code: number) => void, seed: boolean): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const service = await startService({
    config,
    logger,
    beforeListen: async (database) => {
      if (seed && config.load.seedOnStart) await seedEmptyGraph(database.db, config.projectRoot, logger);
      await refreshStale(database.db, logger);
    },
  });
  logger.info(formatReadyLine(service.url, config.server.playground));
  setExitCode(
    await runUntilSignal(
      () => service.stop(),
      (line) => logger.info(line),
    ),
  );
}

/** Given the service URL and whether the pages are on, returns the start line (the playground only when it is served). */
export function formatReadyLine(url: string, playground: boolean): string {
  return `GraphQL ready at ${url}/graphql${playground ? ` (playground at ${url}/, explorer at ${url}/explore)` : ''}. Ctrl-C stops.`;
}

/** Given the program, registers `kg serve` and `kg start` on it. */
export function registerServeCommands(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('serve')
    .description(
      'Serve GraphQL over the configured database (embedded default unless NEO4J_URI) until Ctrl-C.',
    )
    .addHelpText('after', DATABASE_HELP)
    .action(() => serve(setExitCode, false));
  program
    .command('start')
    .description(
      'The main job: start or reuse the database, apply the schema, load the seeds into an empty graph, serve GraphQL.',
    )
    .addHelpText('after', DATABASE_HELP)
    .action(() => serve(setExitCode, true));
}

async function seedEmptyGraph(db: Db, projectRoot: string, logger: Logger): Promise<void> {
  const seeded = await loadSeeds(db, projectRoot).catch((error: unknown) => {
    // A database that is down at start is reported by health; seeding is retried on the next start.
    logger.warn({ err: error }, 'could not load the seed articles');
    return null;
  });
  if (seeded) {
    const { summary, problems } = seeded;
    logger.info(
      `Loaded the seed articles: ${summary.loaded} articles, ${summary.claims} claims, ${summary.incidents} incidents (${problems.length} input problems).`,
    );
  }
}

async function refreshStale(db: Db, logger: Logger): Promise<void> {
  const started = Date.now();
  const refreshed = await refreshStaleDerived(db).catch((error: unknown) => {
    // A database that is down at start is reported by health; the next load or start refreshes.
    logger.warn({ err: error }, 'could not refresh the derived network relationships');
    return null;
  });
  if (refreshed && refreshed.scope !== 'none') {
    logger.info(
      `Refreshed the derived network relationships (CO_REPORTED, ADVERSARY_OF) of ${refreshed.actors} actors in ${Math.round((Date.now() - started) / 100) / 10} s.`,
    );
  }
}
