/**
 * Shards: one machine's deterministic slice of a study, for runs spread over
 * a cluster. Shard K of N runs the tasks i with i ≡ K (mod N) in the study's
 * flat task list (see design.ts), so the slices are disjoint, cover every
 * task, and each is balanced over units and replications alike.
 *
 * On the command line shards count from 1, as jest, vitest and playwright
 * count them (`--shard 1/4` is the first of four), and so do shard file
 * names; a scheduler's index (Kubernetes, Slurm) counts from 0, as theirs
 * do. Inside, a slice's `index` counts from 0.
 */
import { ExperimentError } from './errors.ts';

/** Which slice of a study a shard runs: `index` (from 0) of `count`. */
export interface Slice {
  index: number;
  count: number;
}

/** Most shards a study may be split into (a sanity bound, far above any cluster run). */
export const maxShards = 100_000;

/** Reads `--shard K/N`. */
export function parseShard(text: string): Slice {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new ExperimentError(`--shard must be K/N, e.g. 1/4 for the first of four shards; found "${text}"`);
  const what = `--shard ${text.trim()}`;
  const [number, count] = [Number(match[1]), Number(match[2])];
  checkCount(count, what);
  if (!(number >= 1 && number <= count)) {
    throw new ExperimentError(`${what}: the shard must be from 1 to ${count} (shards count from 1: --shard 1/${count} is the first); found ${number}`);
  }
  return { index: number - 1, count };
}

/**
 * The slice of a cluster job given `--shards N`: its index from
 * JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (a
 * Slurm array, counted from SLURM_ARRAY_TASK_MIN, so --array=1-8 works too).
 */
export function sliceFromEnvironment(count: number, env: NodeJS.ProcessEnv): Slice {
  checkCount(count, `--shards ${count}`);
  const kubernetes = env.JOB_COMPLETION_INDEX;
  if (kubernetes !== undefined && kubernetes !== '') return checkSlice(wholeNumber(kubernetes, 'JOB_COMPLETION_INDEX'), count, `JOB_COMPLETION_INDEX=${kubernetes} with --shards ${count}`);
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && slurm !== '') {
    const min = env.SLURM_ARRAY_TASK_MIN ? wholeNumber(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN') : 0;
    return checkSlice(wholeNumber(slurm, 'SLURM_ARRAY_TASK_ID') - min, count, `SLURM_ARRAY_TASK_ID=${slurm} with --shards ${count}`);
  }
  throw new ExperimentError(
    `--shards ${count} needs this job's shard index: give --shard K/${count}, or run it as a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a Slurm array (SLURM_ARRAY_TASK_ID)`,
  );
}

/** The slice asked for by --shard or --shards (undefined: the whole study). */
export function resolveSlice(options: { shard?: string; shards?: number }, env: NodeJS.ProcessEnv): Slice | undefined {
  if (options.shard !== undefined) {
    const slice = parseShard(options.shard);
    if (options.shards !== undefined && options.shards !== slice.count) {
      throw new ExperimentError(`--shard ${options.shard} and --shards ${options.shards} disagree on the number of shards`);
    }
    return slice;
  }
  if (options.shards !== undefined) return sliceFromEnvironment(options.shards, env);
  return undefined;
}

/** The flat task positions of a slice of a study of `total` tasks. */
export function sliceIndices(total: number, slice: Slice): number[] {
  const indices: number[] = [];
  for (let i = slice.index; i < total; i += slice.count) indices.push(i);
  return indices;
}

function checkSlice(index: number, count: number, what: string): Slice {
  checkCount(count, what);
  if (!(index >= 0 && index < count)) {
    throw new ExperimentError(`${what}: the scheduler's index must be from 0 to ${count - 1} (it counts from 0); found ${index}`);
  }
  return { index, count };
}

function checkCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 1 || count > maxShards) {
    throw new ExperimentError(`${what}: the number of shards must be a whole number from 1 to ${maxShards.toLocaleString('en-GB')}; found ${count}`);
  }
}

function wholeNumber(text: string, variable: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new ExperimentError(`${variable} must be a whole number; found "${text}"`);
  return Number(text);
}
