/**
 * Results folders built from the result-file types alone (src/experiment/formats.ts),
 * so the report is tested without running the model: a run, a comparison
 * and a sweep, with made-up but plausible numbers.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComparedMetric, ComparisonFile, SweepFile } from '../../src/experiment/formats.ts';
import { summariseValues, type MetricSummary } from '../../src/experiment/interval.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { toCsv } from '../../src/report/csv.ts';
import { toJson } from '../../src/report/json.ts';
import { scenarioSchema, serialiseScenario, type ScenarioInput } from '../../src/scenario/index.ts';

/** A small deterministic generator of numbers in [0, 1). */
export function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Per replication: each metric's value (shares in 0–1). */
function replicationMetrics(random: () => number, load: number): Record<string, number> {
  const r = (mid: number, spread: number) => mid + (random() - 0.5) * spread;
  const time = { contact: r(0.2, 0.03), admin: r(0.33, 0.03), reports: r(0.2, 0.02), oversight: 0, otherDuties: r(0.02, 0.01), redeployed: r(0.04 * load, 0.02), absent: r(0.19, 0.01) };
  const used = Object.values(time).reduce((a, b) => a + b, 0);
  return {
    'caseload.perSupervisor.mean': r(20 * load, 3),
    'contacts.minutesPerPrisonerPerMonth': r(80 / load, 10),
    'contacts.deliveredShare': Math.min(1, r(0.85 / load, 0.1)),
    'reports.unfinishedShare': Math.min(1, r(0.15 * load, 0.08)),
    'reports.parole.onTimeShare': Math.min(1, r(0.5 / load, 0.6)),
    'staff.directContactShare': r(0.24, 0.02),
    'cases.unallocated.mean': Math.max(0, r(2 * (load - 1), 2)),
    'reports.backlog.mean': r(3 * load, 2),
    'wmt.capacityPercent.mean': r(45 * load, 8),
    'staff.hoursRedeployedPerWeek': r(25 * load, 5),
    'custody.extraDays': Math.max(0, r(40 * load, 30)),
    'assessments.awaiting.mean': Math.max(0, r(20 * load, 10)),
    'assessments.waitDays.mean': Math.max(0, r(40 * load, 20)),
    'parole.hearingsOnTimeShare': Math.min(1, r(0.8 / load, 0.3)),
    'hdc.daysLost': Math.max(0, r(4 * load, 8)),
    'workload.capacityPercent': r(100 * load, 10),
    'workload.capacityPercentAfterRedeployment': r(110 * load, 10),
    ...Object.fromEntries(Object.entries(time).map(([k, v]) => [`staff.timeShare.${k}`, v])),
    'staff.timeShare.idle': Math.max(0, 1 - used),
    ...atWorkShares(time, Math.max(0, 1 - used)),
  };
}

/** The shares of time at work on offender management that the fake time shares imply. */
function atWorkShares(time: Record<string, number>, idle: number): Record<string, number> {
  const atWork = { contact: time.contact, admin: time.admin, reports: time.reports, oversight: time.oversight, idle };
  const total = Object.values(atWork).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(atWork).map(([k, v]) => [`staff.atWorkShare.${k}`, v / total]));
}

export interface FakeRun {
  summary: StudySummary;
  values: Record<string, number>[];
  yaml: string;
}

/** One scenario's summary and its replications' values. */
export function fakeRun(input: ScenarioInput & { name: string }, options: { reps?: number; load?: number; seed?: number; warmupWeeks?: number } = {}): FakeRun {
  const scenario = scenarioSchema.parse({ horizon: { years: 1 }, ...input });
  const reps = options.reps ?? 5;
  const random = generator(options.seed ?? 7);
  const values = Array.from({ length: reps }, () => replicationMetrics(random, options.load ?? 1));
  const metrics: Record<string, MetricSummary> = {};
  for (const name of Object.keys(values[0]).sort()) metrics[name] = summariseValues(values.map((v) => v[name]));
  const warmupWeeks = options.warmupWeeks ?? 8;
  const summary: StudySummary = {
    omsim: { version: '0.0.0-test' },
    scenario,
    study: { replications: reps, seeds: values.map((_, k) => `${scenario.seed}.${k}`), horizonYears: scenario.horizon.years, warmupWeeks, suggestedWarmupWeeks: 10 },
    metrics,
  };
  return { summary, values, yaml: serialiseScenario(scenario) };
}

