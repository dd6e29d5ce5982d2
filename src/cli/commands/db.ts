/**
 * Internal: `kg db start|stop|status|build|reset`: the embedded default database (and a reset of any database).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.ts';
import { connectDatabase } from '../../db/connect-database.ts';
import { buildLauncher } from '../../db/embedded/build-launcher.ts';
import { getEmbeddedStatus } from '../../db/embedded/embedded-status.ts';
import { resolveEmbeddedPaths } from '../../db/embedded/embedded-paths.ts';
import { startEmbeddedNeo4j } from '../../db/embedded/start-embedded-neo4j.ts';
import { stopEmbeddedNeo4j } from '../../db/embedded/stop-embedded-neo4j.ts';
import { writeCypher } from '../../db/run-cypher.ts';
import { DATABASE_HELP } from '../database-help.ts';

/** `kg db status` exit codes: 0 running and answering, 1 running but not answering or orphaned, 3 stopped (as LSB init scripts). */
export const STATUS_EXIT = { RUNNING: 0, NOT_ANSWERING: 1, STOPPED: 3 } as const;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Given the program, registers the `kg db` subcommands on it. */
export function registerDbCommand(program: Command, setExitCode: (code: number) => void): void {
  const db = program.command('db').description('Manage the embedded Neo4j (used when NEO4J_URI is not set).');

  db.command('start')
    .description(
      'Start the embedded Neo4j in the background (kept until `kg db stop`); reuses a running one.',
    )
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.uri) return say(`NEO4J_URI is set (${config.neo4j.uri}); nothing to start.`);
      const running = await startEmbeddedNeo4j({
        projectRoot: config.projectRoot,
        config: config.embedded,
        mode: 'detached',
        log: say,
      });
      say(`running ${running.uri} pid ${running.pid}`);
    });

  db.command('stop')
    .description('Stop the embedded Neo4j cleanly.')
    .action(async () => {
      const config = loadConfig();
      const result = await stopEmbeddedNeo4j(config.projectRoot, config.embedded);
      say(
        result === 'not-running'
          ? 'stopped (was not running)'
          : `stopped${result === 'killed' ? ' (had to be killed)' : ''}`,
      );
    });

  db.command('status')
    .description('Say whether the embedded Neo4j runs, where, and whether Bolt answers.')
    .addHelpText(
      'after',
      '\nExit code: 0 running and answering, 1 running but not answering (or without a state file), 3 stopped.',
    )
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.uri)
        say(`NEO4J_URI is set: the service uses ${config.neo4j.uri}, not the embedded database.`);
      const status = await getEmbeddedStatus(config.projectRoot, config.embedded);
      if (status.state === 'stopped') {
        say(`stopped (data in ${status.dataDir})`);
        setExitCode(STATUS_EXIT.STOPPED);
      } else if (status.state === 'orphan') {
        say(
          `running without a state file: pid ${status.pid} holds the data in ${status.dataDir}; \`kg db stop\` stops it`,
        );
        setExitCode(STATUS_EXIT.NOT_ANSWERING);
      } else {
        say(
          `running ${status.info.uri} pid ${status.info.pid} (${status.info.mode}, since ${status.info.startedAt}); bolt ${status.answering ? 'answering' : 'NOT answering'}; data in ${status.dataDir}`,
        );
        if (!status.answering) setExitCode(STATUS_EXIT.NOT_ANSWERING);
      }
    });

  db.command('build')
    .description('Build (or with --force rebuild) the embedded Neo4j launcher with Maven.')
    .option('--force', 'rebuild even when already built')
    .action(async (opts: { force?: boolean }) => {
      const config = loadConfig();
      await buildLauncher(resolveEmbeddedPaths(config.projectRoot, config.embedded.dataDir), {
        force: opts.force === true,
        log: say,
      });
      say('built');
    });

  db.command('reset')
    .description('Delete every node and relationship of the configured database (asks for --yes).')
    .option('--yes', 'really delete everything')
    .addHelpText('after', DATABASE_HELP)
    .action(async (opts: { yes?: boolean }) => {
      if (!opts.yes) {
        say('Refusing to delete the graph without --yes.');
        return setExitCode(2);
      }
      const handle = await connectDatabase(loadConfig(), { log: say });
      try {
        await writeCypher(handle.db, 'deleteAll');
        say('graph emptied');
      } finally {
        await handle.close();
      }
    });
}
