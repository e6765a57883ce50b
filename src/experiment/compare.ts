/**
 * Comparing scenarios run with common random numbers: each metric's mean and
 * interval in each scenario, and the paired difference from the first
 * scenario, replication by replication. Replication k of every scenario uses
 * the same seed, so the noise common to both cancels in the difference and
 * its interval is narrower than one from independent runs.
 */
import type { ComparisonDesign, UnitRecords } from './design.ts';
import type { ComparedMetric, ComparisonFile } from './formats.ts';
import { summariseValues, type MetricSummary } from './interval.ts';
import type { ReplicationRecord } from './study.ts';
import { metricNames, summariseStudy } from './summary.ts';
import { unitCell, withinRange, type Cell } from './tables.ts';

/** A paired difference, and whether its 95% interval leaves out zero (a difference the replications show). */
export type PairedDifference = MetricSummary & { excludesZero: boolean };

/** The interval of the mean of (other − base), replication by replication; replications where either is NaN are left out. */
export function pairedDifference(base: readonly number[], other: readonly number[]): PairedDifference {
  const differences = other.map((value, k) => value - base[k]);
  const summary = summariseValues(differences);
  const [low, high] = summary.ci95;
  return { ...summary, excludesZero: Number.isFinite(low) && Number.isFinite(high) && (low > 0 || high < 0) };
}

/**
 * Names that tell the scenarios apart in tables: their own names, with the
 * position added to any name that is used twice.
 */
export function scenarioLabels(design: ComparisonDesign): string[] {
  const names = design.scenarios.map((s) => s.name);
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} #${i + 1}`));
}

/** The subfolder of each scenario's run files: its position and name ("1-baseline"). */
export function comparisonFolders(design: ComparisonDesign): string[] {
  return design.scenarios.map((s, i) => `${i + 1}-${s.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario'}`);
}

/** The comparison of every metric any scenario reported. */
export function compareStudies(design: ComparisonDesign, records: UnitRecords, version: string): ComparisonFile {
  const labels = scenarioLabels(design);
  const folders = comparisonFolders(design);
  const summaries = design.scenarios.map((scenario, i) => summariseStudy(scenario, records[i], version));
  const names = metricNames(records.flat());
  const metrics: Record<string, ComparedMetric[]> = {};
  for (const name of names) {
    const base = valuesOf(records[0], name);
    metrics[name] = design.scenarios.map((_, i) => {
      const values = valuesOf(records[i], name);
      const compared: ComparedMetric = { scenario: labels[i], summary: summariseValues(values) };
      if (i > 0) compared.difference = pairedDifference(base, values);
      return compared;
    });
  }
  return {
    omsim: { version },
    scenarios: summaries.map((summary, i) => ({ name: labels[i], folder: folders[i], summary })),
    ...(design.measures !== undefined ? { measures: design.measures } : {}),
    ...(design.press !== undefined ? { press: design.press } : {}),
    metrics,
  };
}

/** A metric's value in each replication; a counter a replication never touched is 0 there, as in the run summary. */
function valuesOf(records: readonly ReplicationRecord[], name: string): number[] {
  return records.map((r) => r.metrics[name] ?? 0);
}

export const comparisonHeader = ['metric', 'unit', 'scenario', 'mean', 'low', 'high', 'n', 'diff_mean', 'diff_low', 'diff_high', 'excludes_zero'] as const;

/** comparison.csv: one row per metric × scenario; the difference columns are NA for the first scenario (differences are from it, and may be negative). */
export function* comparisonRows(file: ComparisonFile): Generator<Cell[]> {
  for (const [metric, rows] of Object.entries(file.metrics)) {
    for (const row of rows) {
      const s = row.summary;
      const d = row.difference;
      const differenceCells: Cell[] = d ? [d.mean, d.ci95[0], d.ci95[1], String(d.excludesZero)] : ['NA', 'NA', 'NA', 'NA'];
      const clip = (value: number) => withinRange(metric, value);
      yield [metric, unitCell(metric), row.scenario, clip(s.mean), clip(s.ci95[0]), clip(s.ci95[1]), s.n, ...differenceCells];
    }
  }
}
