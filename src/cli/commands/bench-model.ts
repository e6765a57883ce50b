/** `omsim bench prison` and `omsim bench estate`: one replication of the model on one core. */
import type { Argv, CommandModule } from 'yargs';
import { benchmarkModel } from '../../bench/model-bench.ts';
import { decimalNumber } from '../experiment-options.ts';

interface ModelBenchArgs {
  scenario: string;
  years: number;
}

function modelBenchmark(name: string, describe: string, scenario: string, years: number): CommandModule<object, ModelBenchArgs> {
  return {
    command: name,
    describe,
    builder: (y: Argv) =>
      y
        .option('scenario', { type: 'string', default: scenario, describe: 'scenario file' })
        // Read as text and parsed, so a value that is not a number is named as written; the scenario checks its range.
        .option('years', { type: 'string', requiresArg: true, coerce: decimalNumber('--years'), default: years, describe: 'simulated years' })
        .example(`$0 bench ${name}`, '') as unknown as Argv<ModelBenchArgs>,
    handler: (args) => {
      process.stdout.write(`${JSON.stringify(benchmarkModel(name, args.scenario, args.years))}\n`);
    },
  };
}

export const prisonBenchCommand = modelBenchmark('prison', 'A 1,200-prisoner local prison for 5 simulated years', 'scenarios/baseline.yaml', 5);
export const estateBenchCommand = modelBenchmark(
  'estate',
  'The national estate (about 85,000 prisoners, 120 establishments) for 1 simulated year',
  'scenarios/national-estate.yaml',
  1,
);
