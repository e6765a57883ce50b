/**
 * `omsim bench all` (what `npm run bench` runs): every benchmark, each in a
 * fresh process so its peak memory is its own, one JSON line each.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CommandModule } from 'yargs';
import { UserError } from '../errors.ts';

const omsim = fileURLToPath(new URL('../../../bin/omsim.js', import.meta.url));

/** The benchmarks and their arguments, as the README's Performance section states them. */
export const allBenchmarks: readonly string[][] = [
  ['mmc', '--lambda', '9', '--mu', '1', '--servers', '10', '--customers', '1000000', '--seed', '1'],
  ['floor', '--lambda', '9', '--mu', '1', '--servers', '10', '--customers', '1000000', '--seed', '1'],
  ['floor', '--lambda', '9', '--mu', '1', '--servers', '10', '--customers', '1000000', '--seed', '1', '--api-costs'],
  ['prison'],
  ['estate'],
  ['workers', '--reps', '20', '--workers', '2'],
  ['sweep', '--reps', '10', '--workers', '2'],
];

export const allBenchCommand: CommandModule<object, object> = {
  command: 'all',
  describe: 'Every benchmark, each in its own process',
  builder: (y) => y.example('$0 bench all', 'what npm run bench runs'),
  handler: () => {
    for (const args of allBenchmarks) {
      const child = spawnSync(process.execPath, [omsim, 'bench', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (child.status !== 0) throw new UserError(`benchmark ${args[0]} failed (exit ${child.status ?? child.signal})`);
    }
  },
};
