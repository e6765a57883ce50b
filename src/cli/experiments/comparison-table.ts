/**
 * A comparison in plain words for the terminal: what changed between the
 * scenarios, then for each measure shown its levels in the first scenario and
 * in each other, the paired difference with its interval, and whether that
 * is better, worse or could be chance (the catalogue's better side). A count
 * over the measured period is given a year as well, for a press release.
 */
import type { ComparisonFile, ComparedMetric } from '../../experiment/formats.ts';
import { measuredPeriod } from '../../experiment/measured-period.ts';
import { definitionOf } from '../../experiment/metric-catalogue.ts';
import { briefingMetrics, unfinishedByType, waitingCases } from '../../experiment/metric-selections.ts';
import { describeDifference as describeChange, scenarioDifferences } from '../../experiment/scenario-differences.ts';
import { formatBare, formatDifference, formatValue, hasInterval, plural } from '../../report/format.ts';
import { metricWords } from '../../report/metrics.ts';
import { verdictOn } from '../../report/verdict.ts';
import { zeroByDesign, zeroNote } from '../zero-metrics.ts';

export function comparisonTable(comparison: ComparisonFile, folder: string): string {
  const [base, ...others] = comparison.scenarios;
  const study = base.summary.study;
  const years = measuredPeriod(base.summary.scenario).years;
  const lines = [
    `${plural(comparison.scenarios.length, 'scenario')}, ${plural(study.replications, 'replication')} each of ${plural(study.horizonYears, 'year')}, on common random numbers (seed ${base.summary.scenario.seed}); differences are from ${base.name}, paired replication by replication`,
  ];
  const measures = (comparison.measures ?? defaultMeasures(comparison)).filter((name) => comparison.metrics[name] !== undefined);
  // A measure that is zero everywhere by the scenarios' design says nothing: it is left out, with a note.
  const zero = measures.filter((name) => comparison.scenarios.every((s, i) => zeroByDesign(name, s.summary.scenario, comparison.metrics[name][i]?.summary)));
  const shown = measures.filter((name) => !zero.includes(name));
  for (const other of others) {
    // What was changed, before what it did.
    const changed = scenarioDifferences(base.summary.scenario, other.summary.scenario);
    lines.push('', `${other.name} differs from ${base.name} in ${changed.length === 0 ? 'no parameter' : plural(changed.length, 'parameter')}${changed.length === 0 ? '' : ':'}`);
    for (const d of changed.slice(0, 12)) lines.push(`  ${describeChange(d, { from: base.summary.scenario, to: other.summary.scenario })}`);
    if (changed.length > 12) lines.push(`  … and ${changed.length - 12} more (see each scenario.yaml)`);
    lines.push('', `${other.name} against ${base.name}:`);
    for (const name of shown) {
      const rows = comparison.metrics[name];
      const to = rows.find((row) => row.scenario === other.name);
      const from = rows.find((row) => row.scenario === base.name);
      const indent = (unfinishedByType as readonly string[]).includes(name) ? '    ' : '  ';
      if (from !== undefined && to !== undefined) lines.push(`${indent}${comparisonLine(name, from, to, years)}`);
    }
  }
  lines.push(...zeroNote(zero), '', `results: ${folder}`);
  return lines.join('\n');
}

/**
 * The measures shown when --metrics chooses none: the briefing, with reports
 * unfinished by type under the total for the types some scenario had due,
 * and the cases waiting for a supervisor where any scenario had some.
 */
function defaultMeasures(comparison: ComparisonFile): string[] {
  const rows = (name: string) => comparison.metrics[name] ?? [];
  const due = unfinishedByType.filter((name) => rows(name).some((row) => row.summary.n > 0));
  const waiting = rows('cases.unallocated.mean').some((row) => row.summary.mean > 0);
  const briefing = briefingMetrics.flatMap((name): string[] => (name === 'reports.unfinishedShare' ? [name, ...due] : [name]));
  return waiting ? [...briefing, ...waitingCases] : briefing;
}

/**
 * "Reports unfinished at their deadline: 20.2% → 35.4%, +15.2 percentage
 * points (95% CI +14.7 to +15.7): worse"; a count over `years` measured
 * other than one is given a year too: "Supervision contacts delivered:
 * 20,010 → 16,674 contacts in 2 years (10,005 → 8,337 a year), −3,336
 * contacts, −1,668 a year (95% CI …)".
 */
export function comparisonLine(name: string, from: ComparedMetric, to: ComparedMetric, years = 1): string {
  const words = metricWords(name);
  const perYear = definitionOf(name)?.kind === 'count' && years > 0 && years !== 1;
  const yearly = perYear ? ` in ${plural(Number(years.toFixed(2)), 'year')} (${formatBare(from.summary.mean / years, words)} → ${formatBare(to.summary.mean / years, words)} a year)` : '';
  const levels = `${formatBare(from.summary.mean, words)} → ${formatValue(to.summary.mean, words)}${yearly}`;
  const d = to.difference;
  if (d === undefined) return `${words.label}: ${levels}`;
  if (d.mean === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) return `${words.label}: ${levels}, the same in every replication`;
  const interval = hasInterval(d) ? ` (95% CI ${formatDifference(d.ci95[0], words, false)} to ${formatDifference(d.ci95[1], words, false)})` : '';
  const differenceYearly = perYear ? `, ${formatDifference(d.mean / years, words, false)} a year` : '';
  return `${words.label}: ${levels}, ${formatDifference(d.mean, words)}${differenceYearly}${interval}: ${verdictOn(d.excludesZero, d.mean, words.better)}`;
}
