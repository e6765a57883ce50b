/** `omsim plan <scenario> --vary path --target "metric<=x"`: the smallest value of a parameter that meets a target with given confidence. */
import type { Argv, CommandModule } from 'yargs';
import { overridesFrom, repeatable, workerOption, workersFrom, type WorkerArgs, seedOption, outOption, replaceOption } from '../experiment-options.ts';
import { planScenario } from '../experiments/plan.ts';

interface PlanArgs extends WorkerArgs {
  scenario: string;
  vary: string;
  target: string[];
  confidence: number;
  min: number;
  max: number;
  step: number;
  initialReps: number;
  batch: number;
  maxReps: number;
  set: string[];
  seed?: number;
  out?: string;
  replace: boolean;
  quiet: boolean;
  json: boolean;
}

export const planCommand: CommandModule<object, PlanArgs> = {
  command: 'plan <scenario>',
  describe: 'Find the smallest value of a parameter that meets a target with given confidence',
  builder: (y: Argv) =>
    workerOption(
      y
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
        .option('vary', { type: 'string', demandOption: true, requiresArg: true, describe: 'the parameter searched (dotted path), e.g. staff.offenderSupervisors.count' })
        .option('target', { type: 'string', requiresArg: true, demandOption: true, coerce: (value: string | string[]) => (Array.isArray(value) ? value : [value]), describe: 'metric<=number (or >=, <, >), e.g. "reports.unfinishedShare<10%", or a band, "workload.capacityPercent in 90..110"; repeat for several, all of which must hold. A share takes 95% as 0.95; a metric in per cent takes 110% as 110' })
        .option('confidence', { type: 'number', default: 0.9, describe: 'one-sided confidence with which the target must be shown to hold' })
        .option('min', { type: 'number', default: 0, describe: 'smallest value searched' })
        .option('max', { type: 'number', default: 200, describe: 'largest value searched' })
        .option('step', { type: 'number', default: 1, describe: 'spacing of the values searched' })
        .option('initial-reps', { type: 'number', default: 5, describe: 'replications each value starts with' })
        .option('batch', { type: 'number', default: 5, describe: 'replications added while a value\'s interval straddles the target' })
        .option('max-reps', { type: 'number', default: 50, describe: 'most replications a value gets' })
        .option('set', repeatable('change a parameter: path=value (repeatable)'))
        .option('seed', seedOption('random seed (overrides the scenario)'))
        .option('out', outOption('output folder (default output/<scenario>-plan-<timestamp>/)'))
        .option('replace', replaceOption)
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' })
        .option('json', { type: 'boolean', default: false, describe: 'print plan.json on stdout' }),
    )
      .example('$0 plan scenarios/baseline.yaml --vary staff.offenderSupervisors.count --target "reports.unfinishedShare<=0.05" --confidence 0.9', 'supervisors needed for at most 5% of reports unfinished')
      .example('$0 plan scenarios/baseline.yaml --vary staff.offenderSupervisors.count --target "reports.unfinishedShare<10%" --target "contacts.deliveredShare>=90%"', 'the fewest supervisors meeting both')
      .example('$0 plan scenarios/baseline.yaml --vary staff.offenderSupervisors.count --target "workload.capacityPercent in 90..110"', 'supervisors keeping the workload in the WMT band')
      .example('$0 plan scenarios/baseline.yaml --vary staff.offenderSupervisors.scale --min 0.5 --max 2 --step 0.05 --target "contacts.deliveredShare>=0.9"', 'a finer search of a multiplier') as unknown as Argv<PlanArgs>,
  handler: async (args) => {
    await planScenario({
      file: args.scenario,
      overrides: overridesFrom({ set: args.set, seed: args.seed }),
      parameter: args.vary,
      target: args.target,
      confidence: args.confidence,
      min: args.min,
      max: args.max,
      step: args.step,
      initialReplications: args.initialReps,
      batch: args.batch,
      maxReplications: args.maxReps,
      workers: workersFrom(args),
      out: args.out,
      replace: args.replace,
      quiet: args.quiet,
      json: args.json,
    });
  },
};
