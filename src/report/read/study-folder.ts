/**
 * Reading a results folder back: which kind of study it holds (run,
 * comparison or sweep, told by its main JSON file) and the results the
 * report needs, from the files alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ComparisonFile, StudyKind, SweepFile } from '../../experiment/formats.ts';
import type { StudySummary } from '../../experiment/summary.ts';
import { messages, ReportFolderError } from '../messages.ts';
import { planFiles } from '../write-plan.ts';
import { runFiles } from '../write-run.ts';
import { outputFiles } from '../write-study.ts';
import { parseCsv, csvNumber } from './csv-read.ts';

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

/** The main file of each kind of study, in the order they are looked for. */
export const studyFiles: Record<StudyKind, string> = { comparison: outputFiles.comparison, sweep: outputFiles.sweep, run: runFiles.summary };

/** Which kind of study `folder` holds; a ReportFolderError when it is not a results folder. */
export function detectStudyKind(folder: string): StudyKind {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ReportFolderError(messages.notAFolder(folder));
  for (const kind of ['comparison', 'sweep', 'run'] as const) if (existsSync(join(folder, studyFiles[kind]))) return kind;
  if (existsSync(join(folder, planFiles.plan))) throw new ReportFolderError(messages.planFolder(folder));
  throw new ReportFolderError(messages.notAResultsFolder(folder));
}

/** Reads the study in `folder`. */
export function readStudy(folder: string): Study {
  const kind = detectStudyKind(folder);
  if (kind === 'run') {
    const run = readRun(folder);
    return { kind, folder, version: run.summary.omsim.version, run };
  }
  if (kind === 'comparison') {
    const comparison = readJson<ComparisonFile>(join(folder, studyFiles.comparison), checkComparison);
    const runs = comparison.scenarios.map((s) => readRun(join(folder, s.folder), s.summary, s.name));
    return { kind, folder, version: comparison.omsim.version, comparison, runs };
  }
  const sweep = readJson<SweepFile>(join(folder, studyFiles.sweep), checkSweep);
  return { kind, folder, version: sweep.omsim.version, sweep, scenarioYaml: readText(join(folder, runFiles.scenario), '') };
}

/** A run folder; `known` is its summary when the comparison file already holds it, `label` its name there. */
export function readRun(folder: string, known?: StudySummary, label?: string): RunResult {
  const summaryPath = join(folder, runFiles.summary);
  if (known === undefined && !existsSync(summaryPath)) throw new ReportFolderError(messages.missingRun(summaryPath));
  const summary = known ?? readJson<StudySummary>(summaryPath, checkSummary);
  const scenarioYaml = readText(join(folder, runFiles.scenario), '');
  const shown = label ?? summary.scenario.name;
  const weekly = readWeekly(readText(join(folder, runFiles.weekly), ''), new Set(chartedWeeklyMetrics)).map((w) => ({ ...w, scenario: shown }));
  return { folder, label: shown, summary, scenarioYaml, weekly };
}

/** The rows of weekly.csv whose metric is in `keep`. */
export function readWeekly(text: string, keep: ReadonlySet<string>): WeeklyValue[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const at = (name: string) => header.indexOf(name);
  const [s, r, w, m, v] = ['scenario', 'replication', 'week', 'metric', 'value'].map(at);
  if ([s, r, w, m, v].some((i) => i < 0)) return [];
  const out: WeeklyValue[] = [];
  for (const row of rows) {
    if (!keep.has(row[m])) continue;
    out.push({ scenario: row[s], replication: csvNumber(row[r]), week: csvNumber(row[w]), metric: row[m], value: csvNumber(row[v]) });
  }
  return out;
}

function readText(path: string, fallback?: string): string {
  if (!existsSync(path) && fallback !== undefined) return fallback;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReportFolderError(messages.unreadable(path, (error as Error).message));
  }
}

/** Parses a JSON results file and checks the fields the report relies on. */
function readJson<T>(path: string, check: (value: unknown) => string | null): T {
  let value: unknown;
  try {
    value = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof ReportFolderError) throw error;
    throw new ReportFolderError(messages.malformed(path, (error as Error).message));
  }
  const problem = check(value);
  if (problem !== null) throw new ReportFolderError(messages.malformed(path, problem));
  return restoreNaN(value) as T;
}

/**
 * A metric that could not be estimated is written as null (JSON has no NaN);
 * inside a metric summary ({mean, sd, ci95, n}) it is read back as NaN.
 * Elsewhere null keeps its meaning (a scenario's "no cap", "suggest a warm-up").
 */
function restoreNaN(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restoreNaN);
  if (!isObject(value)) return value;
  if ('mean' in value && 'ci95' in value && Array.isArray(value.ci95)) {
    const n = (x: unknown) => (typeof x === 'number' ? x : NaN);
    return { ...value, mean: n(value.mean), sd: n(value.sd), ci95: value.ci95.map(n) };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreNaN(v)]));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function checkSummary(value: unknown): string | null {
  if (!isObject(value)) return 'it does not hold an object';
  if (!isObject(value.scenario) || typeof value.scenario.name !== 'string') return 'it has no scenario';
  if (!isObject(value.study) || !isObject(value.metrics)) return 'it has no study or metrics';
  return null;
}

function checkComparison(value: unknown): string | null {
  if (!isObject(value) || !Array.isArray(value.scenarios) || !isObject(value.metrics)) return 'it has no scenarios or metrics';
  for (const s of value.scenarios) {
    if (!isObject(s) || typeof s.folder !== 'string') return 'a scenario has no folder';
    const problem = checkSummary(s.summary);
    if (problem !== null) return `a scenario's summary: ${problem}`;
  }
  return null;
}

function checkSweep(value: unknown): string | null {
  if (!isObject(value) || !Array.isArray(value.points) || !Array.isArray(value.parameters)) return 'it has no points or parameters';
  if (!isObject(value.scenario) || !isObject(value.study)) return 'it has no scenario or study';
  return null;
}
