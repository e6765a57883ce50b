/**
 * The design of a study: which scenarios it runs (its units) and how many
 * replications of each. A run has one unit, a comparison one per scenario, a
 * sweep one per point. Every replication of the study has a place in one
 * flat list, task i = unit × replications + replication, which is what
 * workers share out and shards slice.
 */
import type { Factor } from '../scenario/factors.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import type { ReplicationTask } from './pool.ts';
import type { SweepDisplay } from './formats.ts';
import type { ReplicationRecord } from './study.ts';

/** A value a sweep gives a parameter (numbers only: sweep.json and its charts plot them on an axis). */
export type SweepValue = number;

/** One point of a sweep: its position and the value of each varied parameter. */
export interface SweepPoint {
  point: number;
  values: Record<string, SweepValue>;
}

export interface RunDesign {
  kind: 'run';
  scenario: Scenario;
}

export interface ComparisonDesign {
  kind: 'comparison';
  /** In the order given; the first is the one the others are compared with. */
  scenarios: Scenario[];
  /** The measures the headline and chart show, when chosen with --metrics (comparison.json keeps them, so every redraw shows the same). */
  measures?: string[];
  /** The one measure of a press release, chosen with --press (comparison.json keeps it). */
  press?: string;
}

export interface SweepDesign {
  kind: 'sweep';
  /** The scenario as loaded, before any varied value is applied. */
  scenario: Scenario;
  /** The dotted paths varied (one or two). */
  parameters: string[];
  points: SweepPoint[];
  /** Each point's scenario, validated by the scenario loader. */
  pointScenarios: Scenario[];
  /** What the sweep's chart shows, when chosen (sweep.json keeps it, so every redraw shows the same). */
  display?: SweepDisplay;
}

/** How a sensitivity analysis places its points: one factor at a time, Morris's trajectories, Saltelli's matrices, or a design file made elsewhere. */
export type SensitivityMethod = 'oat' | 'morris' | 'sobol' | 'file';

/**
 * A sensitivity analysis (`omsim sensitivity`): the scenario at each point of
 * a design over its factors. Like a sweep's, every point runs the same seeds,
 * so replication k of every point shares its random numbers.
 */
export interface SensitivityDesign {
  kind: 'sensitivity';
  /** The scenario as loaded, before any factor is moved. */
  scenario: Scenario;
  method: SensitivityMethod;
  /** The factors varied, in the design's order (for a design file: its columns, their ranges those of the file's values). */
  factors: Omit<Factor, 'rangeFrom'>[];
  /** The metrics analysed. */
  metrics: string[];
  /** Morris's trajectories and grid levels, Sobol's base sample; 0 where the method has none. */
  settings: { trajectories: number; levels: number; base: number };
  /** Each point's factor values. */
  points: SweepPoint[];
  /** Each point's scenario, validated by the scenario loader. */
  pointScenarios: Scenario[];
}

/** The studies whose units are points of a design, each run with the same seeds. */
export type PointDesign = SweepDesign | SensitivityDesign;

export type StudyDesign = RunDesign | ComparisonDesign | SweepDesign | SensitivityDesign;

/** Each unit's records, in replication order. */
export type UnitRecords = ReplicationRecord[][];

/** The scenarios a study runs, one per unit. */
export function unitsOf(design: StudyDesign): readonly Scenario[] {
  if (design.kind === 'run') return [design.scenario];
  if (design.kind === 'comparison') return design.scenarios;
  return design.pointScenarios;
}

/** Replications of every unit (the loaders make them equal). */
export function replicationsOf(design: StudyDesign): number {
  return unitsOf(design)[0].replications;
}

/** Replications in the whole study. */
export function taskCount(design: StudyDesign): number {
  return unitsOf(design).length * replicationsOf(design);
}

/** Sweeps and sensitivity analyses report metrics only, so their replications drop the weekly series. */
export function keepsWeekly(design: StudyDesign): boolean {
  return design.kind !== 'sweep' && design.kind !== 'sensitivity';
}

/** Gathers records listed in flat task order into each unit's records. */
export function byUnit(design: StudyDesign, records: readonly ReplicationRecord[]): UnitRecords {
  const replications = replicationsOf(design);
  return unitsOf(design).map((_, unit) => records.slice(unit * replications, (unit + 1) * replications));
}

/** Where task i sits: its unit and replication. */
export function taskPosition(design: StudyDesign, index: number): { unit: number; replication: number } {
  const replications = replicationsOf(design);
  return { unit: Math.floor(index / replications), replication: index % replications };
}

/** The tasks at the given flat positions (all of them by default). */
export function tasksOf(design: StudyDesign, indices: readonly number[] = allTasks(design)): ReplicationTask[] {
  const units = unitsOf(design);
  const weekly = keepsWeekly(design);
  return indices.map((index) => {
    const { unit, replication } = taskPosition(design, index);
    return { scenario: units[unit], replication, weekly };
  });
}

/** Positions 0 … n−1 of every task of the study. */
export function allTasks(design: StudyDesign): number[] {
  return Array.from({ length: taskCount(design) }, (_, i) => i);
}

/** The study's seed (every unit shares it, so replication k of each uses the same random numbers). */
export function seedOf(design: StudyDesign): number {
  return unitsOf(design)[0].seed;
}
