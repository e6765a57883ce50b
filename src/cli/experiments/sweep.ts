/**
 * `omsim sweep`'s work: every point of the grid with the scenario's
 * replications, on worker threads, each finished point saved at once in the
 * staging folder so that a killed sweep resumes (`--resume`) without redoing
 * it. The finished folder is the same, byte for byte, however often the
 * sweep was interrupted and whatever the number of workers.
 */
import type { SweepDesign } from '../../experiment/design.ts';
import { loadSweepDesign } from '../../experiment/load-design.ts';
import { summaryMetricNames } from '../../experiment/metric-catalogue.ts';
import { checkTargetMetric, formatTarget, parseTarget } from '../../experiment/target.ts';
import type { Slice } from '../../experiment/shards.ts';
import { toJson } from '../../report/json.ts';
import { UserError } from '../errors.ts';
import { defaultOutputFolder } from '../output-path.ts';
import { runPointStudy } from './point-study.ts';
import { defaultShardFolder, runShard } from './shard.ts';
import { sweepTable } from './sweep-table.ts';

export interface SweepOptions {
  file: string;
  /** --set, --seed and --reps. */
  overrides: readonly string[];
  vary: readonly string[];
  workers: number;
  slice?: Slice;
  out?: string;
  resume: boolean;
  /** Metrics to chart against caseload, and a target to draw (see SweepDisplay). */
  chart?: readonly string[];
  target?: string;
  quiet: boolean;
  json: boolean;
}

export async function sweepScenario(options: SweepOptions): Promise<void> {
  if (options.resume && options.out === undefined) throw new UserError('--resume needs --out, the folder of the sweep to resume');
  if (options.resume && options.slice) throw new UserError('--resume is for a sweep on one machine; a shard is re-run whole');
  const design = withDisplay(loadSweepDesign(options.file, options.overrides, options.vary), options.chart ?? [], options.target);
  if (options.slice) {
    await runShard(design, options.slice, { workers: options.workers, folder: options.out ?? defaultShardFolder(`${design.scenario.name}-sweep`), quiet: options.quiet, label: 'sweep' });
    return;
  }
  const outcome = await runPointStudy(design, { target: options.out ?? defaultOutputFolder(`${design.scenario.name}-sweep`), workers: options.workers, resume: options.resume, quiet: options.quiet });
  if (outcome.kind !== 'sweep') return;
  if (options.json) process.stdout.write(toJson(outcome.sweep));
  else if (!options.quiet) process.stdout.write(`${sweepTable(outcome.sweep, outcome.written)}\n`);
}

/**
 * The sweep with the chart chosen by --chart and --target, their metrics
 * checked against those a replication reports before anything runs; the
 * target's metric is drawn even if not named in --chart.
 */
function withDisplay(design: SweepDesign, chart: readonly string[], targetText: string | undefined): SweepDesign {
  if (chart.length === 0 && targetText === undefined) return design;
  const target = targetText === undefined ? undefined : parseTarget(targetText);
  const measures = [...new Set([...chart, ...(target ? [target.metric] : [])])];
  for (const metric of measures) checkTargetMetric({ metric, comparison: '>=', threshold: 0 }, summaryMetricNames, metric === target?.metric ? '--target' : '--chart');
  return { ...design, display: { measures, ...(target ? { target: { ...target, text: formatTarget(target) } } : {}) } };
}
