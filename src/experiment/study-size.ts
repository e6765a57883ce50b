/**
 * How much a study's results weigh, estimated from its design before
 * anything runs, so that a study whose results could not be held is refused
 * in words at once rather than after hours of computing:
 *
 * - in memory: every replication's record (its weekly series and its totals)
 *   is held until the study's folder is written, on one machine or by
 *   `omsim merge`;
 * - in a shard file: `omsim merge` reads each shard file back as one text,
 *   and Node cannot hold a text longer than about 512 million characters.
 *
 * The figures are estimates (a scenario reports about as many measures as
 * the bundled ones do); they are meant to stop a study that is many times
 * too large, not to draw a fine line.
 */
import { constants as bufferConstants } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import { WEEK, YEAR } from '../model/time.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { keepsWeekly, replicationsOf, taskPosition, unitsOf, type StudyDesign } from './design.ts';
import { ExperimentError } from './errors.ts';

/** Weekly series a replication reports (the bundled scenarios report 58 to 71). */
export const weeklyMeasuresEstimate = 75;
/** Totals a replication reports (the bundled scenarios report about 170). */
export const totalsEstimate = 175;
/** Bytes one value of a record takes in memory (about 96 measured, for records passed back from worker threads). */
export const bytesPerValueInMemory = 100;
/** Characters one value of a record takes in a shard file (about 33 measured: its name, its number, the punctuation). */
export const charactersPerValueInShard = 40;

/** The share of Node's heap a study's records may take: the rest is for summarising, writing and drawing the report. */
const recordShareOfHeap = 0.5;

/** The memory a study's records may take here: half of what Node may use (its heap limit, which --max-old-space-size sets). */
export function recordMemoryBudget(): number {
  return Math.floor(getHeapStatistics().heap_size_limit * recordShareOfHeap);
}

/** The longest text Node can hold, in characters: the largest shard file `omsim merge` can read. */
export const longestText = bufferConstants.MAX_STRING_LENGTH;

/** Weeks in a replication's weekly series (whole weeks to the horizon, as the model counts them). */
export function weeksOf(scenario: Scenario): number {
  return Math.floor((scenario.horizon.years * YEAR) / WEEK);
}

/** Values one replication of `scenario` holds: its weekly series (when the study keeps them) and its totals. */
function valuesPerReplication(scenario: Scenario, weekly: boolean): number {
  return (weekly ? weeksOf(scenario) * weeklyMeasuresEstimate : 0) + totalsEstimate;
}

/** Values the records of the whole study hold. */
export function studyValues(design: StudyDesign): number {
  const weekly = keepsWeekly(design);
  return unitsOf(design).reduce((sum, scenario) => sum + replicationsOf(design) * valuesPerReplication(scenario, weekly), 0);
}

/** Values the records of the tasks at these flat positions hold (a shard's). */
export function taskValues(design: StudyDesign, indices: readonly number[]): number {
  const units = unitsOf(design);
  const weekly = keepsWeekly(design);
  return indices.reduce((sum, index) => sum + valuesPerReplication(units[taskPosition(design, index).unit], weekly), 0);
}

/**
 * Refuses a study whose records would take more than `memoryBytes` (by
 * default half of what Node may use here), naming what makes it large and
 * what to change.
 */
export function checkStudyFits(design: StudyDesign, memoryBytes = recordMemoryBudget()): void {
  const bytes = studyValues(design) * bytesPerValueInMemory;
  if (bytes > memoryBytes) throw new ExperimentError(messages.tooLarge(design, bytes, memoryBytes));
}

/**
 * Refuses a shard whose file `omsim merge` could not read back: longer than
 * `maxCharacters` (by default the longest text Node can hold), saying how
 * many shards the study needs.
 */
export function checkShardFits(design: StudyDesign, indices: readonly number[], shards: number, maxCharacters = longestText): void {
  const characters = taskValues(design, indices) * charactersPerValueInShard;
  if (characters <= maxCharacters) return;
  const needed = Math.ceil((studyValues(design) * charactersPerValueInShard) / maxCharacters) + 1;
  throw new ExperimentError(messages.shardTooLarge(characters, maxCharacters, shards, Math.max(needed, shards + 1)));
}

const count = (n: number) => n.toLocaleString('en-GB');

/** A size in bytes as a person reads it: "3.4 GB", "812 MB", "20 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** What makes the study's records as large as they are: "750 replications × 260 weeks of about 75 weekly measures, and their totals". */
function shape(design: StudyDesign): string {
  const replications = `${count(replicationsOf(design))} replication${replicationsOf(design) === 1 ? '' : 's'}`;
  if (design.kind === 'sweep' || design.kind === 'sensitivity') return `${count(design.points.length)} point${design.points.length === 1 ? '' : 's'} × ${replications} × about ${totalsEstimate} measures`;
  const weeks = Math.max(...unitsOf(design).map(weeksOf));
  const series = `${replications} × ${unitsOf(design).length > 1 && new Set(unitsOf(design).map(weeksOf)).size > 1 ? 'up to ' : ''}${count(weeks)} weeks of about ${weeklyMeasuresEstimate} weekly measures, and their totals`;
  return design.kind === 'comparison' ? `${design.scenarios.length} scenarios × ${series}` : series;
}

/** The settings that make a study smaller. */
function remedy(design: StudyDesign): string {
  if (design.kind === 'sensitivity') return 'use fewer replications (--reps), fewer factors (--factors) or a smaller design (--trajectories, --base)';
  return design.kind === 'sweep' ? 'use fewer replications (--reps) or fewer points (--vary)' : 'use fewer replications (--reps) or fewer years (--set horizon.years=…)';
}

/** Every sentence the size checks say. */
const messages = {
  tooLarge: (design: StudyDesign, bytes: number, budget: number) =>
    `this ${design.kind === 'sensitivity' ? 'sensitivity analysis' : design.kind} would hold about ${formatBytes(bytes)} of results in memory until its folder is written (${shape(design)}), more than the ${formatBytes(budget)} omsim allows itself here (half of what Node may use); ${remedy(design)}, or let Node use more memory (NODE_OPTIONS=--max-old-space-size=…, in MB)`,
  shardTooLarge: (characters: number, limit: number, shards: number, needed: number) =>
    `this shard's file would be about ${formatBytes(characters)}, more than omsim merge can read back (${formatBytes(limit)}, the longest text Node can hold); split the study into more shards than ${shards} (--shard K/N with N of ${needed} or more), or use fewer replications (--reps)`,
};
