/**
 * Internal: `kg schema emit|print`: writes or prints the SDL generated from src/graphql.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.ts';
import { printAppSchema } from '../../graphql/build-schema.ts';

/** Given the program, registers `kg schema` on it. */
export function registerSchemaCommand(program: Command): void {
  const schema = program.command('schema').description('The GraphQL SDL generated from the code.');
  schema
    .command('emit')
    .description('Write schema/schema.graphql.')
    .action(() => {
      const path = join(loadConfig().projectRoot, 'schema', 'schema.graphql');
      writeFileSync(path, printAppSchema());
      process.stdout.write(`wrote ${path}\n`);
    });
  schema
    .command('print')
    .description('Print the SDL.')
    .action(() => {
      process.stdout.write(printAppSchema());
    });
}
