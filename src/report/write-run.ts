/** The files of a run's output folder: the scenario as run, the summary, and the tidy tables. */
import type { ReplicationRecord } from '../experiment/study.ts';
import type { StudySummary } from '../experiment/summary.ts';
import { replicationHeader, replicationRows, unitCell, weeklyHeader, weeklyRows, withinRange as valueWithinRange } from '../experiment/tables.ts';
import { definitionOf, labelOf } from '../experiment/metric-catalogue.ts';
import { csvLines, toCsv } from './csv.ts';
import { toJson } from './json.ts';
import { withinRange } from './format.ts';
import { metricRange } from './metrics.ts';
import type { StagedFolder } from './output-folder.ts';

/** File names inside a run's output folder. */
export const runFiles = {
  scenario: 'scenario.yaml',
  summary: 'summary.json',
  replications: 'replications.csv',
  /** Each metric's mean, spread and interval, one row a metric: summary.json as a table. */
  summaryTable: 'summary.csv',
  /** Each metric's unit and definition, from the metric catalogue. */
  dictionary: 'data-dictionary.csv',
  weekly: 'weekly.csv',
} as const;

/** Writes the run's results into `folder` (not yet committed). */
export function writeRunOutput(folder: Pick<StagedFolder, 'write'>, summary: StudySummary, records: readonly ReplicationRecord[], scenarioYaml: string): void {
  const name = summary.scenario.name;
  folder.write(runFiles.scenario, scenarioYaml);
  folder.write(runFiles.summary, toJson(summary));
  folder.write(runFiles.summaryTable, toCsv(summaryHeader, summaryRows(summary)));
  folder.write(runFiles.dictionary, dataDictionary(Object.keys(summary.metrics), weeklyNamesOf(records)));
  // The long tables line by line: weekly.csv of a long study is larger than any one string can be.
  folder.write(runFiles.replications, csvLines(replicationHeader, replicationRows(name, records)));
  folder.write(runFiles.weekly, csvLines(weeklyHeader, weeklyRows(name, records)));
}

const summaryHeader = ['scenario', 'metric', 'label', 'unit', 'mean', 'sd', 'low', 'high', 'n'] as const;

/**
 * summary.json's metrics as rows. The 95% interval (low, high) is cut off at
 * the values the metric can take, as the report and the terminal show it (a
 * share never below 0), and the mean too (a sum's rounding never below 0);
 * summary.json keeps them as computed.
 */
function summaryRows(summary: StudySummary): (string | number)[][] {
  return Object.entries(summary.metrics).map(([metric, s]) => {
    const [low, high] = withinRange(s, metricRange(metric)).ci95;
    return [summary.scenario.name, metric, labelOf(metric), unitCell(metric), valueWithinRange(metric, s.mean), s.sd, low, high, s.n];
  });
}

const dictionaryHeader = ['metric', 'label', 'unit', 'kind', 'range', 'better', 'definition', 'in weekly.csv'] as const;

/** A metric's range in words: "0 to 1", "0 or more". */
function rangeWords(metric: string): string {
  const range = metricRange(metric);
  if (range === undefined) return 'NA';
  return range[1] === Infinity ? `${range[0]} or more` : `${range[0]} to ${range[1]}`;
}

/** Every metric named in the replications' weekly series. */
function weeklyNamesOf(records: readonly ReplicationRecord[]): Set<string> {
  const weekly = new Set<string>();
  for (const record of records) for (const row of record.weekly) for (const name of Object.keys(row.values)) weekly.add(name);
  return weekly;
}

/**
 * data-dictionary.csv: every metric of a folder's tables (`metrics`, then
 * those only in weekly.csv), with its label, unit, kind, better side and
 * definition from the metric catalogue, and whether its weekly series is a
 * flow (counted over the week) or a stock (read at the week's end). Every
 * results folder has one: a run's, a comparison's, a sweep's and a plan's.
 * No cell is blank: a metric with no better side says none, one not in
 * weekly.csv says no.
 */
export function dataDictionary(metrics: Iterable<string>, weekly: ReadonlySet<string> = new Set()): string {
  const names = [...new Set([...metrics, ...[...weekly].sort()])];
  return toCsv(dictionaryHeader, names.map((metric) => {
    const definition = definitionOf(metric);
    const series = !weekly.has(metric) ? 'no' : definition?.weekly === 'stock' ? 'stock: at the week’s end' : 'flow: over the week';
    return [metric, labelOf(metric), unitCell(metric), definition?.kind ?? 'NA', rangeWords(metric), definition?.better ?? 'none', definition?.definition ?? 'NA', series];
  }));
}