/** Writes a run's files (as `omsim run` does) into `folder`. */
export function writeFakeRun(folder: string, run: FakeRun, weeks = 52): void {
  mkdirSync(folder, { recursive: true });
  const name = run.summary.scenario.name;
  const random = generator(11);
  writeFileSync(join(folder, 'scenario.yaml'), run.yaml);
  writeFileSync(join(folder, 'summary.json'), toJson(run.summary));
  const replicationRows = run.values.flatMap((v, k) => Object.entries(v).map(([metric, value]) => [name, k, `1.${k}`, metric, value]));
  writeFileSync(join(folder, 'replications.csv'), toCsv(['scenario', 'replication', 'seed', 'metric', 'value'], replicationRows));
  const weekly: (string | number)[][] = [];
  for (let k = 0; k < run.values.length; k++) {
    for (let week = 0; week < weeks; week++) {
      weekly.push([name, k, week, 'cases.unallocated', Math.floor(random() * 4)]);
      weekly.push([name, k, week, 'prisoners.population', 1200 + Math.floor(random() * 40)]);
      weekly.push([name, k, week, 'reports.backlog', Math.floor(3 + 6 * random() + week / 10)]);
    }
  }
  writeFileSync(join(folder, 'weekly.csv'), toCsv(['scenario', 'replication', 'week', 'metric', 'value'], weekly));
}

/** A fresh temporary folder for one test. */
export function scratchFolder(prefix = 'omsim-report-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A run folder for a scenario called `name`. */
export function makeRunFolder(name = 'baseline', description = 'A local prison of 1,200 with 12 offender supervisors.'): string {
  const folder = join(scratchFolder(), 'run');
  writeFakeRun(folder, fakeRun({ name, description }));
  return folder;
}

/** A comparison folder: the first scenario against `others` with higher load. */
export function makeComparisonFolder(names = ['baseline', 'ten per cent fewer staff', 'crisis'], reps = 5): string {
  const folder = join(scratchFolder(), 'comparison');
  const runs = names.map((name, i) => fakeRun({ name, staff: { offenderSupervisors: { count: 12 - i * 2 } } }, { load: 1 + i * 0.25, seed: 7 + i, reps }));
  // As omsim compare labels them: a name used twice gets its position.
  const labels = names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} #${i + 1}`));
  const scenarios = runs.map((run, i) => ({ name: labels[i], folder: `${i + 1}-scenario`, summary: run.summary }));
  runs.forEach((run, i) => writeFakeRun(join(folder, scenarios[i].folder), run));
  const metrics: Record<string, ComparedMetric[]> = {};
  for (const name of Object.keys(runs[0].summary.metrics)) {
    metrics[name] = runs.map((run, i) => {
      const entry: ComparedMetric = { scenario: labels[i], summary: run.summary.metrics[name] };
      if (i === 0) return entry;
      const d = summariseValues(run.values.map((v, k) => v[name] - runs[0].values[k][name]));
      return { ...entry, difference: { ...d, excludesZero: d.ci95[0] > 0 || d.ci95[1] < 0 } };
    });
  }
  const file: ComparisonFile = { omsim: { version: '0.0.0-test' }, scenarios, metrics };
  writeFileSync(join(folder, 'comparison.json'), toJson(file));
  return folder;
}

/** A sweep folder over one parameter (or two, with `second`). */
export function makeSweepFolder(second = false, reps = 5): string {
  const folder = join(scratchFolder(), 'sweep');
  mkdirSync(folder, { recursive: true });
  const base = fakeRun({ name: 'baseline' });
  const parameters = ['staff.offenderSupervisors.count', ...(second ? ['redeployment.shiftProbability'] : [])];
  const points: SweepFile['points'] = [];
  for (const count of [8, 10, 12, 14, 16]) {
    for (const p of second ? [0.05, 0.3] : [0.15]) {
      const run = fakeRun({ name: 'baseline' }, { load: 12 / count + p, seed: count * 10 + p * 100, reps });
      points.push({ point: points.length, values: { 'staff.offenderSupervisors.count': count, ...(second ? { 'redeployment.shiftProbability': p } : {}) }, metrics: run.summary.metrics });
    }
  }
  const file: SweepFile = { omsim: { version: '0.0.0-test' }, scenario: base.summary.scenario, parameters, points, study: { replications: reps, warmupWeeks: 8, horizonYears: 1 } };
  writeFileSync(join(folder, 'sweep.json'), toJson(file));
  writeFileSync(join(folder, 'scenario.yaml'), base.yaml);
  return folder;
}
