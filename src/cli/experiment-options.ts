/** Command-line options shared by the commands that run studies (worker threads, shards, repeatable options), and the reading of numbers written after options. */
import type { Argv } from 'yargs';
import { checkWorkers, defaultWorkers } from '../experiment/pool.ts';
import { resolveSlice, type Slice } from '../experiment/shards.ts';
import { UserError } from './errors.ts';

export interface WorkerArgs {
  workers: number;
}

/** What every study command accepts about its scenario and its output. */
export interface StudyArgs {
  set: string[];
  seed?: number;
  reps?: number;
  out?: string;
  replace: boolean;
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
    // Read as written (yargs reads "abc" as NaN); checkWorkers checks its range.
    type: 'string',
    coerce: wholeNumber('--workers'),
    requiresArg: true,
    default: defaultWorkers(),
    defaultDescription: `all cores (${defaultWorkers()})`,
    describe: 'worker threads running replications (results are the same for any number)',
  });
}

/** --shard K/N and --shards N: run one slice of the study and write a shard file for `omsim merge`. */
export function shardOptions<T>(y: Argv<T>) {
  return y
    .option('shard', { type: 'string', requiresArg: true, describe: 'run only slice K of N (K from 1, as jest and vitest count: 1/4 is the first of four) and write a shard file into --out' })
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

/**
 * The checked --workers value, at most one per core: more threads than
 * cores only share the cores, and each costs memory (a note says so).
 */
export function workersFrom(args: WorkerArgs): number {
  const workers = checkWorkers(args.workers);
  const cores = defaultWorkers();
  if (workers <= cores) return workers;
  process.stderr.write(`omsim: note: --workers ${workers} is more than the ${cores} cores here; using ${cores}\n`);
  return cores;
}

/**
 * A whole number written after an option, or a UserError naming the option:
 * yargs reads "" as 0 and "1.5" as 1.5. Its range is the scenario's to check,
 * with the scenario's words.
 */
export function wholeNumber(option: string) {
  return (value: unknown): number => {
    const text = String(value).trim();
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UserError(`${option} must be a whole number; found ${JSON.stringify(String(value))}`);
    return Number(text);
  };
}

/**
 * A number written after an option (12, 0.5, 1e6), or a UserError naming the
 * option: yargs reads "" as 0 and "abc" as NaN. Its range is checked by what
 * uses it.
 */
export function decimalNumber(option: string) {
  return (value: unknown): number => {
    const text = String(value).trim();
    if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) throw new UserError(`${option} must be a number; found ${JSON.stringify(String(value))}`);
    return Number(text);
  };
}

/** --seed N: the random seed, a whole number, overriding the scenario's. */
export function seedOption(describe: string) {
  return { type: 'string' as const, requiresArg: true, describe, coerce: wholeNumber('--seed') } as const;
}

/** --reps N: replications, a whole number, overriding the scenario's. */
export function repsOption(describe: string) {
  return { type: 'string' as const, requiresArg: true, describe, coerce: wholeNumber('--reps') } as const;
}

/** --replace: an existing results folder at --out is replaced once the new results are complete. */
export const replaceOption = {
  type: 'boolean' as const,
  // --force is the name other tools give it.
  alias: 'force',
  default: false,
  describe: 'replace the results folder at --out, if there is one, once the new results are complete',
} as const;

/** --out PATH: where results go; a value must follow it. */
export function outOption(describe: string) {
  return { type: 'string' as const, requiresArg: true, describe } as const;
}

/** The slice asked for, if any (undefined: the whole study on this machine). */
export function sliceFrom(args: ShardArgs): Slice | undefined {
  return resolveSlice(args, process.env);
}
