/**
 * Public API: the `kg` command line. Each subcommand lives in `commands/` and registers itself on the program.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { registerDbCommand } from './commands/db.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerLoadCommand } from './commands/load.ts';
import { registerResolveCommand } from './commands/resolve.ts';
import { registerSchemaCommand } from './commands/schema.ts';
import { registerServeCommands } from './commands/serve.ts';

/** Given process.argv, runs the matching subcommand and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('kg')
    .description('Conflict-news knowledge graph: extract, load, serve and manage the database.')
    .showHelpAfterError()
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
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    // Expected failures (bad configuration, no Java, database down...) carry a message meant for people.
    process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return exitCode;
}
