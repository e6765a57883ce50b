/** Every command module of the command line, in the order --help lists them. */
import type { CommandModule } from 'yargs';
import { benchCommand } from './bench.ts';
import { compareCommand } from './compare.ts';
import { exploreCommand } from './explore.ts';
import { mergeCommand } from './merge.ts';
import { metricsCommand } from './metrics.ts';
import { planCommand } from './plan.ts';
import { reportCommand } from './report.ts';
import { runCommand } from './run.ts';
import { schemaCommand } from './schema.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { sweepCommand } from './sweep.ts';
import { validateCommand } from './validate.ts';
import { validationCommand } from './validation.ts';

export const commands: CommandModule<any, any>[] = [runCommand, compareCommand, sweepCommand, sensitivityCommand, planCommand, mergeCommand, reportCommand, validateCommand, validationCommand, metricsCommand, schemaCommand, exploreCommand, benchCommand];
