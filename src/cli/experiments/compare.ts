/** `omsim compare`'s work: load the scenarios on shared seeds, run them (or one shard), write the comparison and say what it shows. */
import type { ComparisonDesign } from '../../experiment/design.ts';
import { ExperimentError } from '../../experiment/errors.ts';
import { loadComparisonDesign } from '../../experiment/load-design.ts';
import { summaryMetricNames } from '../../experiment/metric-catalogue.ts';
import { checkMetricNames } from '../../experiment/target.ts';
import type { Slice } from '../../experiment/shards.ts';
import { toJson } from '../../report/json.ts';
import { pressSentences } from '../../report/press.ts';
import { defaultOutputFolder } from '../output-path.ts';
import { comparisonTable } from './comparison-table.ts';
import { defaultShardFolder, runShard } from './shard.ts';
import { runStudyFolder } from './study-folder.ts';

export interface CompareOptions {
  files: readonly string[];
  /** --set, --seed and --reps, applied to every scenario. */
  overrides: readonly string[];
  workers: number;
  slice?: Slice;
  out?: string;
  /** Replace the results folder at `out`, if any, once the new results are complete. */
  replace?: boolean;
  quiet: boolean;
  json: boolean;
  /** path=a,b,c: compare the first scenario with itself at each value. */
  vary?: string;
  /** --metrics a,b,c: the measures the headline and chart show. */
  metrics?: string;
  /** --press metric: the one measure of a press release. */
  press?: string;
}

export async function compareScenarios(options: CompareOptions): Promise<void> {
  const design = withPress(withMeasures(loadComparisonDesign(options.files, options.overrides, options.vary), options.metrics), options.press);
  const name = `compare-${design.scenarios.map((s) => s.name).join('-vs-').slice(0, 80)}`;
  if (options.slice) {
    await runShard(design, options.slice, { workers: options.workers, folder: options.out ?? defaultShardFolder(name), quiet: options.quiet, label: 'compare' });
    return;
  }
  const target = options.out ?? defaultOutputFolder(name);
  const { outcome, folder } = await runStudyFolder(design, { workers: options.workers, target, quiet: options.quiet, label: 'compare', replace: options.replace });
  if (outcome.kind !== 'comparison') return;
  if (options.json) process.stdout.write(toJson(outcome.comparison));
  else if (!options.quiet) {
    const press = outcome.comparison.press === undefined ? [] : ['', 'For a press release:', ...pressSentences(outcome.comparison, outcome.comparison.press).map((s) => `  ${s}`)];
    process.stdout.write(`${comparisonTable(outcome.comparison, folder)}\n${press.map((line) => `${line}\n`).join('')}`);
  }
}

/**
 * The comparison with the measures chosen by --metrics, each checked against
 * those the scenarios report before anything runs (a misspelt name would
 * otherwise leave its line out without a word).
 */
function withMeasures(design: ComparisonDesign, metrics: string | undefined): ComparisonDesign {
  if (metrics === undefined) return design;
  const measures = [...new Set(metrics.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
  if (measures.length === 0) throw new ExperimentError(`--metrics must name at least one metric, a,b,c (see omsim metrics); found "${metrics}"`);
  checkMetricNames(measures, summaryMetricNames, '--metrics');
  return { ...design, measures };
}

/** The comparison with the measure chosen by --press, checked against the catalogue before anything runs. */
function withPress(design: ComparisonDesign, press: string | undefined): ComparisonDesign {
  if (press === undefined) return design;
  checkMetricNames([press], summaryMetricNames, '--press');
  return { ...design, press };
}
