/** `omsim bench`: speed benchmarks, each printing one JSON line. */
import type { Argv, CommandModule } from 'yargs';
import { benchmarkMmc } from '../../bench/mmc.ts';

interface MmcArgs {
  lambda: number;
  mu: number;
  servers: number;
  customers: number;
  seed: number;
}

const mmcCommand: CommandModule<object, MmcArgs> = {
  command: 'mmc',
  describe: 'M/M/c queue through the engine\'s process and resource API',
  builder: (y: Argv) =>
    y
      .option('lambda', { type: 'number', default: 9, describe: 'arrival rate (customers per unit time)' })
      .option('mu', { type: 'number', default: 1, describe: 'service rate of one server' })
      .option('servers', { type: 'number', default: 10, describe: 'number of servers' })
      .option('customers', { type: 'number', default: 1_000_000, describe: 'customers to simulate' })
      .option('seed', { type: 'number', default: 1, describe: 'random seed' })
      .example('$0 bench mmc --lambda 9 --mu 1 --servers 10 --customers 1000000 --seed 1', '') as Argv<MmcArgs>,
  handler: (args) => {
    const result = benchmarkMmc(args);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};

export const benchCommand: CommandModule<object, object> = {
  command: 'bench <benchmark>',
  describe: 'Measure speed (one JSON line per benchmark)',
  builder: (y: Argv) => y.command(mmcCommand as CommandModule<object, any>).demandCommand(1),
  handler: () => {},
};
