/**
 * A study as the report draws it (run, comparison or sweep), whether read
 * back from a results folder (study-folder.ts) or made in memory by the
 * explorer: the types only, and no file system.
 */
import type { ComparisonFile, SweepFile } from '../../experiment/formats.ts';
import type { StudySummary } from '../../experiment/summary.ts';

/** Weekly series the report draws (the rest of weekly.csv is left unread). */
export const chartedWeeklyMetrics = ['reports.backlog', 'cases.unallocated'] as const;

/** One row of weekly.csv for a charted metric. */
export interface WeeklyValue {
  scenario: string;
  replication: number;
  week: number;
  metric: string;
  value: number;
}

/** One scenario's run as read from its folder. */
export interface RunResult {
  folder: string;
  /** The name the report shows: the scenario's, or in a comparison its label there (unique: "small #2" when a name repeats). */
  label: string;
  summary: StudySummary;
  /** scenario.yaml as saved beside the results (empty when absent). */
  scenarioYaml: string;
  weekly: WeeklyValue[];
}

export type Study =
  | { kind: 'run'; folder: string; version: string; run: RunResult }
  | { kind: 'comparison'; folder: string; version: string; comparison: ComparisonFile; runs: RunResult[] }
  | { kind: 'sweep'; folder: string; version: string; sweep: SweepFile; scenarioYaml: string };

