/** A comparison in plain words for the terminal: the key metrics of each scenario and their differences from the first. */
import { plural } from '../../report/format.ts';
import type { ComparisonFile } from '../../experiment/formats.ts';
import { formatSummary, formatValue, isPercentage, keyMetrics, type KeyMetric } from '../key-metrics.ts';
import type { PairedDifference } from '../../experiment/compare.ts';
import { describeDifference as describeChange, scenarioDifferences } from '../../experiment/scenario-differences.ts';

export function comparisonTable(comparison: ComparisonFile, folder: string): string {
  const base = comparison.scenarios[0];
  const study = base.summary.study;
  const names = comparison.scenarios.map((s) => s.name);
  const width = Math.max(...names.map((n) => n.length));
  const lines = [
    `${comparison.scenarios.length} scenarios, ${plural(study.replications, 'replication')} each of ${plural(study.horizonYears, 'year')}, on common random numbers (seed ${base.summary.scenario.seed}); differences are from ${base.name}, paired replication by replication`,
  ];
  // What was changed, before what it did.
  for (const other of comparison.scenarios.slice(1)) {
    const changed = scenarioDifferences(base.summary.scenario, other.summary.scenario);
    lines.push('', `${other.name} differs from ${base.name} in ${changed.length === 0 ? 'no parameter' : plural(changed.length, 'parameter')}${changed.length === 0 ? '' : ':'}`);
    for (const d of changed.slice(0, 12)) lines.push(`  ${describeChange(d)}`);
    if (changed.length > 12) lines.push(`  … and ${changed.length - 12} more (see each scenario.yaml)`);
  }
  for (const metric of keyMetrics) {
    const rows = comparison.metrics[metric.name];
    if (rows === undefined) continue;
    lines.push('', metric.label);
    for (const row of rows) {
      const difference = row.difference ? `   ${describeDifference(metric, row.difference)}` : '';
      lines.push(`  ${row.scenario.padEnd(width)}  ${formatSummary(metric, row.summary)}${difference}`);
    }
  }
  lines.push('', `results: ${folder}`);
  return lines.join('\n');
}

/** "+5.7 points (3.1 to 8.3): higher" or "… : no clear difference". */
function describeDifference(metric: KeyMetric, d: PairedDifference): string {
  const unit = isPercentage(metric) ? ' points' : '';
  const interval = Number.isFinite(d.ci95[0]) ? ` (${formatValue(metric, d.ci95[0], true)} to ${formatValue(metric, d.ci95[1], true)})` : '';
  const verdict = !d.excludesZero ? 'no clear difference' : d.mean > 0 ? 'higher' : 'lower';
  return `${formatValue(metric, d.mean, true)}${unit}${interval}: ${verdict}`;
}
