/**
 * A comparison for a press release: one chosen measure, in each scenario
 * against the first, as a sentence a reporter can quote: the change in staff
 * stated exactly, and the measure's levels and difference, a year where it
 * is a count, with the difference's 95% interval.
 */
import type { ComparisonFile } from '../experiment/formats.ts';
import { measuredPeriod } from '../experiment/measured-period.ts';
import { definitionOf } from '../experiment/metric-catalogue.ts';
import { describeDifference, scenarioDifferences } from '../experiment/scenario-differences.ts';
import { staffingChanges } from '../experiment/staffing-change.ts';
import { inSentence } from '../experiment/target.ts';
import { formatBare, formatDifference, formatValue, hasInterval } from './format.ts';
import { metricWords } from './metrics.ts';

/** One sentence for each scenario after the first, on `metric`. */
export function pressSentences(comparison: ComparisonFile, metric: string): string[] {
  const [base, ...others] = comparison.scenarios;
  const rows = comparison.metrics[metric] ?? [];
  const words = metricWords(metric);
  const years = measuredPeriod(base.summary.scenario).years;
  // A count is given a year; a share, a level or a rate is the same whatever the period.
  const count = definitionOf(metric)?.kind === 'count' && years > 0;
  const perYear = count ? 1 / years : 1;
  const yearWords = count ? ' a year' : '';
  return others.flatMap((other) => {
    const from = rows.find((row) => row.scenario === base.name);
    const to = rows.find((row) => row.scenario === other.name);
    const d = to?.difference;
    if (from === undefined || to === undefined || d === undefined) return [];
    const staff = staffingChanges(base.summary.scenario, other.summary.scenario);
    const changed = staff.length > 0 ? staff : scenarioDifferences(base.summary.scenario, other.summary.scenario).map((c) => describeDifference(c));
    const what = changed.length === 0 ? `${other.name}, as ${base.name}` : `${changed.join('; ')}`;
    const levels = `${formatBare(from.summary.mean * perYear, words)} to ${formatValue(to.summary.mean * perYear, words)}${yearWords}`;
    const interval = hasInterval(d) ? ` (95% confidence interval ${formatDifference(d.ci95[0] * perYear, words)} to ${formatDifference(d.ci95[1] * perYear, words)})` : '';
    const chance = d.excludesZero ? '' : '; a difference this small could be chance';
    return [`With ${what}, ${inSentence(words.label)} would go from ${levels}: ${formatDifference(d.mean * perYear, words)}${yearWords}${interval}${chance}.`];
  });
}
