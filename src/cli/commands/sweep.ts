/** `omsim sweep <scenario> --vary path=start:stop:step`: run every point of a grid of one or two parameters. */
import type { Argv, CommandModule } from 'yargs';
import { overridesFrom, repeatable, shardOptions, sliceFrom, workerOption, workersFrom, type ShardArgs, type StudyArgs, type WorkerArgs, seedOption, repsOption, outOption } from '../experiment-options.ts';
import { sweepScenario } from '../experiments/sweep.ts';

interface SweepArgs extends StudyArgs, WorkerArgs, ShardArgs {
  scenario: string;
  vary: string[];
  resume: boolean;
  chart: string[];
  target?: string;
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <scenario>',
  describe: 'Run a scenario over a range of values of one or two parameters',
  builder: (y: Argv) =>
    shardOptions(
      workerOption(
        y
          .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
          .option('vary', { ...repeatable('a parameter and its values: path=start:stop:step (ends included) or path=a,b,c; once or twice'), default: undefined, defaultDescription: undefined, demandOption: true })
          .option('set', repeatable('change a parameter: path=value (repeatable)'))
          .option('seed', seedOption('random seed (overrides the scenario); every point uses it'))
          .option('reps', repsOption('replications at each point (overrides the scenario)'))
          .option('out', outOption('output folder (default output/<scenario>-sweep-<timestamp>/)'))
          .option('chart', repeatable('a metric to draw against caseload in the report, in place of contact time and unfinished reports (repeatable; see omsim metrics)'))
          .option('target', { type: 'string', requiresArg: true, describe: 'a target drawn as a line on its metric\'s panel: metric>=value (or <=, <, >; 95% allowed)' })
          .option('resume', { type: 'boolean', default: false, describe: 'continue the interrupted sweep in --out, redoing no finished point' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or table' })
          .option('json', { type: 'boolean', default: false, describe: 'print sweep.json on stdout' }),
      ),
    )
      .example('$0 sweep scenarios/baseline.yaml --vary staff.offenderSupervisors.count=10:60:5', 'eleven staffing levels')
      .example('$0 sweep scenarios/baseline.yaml --vary staff.offenderSupervisors.count=10,20 --vary population.size=800:1600:400', 'a two-way grid')
      .example('$0 sweep scenarios/baseline.yaml --vary staff.offenderSupervisors.count=10:60:5 --out s --resume', 'finish an interrupted sweep')
      .example('$0 sweep scenarios/baseline.yaml --vary staff.probationOfficers.count=1:8:1 --chart reports.parole.onTimeShare --target "reports.parole.onTimeShare>=95%"', 'parole reports on time as probation officers are added, with the target drawn') as unknown as Argv<SweepArgs>,
  handler: async (args) => {
    await sweepScenario({
      file: args.scenario,
      overrides: overridesFrom(args),
      vary: args.vary,
      workers: workersFrom(args),
      slice: sliceFrom(args),
      out: args.out,
      resume: args.resume,
      chart: args.chart,
      target: args.target,
      quiet: args.quiet,
      json: args.json,
    });
  },
};
