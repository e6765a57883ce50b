/**
 * A sensitivity analysis in words: each factor by what it is, each index by
 * what it says in the metric's own unit, and the headline naming, for each
 * metric, the three factors that move it most, with their intervals.
 */
import type { SensitivityFile } from '../experiment/formats.ts';
import type { Ranking } from '../experiment/sensitivity/analyse.ts';
import { descriptionOf, schemaAt, splitPath } from '../scenario/schema-paths.ts';
import { formatDifference, formatNumber } from './format.ts';
import { metricWords, type MetricWords } from './metrics.ts';

/** How many factors the headline names for each metric. */
export const headlineFactors = 3;

/** What a factor is, from its field's description without the unit in brackets: "probability that a shift is lost…". */
export function factorWords(path: string): string {
  const schema = schemaAt(splitPath(path, { brackets: false }) ?? [], undefined);
  const description = schema === undefined ? '' : descriptionOf(schema).replace(/\s*\([^()]*\)\s*$/, '');
  return description === '' ? path : description;
}

/** An index value in the metric's unit: effects as differences ("−7.3 percentage points"), μ* as a size (no sign), Sobol indices as shares of variance. */
function valueWords(value: number, index: string, words: MetricWords): string {
  if (index === 'first_order' || index === 'total') return formatNumber(value, 2);
  return index === 'mu_star' ? unsigned(formatDifference(value, words)) : formatDifference(value, words);
}

/** A difference's text without its sign, for a size. */
const unsigned = (text: string) => text.replace(/^[+−]/, '');

/** "(95% interval 5.1 to 9.0)", or nothing when there is none. */
function intervalWords(lower: number, upper: number, index: string, words: MetricWords): string {
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return '';
  const show = (v: number) => (index === 'first_order' || index === 'total' ? formatNumber(v, 2) : index === 'mu_star' ? unsigned(formatDifference(v, words, false)) : formatDifference(v, words, false));
  return ` (95% interval ${show(lower)} to ${show(upper)})`;
}

/** A number of a range as written: "0.02", "45". */
const rangeEnd = (v: number) => String(Number(v.toPrecision(4)));

/** One factor's line in the headline: what it is, then how much it moves the metric over its range, with the interval. */
function factorLine(rank: number, entry: Ranking['factors'][number], ranking: Ranking, file: SensitivityFile): string {
  const words = metricWords(ranking.metric);
  const factor = file.factors.find((f) => f.path === entry.factor);
  const range = factor === undefined ? 'its range' : `${rangeEnd(factor.low)} to ${rangeEnd(factor.high)}`;
  const value = valueWords(entry.value, ranking.index, words);
  const interval = intervalWords(entry.lower, entry.upper, ranking.index, words);
  const effect =
    ranking.index === 'mu_star'
      ? `μ* ${value} across its range of ${range}${interval}`
      : ranking.index === 'swing'
        ? `${value} from ${range}${interval}`
        : `total index ${value}${interval} of its variance over ${range}`;
  return `  ${rank}. ${entry.factor}, ${factorWords(entry.factor)}: ${effect}`;
}

/** The headline: for each metric, the factors that move it most, in words with their intervals. */
export function sensitivityHeadline(file: SensitivityFile): string[] {
  if (file.ranking.length === 0) return [`${file.study.points} points of the design file run, ${file.study.replications} replication${file.study.replications === 1 ? '' : 's'} each; the runs are in sensitivity-runs.csv for the tool that made the design to analyse`];
  return file.ranking.flatMap((ranking) => {
    const label = metricWords(ranking.metric).label;
    const moving = ranking.factors.filter((f) => Number.isFinite(f.value) && f.value !== 0);
    if (moving.length === 0) return [`${label} (${ranking.metric}): none of the ${file.factors.length} factors moved it in any run`];
    return [`${label} (${ranking.metric}) is moved most by:`, ...moving.slice(0, headlineFactors).map((entry, i) => factorLine(i + 1, entry, ranking, file))];
  });
}

/** What the analysis is, in one line: "Morris: 10 trajectories on a 4-level grid over 71 factors, 720 points × 2 replications = 1,440 runs". */
export function designWords(file: Pick<SensitivityFile, 'method' | 'settings' | 'factors' | 'study'>): string {
  const { points, replications, runs } = file.study;
  const size = `${formatNumber(points, 0)} points × ${replications} replication${replications === 1 ? '' : 's'} = ${formatNumber(runs, 0)} model runs`;
  const k = `${file.factors.length} factor${file.factors.length === 1 ? '' : 's'}`;
  switch (file.method) {
    case 'oat':
      return `one factor at a time over ${k}, each at the low and the high end of its range: ${size}`;
    case 'morris':
      return `Morris: ${file.settings.trajectories} trajectories on a ${file.settings.levels}-level grid over ${k}: ${size}`;
    case 'sobol':
      return `Sobol (Saltelli's sampling, Jansen's estimators): a base sample of ${file.settings.base} rows over ${k}, N × (k + 2) points: ${size}`;
    case 'file':
      return `a design file of ${k}: ${size}`;
  }
}
