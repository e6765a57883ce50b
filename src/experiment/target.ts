/**
 * A plan's target, "metric<=number" (or >=, <, >), and whether the
 * replications show a value meets it: the one-sided confidence bound on the
 * side the target concerns must clear the threshold.
 */
import { closest } from '../scenario/suggest.ts';
import { ExperimentError } from './errors.ts';
import { tQuantile } from './t-distribution.ts';

export type Comparison = '<=' | '>=' | '<' | '>';

export interface Target {
  metric: string;
  comparison: Comparison;
  threshold: number;
  /** Written as a percentage ("95%"): its values are shown as percentages too. */
  percent?: boolean;
}

/**
 * A value's verdict. meets: the one-sided interval clears the threshold;
 * fails: the one-sided interval on the other side lies wholly beyond it;
 * uncertain: neither, with as many replications as allowed.
 */
export type Verdict = 'meets' | 'fails' | 'uncertain';

export interface Judgement {
  mean: number;
  sd: number;
  /** Replications whose value could be computed. */
  n: number;
  /** The one-sided bound that must clear the threshold: the upper bound for <= and <, the lower for >= and >. */
  bound: number;
  verdict: Verdict;
}

/** Reads "metric<=0.05"; a trailing % divides by 100 ("reports.unfinishedShare<=5%"). */
export function parseTarget(text: string): Target {
  const match = /^\s*([A-Za-z][\w.]*)\s*(<=|>=|<|>)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (!match) {
    throw new ExperimentError(`--target must be metric<=number (or >=, <, >), e.g. "reports.unfinishedShare<=0.05"; found "${text}"`);
  }
  const threshold = Number(match[3]) / (match[4] === '%' ? 100 : 1);
  return { metric: match[1], comparison: match[2] as Comparison, threshold, ...(match[4] === '%' ? { percent: true } : {}) };
}

/** A value of the target's metric as the target was written: "95.2%" after a target in per cent, else four significant figures. */
export function formatTargetValue(target: Target, value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return target.percent === true ? `${Math.round(value * 1000) / 10}%` : String(Number(value.toPrecision(4)));
}

/** The target as text, e.g. "reports.unfinishedShare <= 0.05". */
export function formatTarget(target: Target): string {
  return `${target.metric} ${target.comparison} ${formatTargetValue(target, target.threshold)}`;
}

/** Throws, with a suggestion, when the target's metric is not one a replication reports. */
export function checkTargetMetric(target: Target, known: readonly string[], option = '--target'): void {
  if (known.includes(target.metric)) return;
  const suggestion = closest(target.metric, known);
  const hint = suggestion ? `; did you mean ${suggestion}?` : relatedMetrics(target.metric, known);
  throw new ExperimentError(`${option} names no metric: ${target.metric}${hint}`);
}

/** Throws, with a suggestion, at the first name (of --metrics, --chart, …) that is not a metric a replication reports. */
export function checkMetricNames(names: readonly string[], known: readonly string[], option: string): void {
  for (const metric of names) checkTargetMetric({ metric, comparison: '>=', threshold: 0 }, known, option);
}

/** Whether the values show the target is met, with `confidence` one-sided confidence. */
export function judge(values: readonly number[], target: Target, confidence: number): Judgement {
  const finite = values.filter((v) => !Number.isNaN(v));
  const n = finite.length;
  const mean = n > 0 ? finite.reduce((a, b) => a + b, 0) / n : NaN;
  if (n < 2) return { mean, sd: NaN, n, bound: NaN, verdict: 'uncertain' };
  const sd = Math.sqrt(finite.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1));
  const half = tQuantile(confidence, n - 1) * (sd / Math.sqrt(n));
  const upper = mean + half;
  const lower = mean - half;
  const below = target.comparison === '<=' || target.comparison === '<';
  const bound = below ? upper : lower;
  return { mean, sd, n, bound, verdict: verdictOf(target, lower, upper) };
}

function verdictOf(target: Target, lower: number, upper: number): Verdict {
  const t = target.threshold;
  switch (target.comparison) {
    case '<=':
      return upper <= t ? 'meets' : lower > t ? 'fails' : 'uncertain';
    case '<':
      return upper < t ? 'meets' : lower >= t ? 'fails' : 'uncertain';
    case '>=':
      return lower >= t ? 'meets' : upper < t ? 'fails' : 'uncertain';
    case '>':
      return lower > t ? 'meets' : upper <= t ? 'fails' : 'uncertain';
  }
}

/**
 * The metrics that share a word with a name given (its dotted parts, split
 * where a capital begins: "parole.onTime" looks for "parole", "on" and
 * "time"), best match first; or where to find them all.
 */
function relatedMetrics(name: string, known: readonly string[]): string {
  const words = (text: string) => new Set(text.split(/[.]|(?=[A-Z])/).map((w) => w.toLowerCase()).filter((w) => w.length > 2));
  const wanted = words(name);
  const scored = known
    .map((metric) => ({ metric, shared: [...words(metric)].filter((w) => wanted.has(w)).length }))
    .filter((m) => m.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.metric.localeCompare(b.metric))
    .slice(0, 8);
  const all = ' (omsim metrics lists them all)';
  return scored.length === 0 ? all : `; metrics with a word of it in their names: ${scored.map((m) => m.metric).join(', ')}${all}`;
}
