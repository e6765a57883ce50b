/** Command-line options shared by the commands that run studies: worker threads, shards, repeatable options. */
import type { Argv } from 'yargs';
import { checkWorkers, defaultWorkers } from '../experiment/pool.ts';
import { resolveSlice, type Slice } from '../experiment/shards.ts';

export interface WorkerArgs {
  workers: number;
}

/** What every study command accepts about its scenario and its output. */
export interface StudyArgs {
  set: string[];
  seed?: number;
  reps?: number;
  out?: string;
  quiet: boolean;
  json: boolean;
}

export interface ShardArgs {
  shard?: string;
  shards?: number;
}

/** --workers N: worker threads (default every core); results do not depend on it. */
export function workerOption<T>(y: Argv<T>) {
  return y.option('workers', {
    type: 'number',
    default: defaultWorkers(),
    defaultDescription: `all cores (${defaultWorkers()})`,
    describe: 'worker threads running replications (results are the same for any number)',
  });
}

/** --shard K/N and --shards N: run one slice of the study and write a shard file for `omsim merge`. */
export function shardOptions<T>(y: Argv<T>) {
  return y
    .option('shard', { type: 'string', requiresArg: true, describe: 'run only slice K of N (K from 0) and write a shard file into --out' })
    .option('shards', {
      type: 'number',
      requiresArg: true,
      describe: 'split into N shards, this job\'s index from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm)',
    });
}

/**
 * A repeatable option taking one value each time (`--set a=1 --set b=2`). As
 * an array option it would swallow the positional arguments that follow it.
 */
export function repeatable(describe: string) {
  return {
    type: 'string' as const,
    requiresArg: true,
    describe,
    coerce: (value: string | string[]) => (Array.isArray(value) ? value : [value]),
    default: [] as string[],
    defaultDescription: 'none',
  };
}

/** The --set list with --seed and --reps folded in, so they are validated like any other change. */
export function overridesFrom(args: { set: string[]; seed?: number; reps?: number }): string[] {
  const overrides = [...args.set];
  if (args.seed !== undefined) overrides.push(`seed=${args.seed}`);
  if (args.reps !== undefined) overrides.push(`replications=${args.reps}`);
  return overrides;
}

/** The checked --workers value. */
export function workersFrom(args: WorkerArgs): number {
  return checkWorkers(args.workers);
}

/** The slice asked for, if any (undefined: the whole study on this machine). */
export function sliceFrom(args: ShardArgs): Slice | undefined {
  return resolveSlice(args, process.env);
}
