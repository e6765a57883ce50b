/** `omsim compare a.yaml b.yaml …`: run scenarios on common random numbers and show each metric's paired difference from the first. */
import type { Argv, CommandModule } from 'yargs';
import { overridesFrom, repeatable, shardOptions, sliceFrom, workerOption, workersFrom, type ShardArgs, type StudyArgs, type WorkerArgs, seedOption, repsOption, outOption, replaceOption } from '../experiment-options.ts';
import { compareScenarios } from '../experiments/compare.ts';

interface CompareArgs extends StudyArgs, WorkerArgs, ShardArgs {
  scenarios: string[];
  vary?: string;
  metrics?: string;
  press?: string;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <scenarios..>',
  describe: 'Run two or more scenarios with the same seeds and compare them',
  builder: (y: Argv) =>
    shardOptions(
      workerOption(
        y
          .positional('scenarios', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML); the first is the one the others are compared with' })
          .option('set', repeatable('change a parameter in every scenario: path=value (repeatable)'))
          .option('vary', { type: 'string', describe: 'compare the first scenario with itself at each of these values: path=a,b,c' })
          .option('seed', seedOption('random seed for every scenario (default: the first scenario\'s)'))
          .option('reps', repsOption('replications of every scenario (default: the first scenario\'s)'))
          .option('out', outOption('output folder (default output/compare-<names>-<timestamp>/)'))
          .option('metrics', { type: 'string', requiresArg: true, describe: 'the measures the headline and chart show, by name: a,b,c (default: the eight a briefing leads with; see omsim metrics)' })
          .option('press', { type: 'string', requiresArg: true, describe: 'one measure for a press release, by name: drawn in each scenario with its interval on one scale (charts/press.png), and said in a sentence with the change in staff and the figure a year' })
          .option('replace', replaceOption)
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or table' })
          .option('json', { type: 'boolean', default: false, describe: 'print comparison.json on stdout' }),
      ),
    )
      .example('$0 compare scenarios/baseline.yaml scenarios/cuts-10pct.yaml', 'what a 10% cut in staff changes')
      .example('$0 compare scenarios/baseline.yaml scenarios/cuts-10pct.yaml --metrics reports.parole.onTimeShare,custody.extraDays', 'only parole reports on time and the days in custody they cost')
      .example('$0 compare scenarios/baseline.yaml scenarios/cuts-10pct.yaml --press contacts.delivered', 'supervision contacts a year, with and without the cut, for a press release')
      .example('$0 compare a.yaml b.yaml --reps 20 --workers 4', 'twenty paired replications on four threads')
      .example('$0 compare scenarios/baseline.yaml --vary workingPattern.priority=deadline,contactsFirst,reportsFirst', 'how the headline moves under each working policy') as unknown as Argv<CompareArgs>,
  handler: async (args) => {
    await compareScenarios({
      files: args.scenarios,
      overrides: overridesFrom(args),
      workers: workersFrom(args),
      slice: sliceFrom(args),
      out: args.out,
      replace: args.replace,
      quiet: args.quiet,
      json: args.json,
      vary: args.vary,
      metrics: args.metrics,
      press: args.press,
    });
  },
};
