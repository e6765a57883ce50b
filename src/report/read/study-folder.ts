/**
 * Reading a results folder back: which kind of study it holds (run,
 * comparison or sweep, told by its main JSON file) and the results the
 * report needs, from the files alone. Every file is checked against its
 * schema (result-schemas.ts) before anything is drawn from it, and read
 * through no symbolic link (inside-folder.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ComparisonFile, StudyKind, SweepFile } from '../../experiment/formats.ts';
import { checkAgainst, problemText } from '../../experiment/schema-problems.ts';
import type { StudySummary } from '../../experiment/summary.ts';
import { maxFileBytes } from '../../scenario/extends.ts';
import { unreadableReason } from '../../scenario/messages.ts';
import { maxReadBackBytes, readTextFile } from '../../scenario/regular-file.ts';
import { insideFolder } from '../inside-folder.ts';
import { messages, ReportFolderError } from '../messages.ts';
import { planFiles } from '../write-plan.ts';
import { runFiles } from '../write-run.ts';
import { outputFiles } from '../write-study.ts';
import { controlCharacterField } from './control-characters.ts';
import { parseCsv, readCsvFile } from './csv-read.ts';
import { comparisonSchema, summarySchema, sweepSchema, weeklyColumns, weeklyRowSchema } from './result-schemas.ts';

export { chartedWeeklyMetrics, type RunResult, type Study, type WeeklyValue } from './study.ts';
import { chartedWeeklyMetrics, type RunResult, type Study, type WeeklyValue } from './study.ts';

/** The main file of each kind of study, in the order they are looked for. */
export const studyFiles: Record<StudyKind, string> = { comparison: outputFiles.comparison, sweep: outputFiles.sweep, run: runFiles.summary, sensitivity: outputFiles.sensitivity };

/** Which kind of study `folder` holds, or a plan (plan.json, read by plan-report.ts); a ReportFolderError when it is not a results folder. */
export function detectStudyKind(folder: string): StudyKind | 'plan' {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ReportFolderError(messages.notAFolder(folder));
  for (const kind of ['comparison', 'sweep', 'run', 'sensitivity'] as const) if (existsSync(join(folder, studyFiles[kind]))) return kind;
  if (existsSync(join(folder, planFiles.plan))) return 'plan';
  throw new ReportFolderError(messages.notAResultsFolder(folder));
}

/** Reads the study in `folder` (a plan is read by plan-report.ts). */
export function readStudy(folder: string): Study {
  const kind = detectStudyKind(folder);
  if (kind === 'plan') throw new ReportFolderError(messages.planFolder(folder));
  if (kind === 'sensitivity') throw new ReportFolderError(messages.sensitivityFolder(folder));
  if (kind === 'run') {
    const run = readRun(folder);
    return { kind, folder, version: run.summary.omsim.version, run };
  }
  if (kind === 'comparison') {
    const comparison = readJson<ComparisonFile>(insideFolder(folder, studyFiles.comparison), comparisonSchema);
    const runs = comparison.scenarios.map((s) => readRun(insideFolder(folder, s.folder), s.summary, s.name));
    return { kind, folder, version: comparison.omsim.version, comparison, runs };
  }
  const sweep = readJson<SweepFile>(insideFolder(folder, studyFiles.sweep), sweepSchema);
  return { kind, folder, version: sweep.omsim.version, sweep, scenarioYaml: readSavedScenario(insideFolder(folder, runFiles.scenario)) };
}

/** A run folder; `known` is its summary when the comparison file already holds it, `label` its name there. */
export function readRun(folder: string, known?: StudySummary, label?: string): RunResult {
  const summaryPath = insideFolder(folder, runFiles.summary);
  if (known === undefined && !existsSync(summaryPath)) throw new ReportFolderError(messages.missingRun(summaryPath));
  const summary = known ?? readJson<StudySummary>(summaryPath, summarySchema);
  const scenarioYaml = readSavedScenario(insideFolder(folder, runFiles.scenario));
  const shown = label ?? summary.scenario.name;
  const weeklyPath = insideFolder(folder, runFiles.weekly);
  const weekly = existsSync(weeklyPath) ? readWeeklyFile(weeklyPath, new Set(chartedWeeklyMetrics)) : [];
  return { folder, label: shown, summary, scenarioYaml, weekly: weekly.map((w) => ({ ...w, scenario: shown })) };
}

