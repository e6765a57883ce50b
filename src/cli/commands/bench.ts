/** `omsim bench`: speed benchmarks, each printing one JSON line. */
import type { Argv, CommandModule } from 'yargs';
import { benchmarkGeneratorFloor, type FloorOptions } from '../../bench/generator-floor.ts';
import { benchmarkMmc } from '../../bench/mmc.ts';
import { maxCustomers, maxServers } from '../../bench/queue-options.ts';
import { benchmarkSweep, benchmarkWorkers } from '../benchmarks.ts';
import { decimalNumber, repsOption, seedOption, wholeNumber, workerOption, workersFrom } from '../experiment-options.ts';
import { allBenchCommand } from './bench-all.ts';
import { estateBenchCommand, prisonBenchCommand } from './bench-model.ts';

/** The queue benchmarks' options are the queue's own (and, for the floor, whether it pays the API's costs). */
type QueueArgs = FloorOptions;

/** A queue option's value: any number here (1e6 too); its range is the benchmark's to check. */
function queueNumber(option: string) {
  return { type: 'string', requiresArg: true, coerce: decimalNumber(option) } as const;
}

/** A command running the M/M/c queue through `run`, with the queue's options and any `more` of its own. */
function queueBenchCommand(
  command: string,
  describe: string,
  run: (args: QueueArgs) => object,
  more: (y: Argv) => Argv = (y) => y,
): CommandModule<object, QueueArgs> {
  return {
    command,
    describe,
    builder: (y: Argv) =>
      more(y)
        // Read as text and parsed, so a value that is not a number is named as written; src/bench/queue-options.ts checks the ranges.
        .option('lambda', { ...queueNumber('--lambda'), default: 9, describe: 'arrival rate (customers per unit time); less than servers × mu' })
        .option('mu', { ...queueNumber('--mu'), default: 1, describe: 'service rate of one server' })
        .option('servers', { ...queueNumber('--servers'), default: 10, describe: `number of servers (at most ${maxServers.toLocaleString('en-GB')})` })
        .option('customers', { ...queueNumber('--customers'), default: 1_000_000, describe: `customers to simulate (at most ${maxCustomers.toLocaleString('en-GB')})` })
        .option('seed', { ...seedOption('random seed'), default: 1 })
        .example(`$0 bench ${command} --lambda 9 --mu 1 --servers 10 --customers 1000000 --seed 1`, '') as Argv<QueueArgs>,
    handler: (args) => {
      process.stdout.write(`${JSON.stringify(run(args))}\n`);
    },
  };
}

const mmcCommand = queueBenchCommand('mmc', "M/M/c queue through the engine's process and resource API", benchmarkMmc);

const floorCommand = queueBenchCommand(
  'floor',
  "The queue of 'bench mmc' as bare generators on the event calendar, without processes or resources: a yardstick for the engine",
  benchmarkGeneratorFloor,
  (y) =>
    y.option('api-costs', {
      type: 'boolean',
      default: false,
      describe: "also pay what the engine's API makes unavoidable: starts after the creating step, a resume for every request, a process and a request object per customer",
    }),
);

interface WorkersArgs {
  scenario: string;
  reps: number;
  workers: number;
}

const workersCommand: CommandModule<object, WorkersArgs> = {
  command: 'workers',
  describe: 'Speed-up of worker threads on a study (one thread, then --workers threads)',
  builder: (y: Argv) =>
    y
      .option('scenario', { type: 'string', default: 'scenarios/baseline.yaml', describe: 'scenario file (its horizon is used)' })
      .option('reps', { ...repsOption('replications'), default: 20 })
      .option('workers', { type: 'string', requiresArg: true, coerce: wholeNumber('--workers'), default: 2, describe: 'worker threads compared with one' })
      .example('$0 bench workers --reps 20 --workers 2', '') as unknown as Argv<WorkersArgs>,
  handler: async (args) => {
    const result = await benchmarkWorkers({ scenario: args.scenario, reps: args.reps, workers: workersFrom(args) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};

interface SweepBenchArgs {
  scenario: string;
  vary: string;
  reps: number;
  workers: number;
}

const sweepBenchCommand: CommandModule<object, SweepBenchArgs> = {
  command: 'sweep',
  describe: 'A sweep end to end: load, run every point, write the folder',
  builder: (y: Argv) =>
    workerOption(
      y
        .option('scenario', { type: 'string', default: 'scenarios/baseline.yaml', describe: 'scenario file (its horizon is used)' })
        .option('vary', { type: 'string', default: 'staff.offenderSupervisors.count=8:17:1', describe: 'the parameter and values swept (ten points by default)' })
        .option('reps', { ...repsOption('replications at each point'), default: 10 }),
    ).example('$0 bench sweep --reps 10', '') as unknown as Argv<SweepBenchArgs>,
  handler: async (args) => {
    const result = await benchmarkSweep({ scenario: args.scenario, vary: args.vary, reps: args.reps, workers: workersFrom(args) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};

export const benchCommand: CommandModule<object, object> = {
  command: 'bench <benchmark>',
  describe: 'Measure speed (one JSON line per benchmark)',
  builder: (y: Argv) =>
    y
      .command(mmcCommand as CommandModule<object, any>)
      .command(floorCommand as CommandModule<object, any>)
      .command(prisonBenchCommand as CommandModule<object, any>)
      .command(estateBenchCommand as CommandModule<object, any>)
      .command(workersCommand as CommandModule<object, any>)
      .command(sweepBenchCommand as CommandModule<object, any>)
      .command(allBenchCommand)
      .demandCommand(1),
  handler: () => {},
};
