/**
 * Merging shards: checks that the shard files belong together (same omsim
 * version, scenarios, settings and seed) and that together they hold every
 * slice exactly once, then puts their records back in study order.
 */
import { byUnit, taskCount, type StudyDesign, type UnitRecords } from './design.ts';
import { ExperimentError } from './errors.ts';
import type { ShardFile } from './formats.ts';
import { fingerprintOf, plural } from './shard-file.ts';
import { sliceIndices } from './shards.ts';
import type { ReplicationRecord } from './study.ts';

/** A shard file as read, with the name it was read from (for messages). */
export interface NamedShard {
  file: string;
  shard: ShardFile;
}

/** The merged study: its design, the version that ran it, and each unit's records. */
export interface MergedStudy {
  design: StudyDesign;
  version: string;
  records: UnitRecords;
}

export function mergeShards(shards: readonly NamedShard[]): MergedStudy {
  if (shards.length === 0) throw new ExperimentError('merge needs at least one shard file');
  const first = shards[0];
  sameEverywhere(shards, (s) => s.omsim.version, (v) => `omsim ${v}`, 'were made by different omsim versions; re-run them with one version');
  sameEverywhere(shards, (s) => s.kind, (k) => `a ${k}`, 'come from different kinds of study');
  sameEverywhere(shards, (s) => String(s.seed), (seed) => `seed ${seed}`, 'were run with different seeds');
  for (const { file, shard } of shards) {
    // A file edited by hand (or damaged) no longer matches the fingerprint it carries.
    if (fingerprintOf(shard.design) !== shard.fingerprint) throw new ExperimentError(`${file} is damaged: its scenario no longer matches its fingerprint`);
  }
  sameEverywhere(shards, (s) => s.fingerprint, (f) => `scenario ${f.slice(0, 12)}`, 'come from different scenarios or settings (scenario, --set, replications or sweep values differ)');
  sameEverywhere(shards, (s) => String(s.shard.count), (n) => `${n} shards`, 'split the study into different numbers of shards');
  checkSlices(shards);
  return { design: first.shard.design, version: first.shard.omsim.version, records: gather(shards) };
}

/** Throws when `key` differs between shards, naming a file of each value. */
function sameEverywhere(shards: readonly NamedShard[], key: (s: ShardFile) => string, describe: (value: string) => string, problem: string): void {
  const byValue = new Map<string, string>();
  for (const { file, shard } of shards) if (!byValue.has(key(shard))) byValue.set(key(shard), file);
  if (byValue.size <= 1) return;
  const examples = [...byValue].map(([value, file]) => `${file} (${describe(value)})`).join(', ');
  throw new ExperimentError(`the shards ${problem}: ${examples}`);
}

/** Every slice 0 … N−1 exactly once, each holding exactly the tasks of its slice. */
function checkSlices(shards: readonly NamedShard[]): void {
  const count = shards[0].shard.shard.count;
  const seen = new Map<number, string>();
  for (const { file, shard } of shards) {
    const index = shard.shard.index;
    const earlier = seen.get(index);
    if (earlier !== undefined) throw new ExperimentError(`shard ${index + 1} of ${count} is given twice: ${earlier} and ${file}`);
    seen.set(index, file);
    const expected = sliceIndices(taskCount(shard.design), shard.shard);
    const tasks = shard.records.map((r) => r.task);
    if (tasks.length !== expected.length) {
      throw new ExperimentError(`${file} is incomplete or damaged: shard ${index + 1} of ${count} should hold ${plural(expected.length, 'replication')} and holds ${tasks.length}`);
    }
    if (tasks.some((task, i) => task !== expected[i])) {
      // As many replications as it should hold, but not the ones of its slice.
      const study = taskCount(shard.design);
      throw new ExperimentError(`${file} is damaged: shard ${index + 1} of ${count} should hold ${tasksText(expected)} of the study's ${study} and holds ${tasksText(tasks)}`);
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    // Numbered from 1, as --shard and the file names number them.
    const numbers = missing.map((i) => i + 1);
    const list = numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')} and ${numbers.length - 10} more` : numbers.join(', ');
    throw new ExperimentError(`shard${missing.length > 1 ? 's' : ''} ${list} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing; every shard 1 to ${count} is needed`);
  }
}

/** Task numbers as a message lists them: "task 3", "tasks 0, 2 and 4", the first ten of a long list. */
function tasksText(tasks: readonly number[]): string {
  if (tasks.length === 1) return `task ${tasks[0]}`;
  const shown = tasks.slice(0, 10);
  const rest = tasks.length - shown.length;
  return rest > 0 ? `tasks ${shown.join(', ')} and ${rest} more` : `tasks ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function gather(shards: readonly NamedShard[]): UnitRecords {
  const design = shards[0].shard.design;
  const records: ReplicationRecord[] = new Array(taskCount(design));
  for (const { shard } of shards) for (const entry of shard.records) records[entry.task] = entry.record;
  return byUnit(design, records);
}
