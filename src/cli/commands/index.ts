/** Every command module of the command line, in the order --help lists them. */
import type { CommandModule } from 'yargs';
import { benchCommand } from './bench.ts';

export const commands: CommandModule<any, any>[] = [benchCommand];