/** The rows of weekly.csv text whose metric is in `keep`, each checked; `file` names it in messages. */
export function readWeekly(text: string, keep: ReadonlySet<string>, file: string = runFiles.weekly): WeeklyValue[] {
  const rows = new WeeklyRows(keep, file);
  for (const row of parseCsv(text)) rows.add(row);
  return rows.finished();
}

/**
 * The rows of the weekly.csv at `path` whose metric is in `keep`, each
 * checked: read in pieces, keeping only those rows, since the file of a long
 * study is larger than any one string can be.
 */
export function readWeeklyFile(path: string, keep: ReadonlySet<string>): WeeklyValue[] {
  const rows = new WeeklyRows(keep, path);
  try {
    readCsvFile(path, (row) => rows.add(row));
  } catch (error) {
    if (error instanceof ReportFolderError) throw error;
    throw new ReportFolderError(messages.unreadable(path, (error as Error).message));
  }
  return rows.finished();
}

/** weekly.csv read row by row: the header checked first, then each row of a kept metric. */
class WeeklyRows {
  private at: number[] | undefined;
  private line = 0;
  private readonly values: WeeklyValue[] = [];

  constructor(
    private readonly keep: ReadonlySet<string>,
    private readonly file: string,
  ) {}

  add(row: string[]): void {
    this.line++;
    if (this.at === undefined) return this.header(row);
    if (!this.keep.has(row[this.at[weeklyColumns.indexOf('metric')]])) return;
    const at = this.at;
    const cells = Object.fromEntries(weeklyColumns.map((column, c) => [column, row[at[c]]]));
    const checked = checkAgainst(weeklyRowSchema, cells);
    // The header is line 1 (a quoted line break inside a cell would shift this; omsim writes none in weekly.csv).
    if (!checked.ok) throw new ReportFolderError(messages.invalid(this.file, `line ${this.line}, ${problemText(checked.problem)}`));
    this.values.push(checked.value);
  }

  finished(): WeeklyValue[] {
    if (this.at === undefined) this.header(undefined);
    return this.values;
  }

  private header(header: string[] | undefined): void {
    const at = weeklyColumns.map((column) => header?.indexOf(column) ?? -1);
    if (at.some((i) => i < 0)) {
      const found = header === undefined ? 'nothing' : JSON.stringify(header.join(','));
      throw new ReportFolderError(messages.invalid(this.file, `expected the columns ${weeklyColumns.join(',')} in its first line, found ${found}`));
    }
    this.at = at;
  }
}

/**
 * A file of the folder as text: a regular UTF-8 file of at most `maxBytes`,
 * or `fallback` when it is not there (and one is given); anything else is a
 * ReportFolderError naming the file.
 */
export function readText(path: string, fallback?: string, maxBytes: number = maxReadBackBytes): string {
  const read = readTextFile(path, maxBytes);
  if (!('error' in read)) return read.text;
  if (read.error === 'ENOENT' && fallback !== undefined) return fallback;
  throw new ReportFolderError(messages.unreadable(path, unreadableReason(read, maxBytes)));
}

/** The scenario saved in a folder (scenario.yaml), read as a scenario file is (at most its size), or '' when it is missing. */
export function readSavedScenario(path: string): string {
  return readText(path, '', maxFileBytes);
}

/** Parses a JSON results file and checks it against its schema. */
export function readJson<T>(path: string, schema: z.ZodType): T {
  let value: unknown;
  try {
    value = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof ReportFolderError) throw error;
    throw new ReportFolderError(messages.malformed(path, (error as Error).message));
  }
  const checked = checkAgainst(schema, value);
  if (!checked.ok) throw new ReportFolderError(messages.invalid(path, problemText(checked.problem)));
  // omsim never writes one (a scenario may not hold one), and one in a name would break the charts drawn from it.
  const control = controlCharacterField(value);
  if (control) throw new ReportFolderError(messages.invalid(path, problemText(control)));
  // The file as written, not as the schema outputs it, so nothing is reordered or filled in.
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
