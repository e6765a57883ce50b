/**
 * Running a study in the explorer, replication by replication, and what the
 * page shows of it as it goes. The results are the command line's: the same
 * tasks (design.ts), the same summaries (outcome.ts), the same result files
 * (write-study.ts) and the same report findings and charts.
 *
 * While replications land, the page shows the study so far: a run, the
 * replications done; a comparison, the replications done for every scenario
 * (so each difference stays paired); a sweep, the points with every
 * replication done.
 */
import { byUnit, replicationsOf, tasksOf, unitsOf, type StudyDesign, type UnitRecords } from '../experiment/design.ts';
import { outcomeOf, type StudyOutcome } from '../experiment/outcome.ts';
import type { ReplicationTask } from '../experiment/pool.ts';
import type { ReplicationRecord } from '../experiment/study.ts';
import { chartedWeeklyMetrics, type RunResult, type Study, type WeeklyValue } from '../report/read/study.ts';
import { writeStudyOutput } from '../report/write-study.ts';
import type { FileContent } from '../report/output-folder.ts';
import { weeklyRows } from '../experiment/tables.ts';
import { serialiseScenario } from '../scenario/serialise.ts';

/** Runs replications somewhere (Web Workers in the page; in tests, this thread), reporting each as it lands. */
export interface Runner {
  run(tasks: readonly ReplicationTask[], onDone: (index: number, record: ReplicationRecord) => void): Promise<ReplicationRecord[]>;
}

export interface Progress {
  done: number;
  total: number;
  /**
   * The study so far, when what can be shown of it has grown since the last
   * progress (a replication done for every scenario, or a sweep point with
   * all its replications); undefined otherwise, the page keeping what it shows.
   */
  sofar: StudyOutcome | undefined;
}

/** Runs every replication of `design`, calling `onProgress` as each lands; the finished outcome. */
export async function runExplorerStudy(design: StudyDesign, runner: Runner, version: string, onProgress: (progress: Progress) => void): Promise<StudyOutcome> {
  const tasks = tasksOf(design);
  const landed: (ReplicationRecord | undefined)[] = new Array(tasks.length).fill(undefined);
  let done = 0;
  let shown = 0;
  const records = await runner.run(tasks, (index, record) => {
    landed[index] = record;
    done++;
    const complete = completeParts(design, landed);
    // Summarised again only when there is more to show: a sweep's points land a replication at a time.
    const grew = complete.length > shown;
    shown = complete.length;
    onProgress({ done, total: tasks.length, sofar: grew ? summariseParts(design, landed, complete, version) : undefined });
  });
  return outcomeOf(design, byUnit(design, records), version);
}

/** The study as far as it has landed (flat task order; undefined where not yet done). */
export function outcomeSoFar(design: StudyDesign, landed: readonly (ReplicationRecord | undefined)[], version: string): StudyOutcome | undefined {
  const complete = completeParts(design, landed);
  return complete.length === 0 ? undefined : summariseParts(design, landed, complete, version);
}

/** Each unit's landed records (undefined where not yet done). */
function landedByUnit(design: StudyDesign, landed: readonly (ReplicationRecord | undefined)[]): (ReplicationRecord | undefined)[][] {
  const replications = replicationsOf(design);
  return unitsOf(design).map((_, unit) => landed.slice(unit * replications, (unit + 1) * replications));
}

/**
 * What can be shown: a sweep's points whose replications have all landed;
 * otherwise the replications landed for every unit, so that a comparison's
 * differences stay paired.
 */
function completeParts(design: StudyDesign, landed: readonly (ReplicationRecord | undefined)[]): number[] {
  const units = landedByUnit(design, landed);
  if (design.kind === 'sweep') return units.flatMap((records, i) => (records.every((r) => r !== undefined) ? [i] : []));
  return Array.from({ length: replicationsOf(design) }, (_, k) => k).filter((k) => units.every((records) => records[k] !== undefined));
}

/** The outcome of the complete parts alone. */
function summariseParts(design: StudyDesign, landed: readonly (ReplicationRecord | undefined)[], complete: readonly number[], version: string): StudyOutcome {
  const units = landedByUnit(design, landed);
  if (design.kind === 'sweep') {
    const partial = { ...design, points: complete.map((i) => design.points[i]), pointScenarios: complete.map((i) => design.pointScenarios[i]) };
    return outcomeOf(partial, complete.map((i) => units[i] as ReplicationRecord[]), version);
  }
  const records: UnitRecords = units.map((r) => complete.map((k) => r[k] as ReplicationRecord));
  return outcomeOf(design, records, version);
}

/** The outcome as the report draws it (a run's folder is ".", a comparison's scenarios in their own folders, as the command line writes them). */
export function studyOf(outcome: StudyOutcome): Study {
  if (outcome.kind === 'run') {
    const run = runResult('.', outcome.summary.scenario.name, outcome.summary, outcome.records[0]);
    return { kind: 'run', folder: '.', version: outcome.summary.omsim.version, run };
  }
  if (outcome.kind === 'comparison') {
    const runs = outcome.comparison.scenarios.map((s, i) => runResult(s.folder, s.name, s.summary, outcome.records[i]));
    return { kind: 'comparison', folder: '.', version: outcome.comparison.omsim.version, comparison: outcome.comparison, runs };
  }
  if (outcome.kind === 'sensitivity') throw new Error('the explorer runs no sensitivity analysis');
  return { kind: 'sweep', folder: '.', version: outcome.sweep.omsim.version, sweep: outcome.sweep, scenarioYaml: serialiseScenario(outcome.design.scenario) };
}

const charted: ReadonlySet<string> = new Set(chartedWeeklyMetrics);

function runResult(folder: string, label: string, summary: RunResult['summary'], records: readonly ReplicationRecord[]): RunResult {
  const weekly: WeeklyValue[] = [];
  for (const [scenario, replication, week, metric, value] of weeklyRows(label, records)) {
    if (charted.has(metric as string)) weekly.push({ scenario: scenario as string, replication: replication as number, week: week as number, metric: metric as string, value: value as number });
  }
  return { folder, label, summary, scenarioYaml: serialiseScenario(summary.scenario), weekly };
}

/** The study's result files as the command line writes them (path in the folder → text). */
export function resultFiles(outcome: StudyOutcome): Map<string, string> {
  const files = new Map<string, string>();
  const text = (content: FileContent) => (typeof content === 'string' ? content : content instanceof Uint8Array ? new TextDecoder().decode(content) : [...content].join(''));
  writeStudyOutput({ write: (path, content) => void files.set(path, text(content)) }, outcome);
  return files;
}
