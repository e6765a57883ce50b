/**
 * A plan's target, "metric<=number" (or >=, <, >) or a band "metric in
 * low..high", and whether the replications show a value meets it: the
 * one-sided confidence bound on the side the target concerns must clear the
 * threshold (a band is two such targets, both to hold).
 */
import { closest } from '../scenario/suggest.ts';
import { ExperimentError } from './errors.ts';
import { definitionOf, labelOf } from './metric-catalogue.ts';
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

const number = '([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[-+]?\\d+)?)\\s*(%?)';
const comparisonPattern = new RegExp(`^\\s*([A-Za-z][\\w.]*)\\s*(<=|>=|<|>)\\s*${number}\\s*$`, 'i');
const bandPattern = new RegExp(`^\\s*([A-Za-z][\\w.]*)\\s+in\\s+${number}\\s*\\.\\.\\s*${number}\\s*$`, 'i');
const targetForms = '--target must be metric<=number (or >=, <, >), e.g. "reports.unfinishedShare<=0.05", or a band, metric in low..high, e.g. "workload.capacityPercent in 90..110"';

/** Whether a metric's values are themselves per cents (a capacity %): "110%" is then 110. */
function inPerCent(metric: string): boolean {
  return definitionOf(metric)?.unit === 'per cent';
}

/** A threshold as written: a trailing % divides by 100, except for a metric already in per cent. */
function thresholdOf(metric: string, digits: string, percent: string): { threshold: number; percent?: true } {
  if (percent !== '%' || inPerCent(metric)) return { threshold: Number(digits) };
  return { threshold: Number(digits) / 100, percent: true };
}

/** Reads "metric<=0.05"; a trailing % divides by 100 ("reports.unfinishedShare<=5%"), except for a metric in per cent ("workload.capacityPercent<=110%" is 110). */
export function parseTarget(text: string): Target {
  const match = comparisonPattern.exec(text);
  if (!match) throw new ExperimentError(`${targetForms}; found "${text}"`);
  return { metric: match[1], comparison: match[2] as Comparison, ...thresholdOf(match[1], match[3], match[4]) };
}

/** Reads a target or a band ("metric in 90..110"): a band is two targets, at least its low end and at most its high end. */
export function parseTargets(text: string): Target[] {
  const band = bandPattern.exec(text);
  if (!band) return [parseTarget(text)];
  const [, metric, lowDigits, lowPercent, highDigits, highPercent] = band;
  const low = thresholdOf(metric, lowDigits, lowPercent);
  const high = thresholdOf(metric, highDigits, highPercent);
  if (!(low.threshold < high.threshold)) throw new ExperimentError(`--target ${text}: a band's low end must be below its high end`);
  return [{ metric, comparison: '>=', ...low }, { metric, comparison: '<=', ...high }];
}

/** A value of the target's metric as the target was written: "95.2%" after a target in per cent, "110%" for a metric in per cent, else four significant figures. */
export function formatTargetValue(target: Target, value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (target.percent === true) return `${Math.round(value * 1000) / 10}%`;
  return `${Number(value.toPrecision(4))}${inPerCent(target.metric) ? '%' : ''}`;
}

/** A label inside a sentence: its first letter small, unless it begins an abbreviation ("OASys", "HDC"). */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

const comparisonWords: Record<Comparison, string> = { '<=': 'at most', '<': 'below', '>=': 'at least', '>': 'above' };

/** A target's threshold in words: "at most 110%", "below 10%". */
export function thresholdInWords(target: Target): string {
  return `${comparisonWords[target.comparison]} ${formatTargetValue(target, target.threshold)}`;
}

/**
 * Targets in words, a band as one: "reports unfinished at their deadline
 * below 10% and required contacts delivered at least 90%"; "workload … between
 * 90% and 110%".
 */
export function targetsInWords(targets: readonly Target[]): string {
  const said: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const label = inSentence(labelOf(target.metric));
    const next = targets[i + 1];
    if (next !== undefined && next.metric === target.metric && target.comparison === '>=' && next.comparison === '<=') {
      said.push(`${label} between ${formatTargetValue(target, target.threshold)} and ${formatTargetValue(next, next.threshold)}`);
      i++;
    } else said.push(`${label} ${comparisonWords[target.comparison]} ${formatTargetValue(target, target.threshold)}`);
  }
  return said.length <= 1 ? said.join('') : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`;
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
