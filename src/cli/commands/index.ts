/** Every command module of the command line, in the order --help lists them. */
import type { CommandModule } from 'yargs';
import { benchCommand } from './bench.ts';
import { runCommand } from './run.ts';
import { schemaCommand } from './schema.ts';
import { validateCommand } from './validate.ts';

export const commands: CommandModule<any, any>[] = [runCommand, validateCommand, schemaCommand, benchCommand];
