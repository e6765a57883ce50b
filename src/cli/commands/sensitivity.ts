/** `omsim sensitivity <scenario> --method oat|morris|sobol`: which assumptions move the results, and how much. */
import type { Argv, CommandModule } from 'yargs';
import { sensitivityDefaults } from '../../experiment/sensitivity/load-design.ts';
import { outOption, overridesFrom, repeatable, repsOption, seedOption, shardOptions, sliceFrom, wholeNumber, workerOption, workersFrom, type ShardArgs, type StudyArgs, type WorkerArgs } from '../experiment-options.ts';
import { runSensitivity } from '../experiments/sensitivity.ts';

interface SensitivityArgs extends Omit<StudyArgs, 'replace'>, WorkerArgs, ShardArgs {
  scenario: string;
  method?: string;
  design?: string;
  factors?: string;
  metrics?: string;
  trajectories?: number;
  levels?: number;
  base?: number;
  resume: boolean;
}

const listOf = (text: string | undefined) => (text === undefined ? undefined : text.split(',').map((s) => s.trim()));

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: 'sensitivity <scenario>',
  describe: 'Find which assumptions move the results: one at a time, Morris or Sobol, on common random numbers',
  builder: (y: Argv) =>
    shardOptions(
      workerOption(
        y
          .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
          .option('method', { type: 'string', requiresArg: true, describe: `oat (each factor at each end of its range), morris (elementary effects) or sobol (variance shares); default morris` })
          .option('design', { type: 'string', requiresArg: true, describe: 'run a design made elsewhere: a CSV file, one column per parameter path, one row per point (in place of --method)' })
          .option('factors', { type: 'string', requiresArg: true, describe: 'the factors to vary: a,b,c (default: every assumption with a range that the scenario does not fix and whose value is not null; see omsim validate --assumptions)' })
          .option('metrics', { type: 'string', requiresArg: true, describe: 'the metrics to analyse: a,b,c (default: the eight a briefing leads with; see omsim metrics)' })
          .option('trajectories', { type: 'string', requiresArg: true, coerce: wholeNumber('--trajectories'), describe: `morris: trajectories (default ${sensitivityDefaults.trajectories})` })
          .option('levels', { type: 'string', requiresArg: true, coerce: wholeNumber('--levels'), describe: `morris: levels of the grid, even (default ${sensitivityDefaults.levels})` })
          .option('base', { type: 'string', requiresArg: true, coerce: wholeNumber('--base'), describe: `sobol: rows of the base sample N; the analysis runs N × (factors + 2) points (default ${sensitivityDefaults.base})` })
          .option('set', repeatable('change a parameter: path=value (repeatable)'))
          .option('seed', seedOption('random seed (overrides the scenario); every point uses it'))
          .option('reps', repsOption(`replications at each point (default: ${sensitivityDefaults.replications.morris} for morris and sobol, the scenario's for oat and --design)`))
          .option('out', outOption('output folder (default output/<scenario>-sensitivity-<timestamp>/)'))
          .option('resume', { type: 'boolean', default: false, describe: 'continue the interrupted analysis in --out, redoing no finished point' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or headline' })
          .option('json', { type: 'boolean', default: false, describe: 'print sensitivity.json on stdout' }),
      ),
    )
      .example('$0 sensitivity scenarios/baseline.yaml --method morris --metrics contacts.deliveredShare,reports.unfinishedShare', 'the assumptions that move contacts delivered and reports unfinished most')
      .example('$0 sensitivity scenarios/baseline.yaml --method oat --factors redeployment.shiftProbability,contacts.recordingMinutes', 'a tornado chart of two assumptions')
      .example('$0 sensitivity scenarios/baseline.yaml --design points.csv --metrics contacts.deliveredShare', 'run a design made by SALib or R') as unknown as Argv<SensitivityArgs>,
  handler: async (args) => {
    await runSensitivity({
      file: args.scenario,
      overrides: overridesFrom(args),
      method: args.method,
      designFile: args.design,
      factors: listOf(args.factors),
      metrics: listOf(args.metrics),
      trajectories: args.trajectories,
      levels: args.levels,
      base: args.base,
      workers: workersFrom(args),
      slice: sliceFrom(args),
      out: args.out,
      resume: args.resume,
      quiet: args.quiet,
      json: args.json,
    });
  },
};

