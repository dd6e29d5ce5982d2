/**
 * Public API: the `kg` command line. Each subcommand lives in `commands/` and registers itself on the program.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerDbCommand } from './commands/db.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerLoadCommand } from './commands/load.ts';
import { registerResolveCommand } from './commands/resolve.ts';
import { registerSchemaCommand } from './commands/schema.ts';
import { registerServeCommands } from './commands/serve.ts';

/** Exit code of a command line that cannot be run as written (unknown command or option, bad option value). */
export const USAGE_EXIT_CODE = 2;

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Given process.argv, runs the matching subcommand and returns the process exit code: 0 done, 1 failed,
 * 2 usage error, 3 `kg db status` with the database stopped.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('kg')
    .description('Conflict-news knowledge graph: extract, load, serve and manage the database.')
    .version(VERSION, '-V, --version', 'print the version of kg')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  registerDbCommand(program, setExitCode);
  registerServeCommands(program, setExitCode);
  registerExtractCommand(program, setExitCode);
  registerLoadCommand(program, setExitCode);
  registerResolveCommand(program, setExitCode);
  registerSchemaCommand(program);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    // Expected failures (bad configuration, no Java, database down...) carry a message meant for people.
    process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return exitCode;
}
