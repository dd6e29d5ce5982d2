/**
 * Internal: `kg extract <paths...> [--json]`. Placeholder until the extract stage lands (issue 3).
 */
import type { Command } from 'commander';

/** Given the program, registers `kg extract` on it. */
export function registerExtractCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('extract')
    .description('Print what the extract stage reads out of articles (files or folders).')
    .argument('<paths...>', 'article files or folders')
    .option('--json', 'print the extraction contract as JSON')
    .action(() => {
      process.stderr.write('kg extract: not implemented yet\n');
      setExitCode(2);
    });
}
