/**
 * `omsim sensitivity`'s work: the design checked whole before anything runs
 * (scenario, factors, metrics, design file), its size and cost said, then its
 * points run as a sweep's are (workers, shards, --resume) and the headline
 * printed.
 */
import type { SensitivityMethod } from '../../experiment/design.ts';
import { loadSensitivityDesign, sensitivityMethods } from '../../experiment/sensitivity/load-design.ts';
import type { Slice } from '../../experiment/shards.ts';
import { toJson } from '../../report/json.ts';
import { designWords } from '../../report/sensitivity-words.ts';
import { UserError } from '../errors.ts';
import { defaultOutputFolder } from '../output-path.ts';
import { runPointStudy } from './point-study.ts';
import { sensitivityText } from './sensitivity-text.ts';
import { defaultShardFolder, runShard } from './shard.ts';

export interface SensitivityOptions {
  file: string;
  /** --set, --seed and --reps. */
  overrides: readonly string[];
  method?: string;
  designFile?: string;
  factors?: readonly string[];
  metrics?: readonly string[];
  trajectories?: number;
  levels?: number;
  base?: number;
  workers: number;
  slice?: Slice;
  out?: string;
  resume: boolean;
  quiet: boolean;
  json: boolean;
}

export async function runSensitivity(options: SensitivityOptions): Promise<void> {
  if (options.resume && options.out === undefined) throw new UserError('--resume needs --out, the folder of the sensitivity analysis to resume');
  if (options.resume && options.slice) throw new UserError('--resume is for an analysis on one machine; a shard is re-run whole');
  const design = loadSensitivityDesign({ ...options, method: methodOf(options) });
  const name = `${design.scenario.name}-sensitivity`;
  // The cost is said before anything runs: a Sobol design grows as N × (k + 2).
  if (!options.quiet) process.stderr.write(`omsim: ${designWords({ method: design.method, settings: design.settings, factors: design.factors, study: studySize(design) })}\n`);
  if (options.slice) {
    await runShard(design, options.slice, { workers: options.workers, folder: options.out ?? defaultShardFolder(name), quiet: options.quiet, label: 'sensitivity' });
    return;
  }
  const outcome = await runPointStudy(design, { target: options.out ?? defaultOutputFolder(name), workers: options.workers, resume: options.resume, quiet: options.quiet });
  if (outcome.kind !== 'sensitivity') return;
  if (options.json) process.stdout.write(toJson(outcome.sensitivity));
  else if (!options.quiet) process.stdout.write(`${sensitivityText(outcome.sensitivity, outcome.written)}\n`);
}

/** The method asked for: --design's file, or --method (morris by default), refused if it is none of them. */
function methodOf(options: SensitivityOptions): SensitivityMethod {
  if (options.designFile !== undefined) {
    if (options.method !== undefined) throw new UserError('--design runs a design made elsewhere, so it takes no --method; give one or the other');
    return 'file';
  }
  const method = options.method ?? 'morris';
  if (!(sensitivityMethods as readonly string[]).includes(method)) throw new UserError(`--method must be one of ${sensitivityMethods.join(', ')}; found ${JSON.stringify(method)}`);
  return method as SensitivityMethod;
}

function studySize(design: ReturnType<typeof loadSensitivityDesign>) {
  const replications = design.scenario.replications;
  return { points: design.points.length, replications, runs: design.points.length * replications, warmupWeeks: 0, horizonYears: design.scenario.horizon.years };
}
