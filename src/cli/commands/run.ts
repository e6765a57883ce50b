/** `omsim run <scenario>`: run a scenario's replications and write its results folder. */
import type { Argv, CommandModule } from 'yargs';
import { toJson } from '../../report/json.ts';
import { formatWarnings, loadScenario } from '../../scenario/index.ts';
import { overridesFrom, repeatable, shardOptions, sliceFrom, workerOption, workersFrom, type ShardArgs, type StudyArgs, type WorkerArgs, seedOption, repsOption, outOption, replaceOption } from '../experiment-options.ts';
import { defaultShardFolder, runShard } from '../experiments/shard.ts';
import { runStudyFolder } from '../experiments/study-folder.ts';
import { headline } from '../headline.ts';
import { defaultOutputFolder } from '../output-path.ts';

export interface RunArgs extends StudyArgs, WorkerArgs, ShardArgs {
  scenario: string;
}

function scenarioOptions<T>(y: Argv<T>) {
  return y
    .option('set', repeatable('change a parameter: path=value (repeatable)'))
    .option('seed', seedOption('random seed (overrides the scenario)'))
    .option('reps', repsOption('replications (overrides the scenario)'))
    .option('out', outOption('output folder (default output/<scenario>-<timestamp>/)'))
    .option('replace', replaceOption)
    .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar or headline' })
    .option('json', { type: 'boolean', default: false, describe: 'print the machine-readable summary on stdout' });
}

/** Said when a study has one replication: means can be estimated, their intervals cannot. */
export const singleReplicationNote = 'omsim: note: with 1 replication the results have means but no confidence intervals (an interval needs 2 or more; use --reps)\n';

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'Run a scenario and write its results',
  builder: (y) =>
    shardOptions(workerOption(scenarioOptions(y.positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' }))))
      .example('$0 run scenarios/baseline.yaml', 'run the baseline scenario')
      .example('$0 run scenarios/baseline.yaml --reps 20 --set staff.offenderSupervisors.count=10', 'fewer supervisors, more replications')
      .example('$0 run scenarios/baseline.yaml --shard 1/4 --out shards/', 'the first of four slices, as a shard file for omsim merge') as unknown as Argv<RunArgs>,
  handler: async (args) => {
    const { scenario, warnings } = loadScenario(args.scenario, { overrides: overridesFrom(args) });
    // Said whether or not --quiet: a setting that changes nothing is worth knowing before hours of computing.
    process.stderr.write(formatWarnings(warnings));
    const workers = workersFrom(args);
    const slice = sliceFrom(args);
    if (scenario.replications === 1 && !args.quiet) process.stderr.write(singleReplicationNote);
    if (slice) {
      await runShard({ kind: 'run', scenario }, slice, { workers, folder: args.out ?? defaultShardFolder(scenario.name), quiet: args.quiet, label: scenario.name });
      return;
    }
    const { outcome, folder } = await runStudyFolder({ kind: 'run', scenario }, { workers, target: args.out ?? defaultOutputFolder(scenario.name), quiet: args.quiet, label: scenario.name, replace: args.replace });
    if (outcome.kind !== 'run') return;
    if (args.json) process.stdout.write(toJson(outcome.summary));
    else if (!args.quiet) process.stdout.write(`${headline(outcome.summary, folder)}\n`);
  },
};
