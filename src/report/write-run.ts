/** The files of a run's output folder: the scenario as run, the summary, and the tidy tables. */
import type { ReplicationRecord } from '../experiment/study.ts';
import type { StudySummary } from '../experiment/summary.ts';
import { replicationHeader, replicationRows, weeklyHeader, weeklyRows } from '../experiment/tables.ts';
import { toCsv } from './csv.ts';
import { toJson } from './json.ts';
import type { StagedFolder } from './output-folder.ts';

/** File names inside a run's output folder. */
export const runFiles = {
  scenario: 'scenario.yaml',
  summary: 'summary.json',
  replications: 'replications.csv',
  weekly: 'weekly.csv',
} as const;

/** Writes the run's results into `folder` (not yet committed). */
export function writeRunOutput(folder: Pick<StagedFolder, 'write'>, summary: StudySummary, records: readonly ReplicationRecord[], scenarioYaml: string): void {
  const name = summary.scenario.name;
  folder.write(runFiles.scenario, scenarioYaml);
  folder.write(runFiles.summary, toJson(summary));
  folder.write(runFiles.replications, toCsv(replicationHeader, replicationRows(name, records)));
  folder.write(runFiles.weekly, toCsv(weeklyHeader, weeklyRows(name, records)));
}
