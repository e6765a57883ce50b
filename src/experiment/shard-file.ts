/**
 * The text of a shard file: what one machine ran of a study (its records) and
 * everything needed to check it belongs with the other shards and to write
 * the study's folder without the scenario files (the design, seed, version
 * and slice). JSON, with numbers JSON cannot hold (NaN for a metric that
 * could not be computed, ±Infinity, −0) written as strings, so a merged
 * folder is byte for byte what one machine would have written.
 *
 * A shard travels between machines before it is merged, so it is trusted
 * only after checking: it carries a checksum of its contents, and reading it
 * back checks, in order, that it is a shard of this format, that its
 * envelope (slice, design, checksum) and each of its records have the right
 * shape, and that its contents still match the checksum.
 */
import { createHash } from 'node:crypto';
import { unreadableReason } from '../scenario/messages.ts';
import { maxReadBackBytes, readTextFile } from '../scenario/regular-file.ts';
import { keepsWeekly, taskCount, taskPosition, unitsOf, type StudyDesign } from './design.ts';
import { weeksInRun } from '../model/time.ts';
import { ExperimentError } from './errors.ts';
import type { ShardFile } from './formats.ts';
import { checkAgainst, problemText, shownValue, type FieldProblem } from './schema-problems.ts';
import { checksumOf } from './shard-checksum.ts';
import { shardEntrySchema, shardEnvelopeSchema } from './shard-schema.ts';
import type { ReplicationRecord } from './study.ts';

/** The value of the marker field that says a JSON file is an omsim shard, and its format's version (2: the file carries a checksum). */
export const shardFormat = 'omsim-shard/2';

/** The file name of the shard at `index` (from 0) of N, numbered from 1 as --shard is: zero-padded so that a listing sorts in shard order. */
export function shardFileName(index: number, count: number): string {
  const width = String(count).length;
  return `shard-${String(index + 1).padStart(width, '0')}-of-${count}.json`;
}

/** A short hash of the design: shards with equal fingerprints ran the same scenarios with the same settings. */
export function fingerprintOf(design: StudyDesign): string {
  return createHash('sha256').update(JSON.stringify(design)).digest('hex');
}

/** The shard as text, with the checksum of everything in it. */
export function encodeShard(shard: ShardFile): string {
  return encodeJson({ ...shard, checksum: checksumOf(shard) });
}

/** Reads and checks a shard file (a regular file of at most `maxBytes`), or throws an ExperimentError naming the file. */
export function readShardFile(file: string, maxBytes: number = maxReadBackBytes): ShardFile {
  const read = readTextFile(file, maxBytes);
  if ('error' in read) throw new ExperimentError(messages.unreadable(file, unreadableReason(read, maxBytes)));
  return decodeShard(read.text, file);
}

/** Reads a shard file's text, or throws an ExperimentError naming the file (and the record and field at fault). */
export function decodeShard(text: string, file: string): ShardFile {
  // 1. A JSON file marked as a shard of this format.
  const data = parseJson(text, file);
  checkFormat(data, file);
  // 2. The envelope, then each record, so a problem names the replication it is in.
  const envelope = checkAgainst(shardEnvelopeSchema, data);
  if (!envelope.ok) throw new ExperimentError(messages.damaged(file, problemText(envelope.problem)));
  const { checksum, ...contents } = data as ShardFile & { checksum: string };
  const records = envelope.value.records.map((entry, i) => readEntry(entry, i, contents.design, file));
  // 3. The contents as written: an edit (a value changed, a design altered and its fingerprint recomputed) no longer matches the checksum.
  if (checksumOf(contents) !== checksum) throw new ExperimentError(messages.changed(file));
  return { ...contents, records };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ExperimentError(messages.notJson(file));
  }
}

function checkFormat(data: unknown, file: string): void {
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  const version = typeof format === 'string' ? /^omsim-shard\/(\d+)$/.exec(format)?.[1] : undefined;
  if (version === undefined) throw new ExperimentError(messages.notAShard(file));
  const current = Number(shardFormat.split('/')[1]);
  if (Number(version) < current) throw new ExperimentError(messages.older(file, format as string));
  if (Number(version) > current) throw new ExperimentError(messages.newer(file, format as string));
}

/** One entry of the records, checked: its shape, and that its replication is the one its task stands for. */
function readEntry(entry: unknown, index: number, design: StudyDesign, file: string): { task: number; record: ReplicationRecord } {
  const place = placeOf(entry, design);
  const where = place === undefined ? `in records[${index}]` : `in its record of ${place.label} (records[${index}])`;
  // A series longer or shorter than the run it records (a run of N weeks takes N weekly snapshots; a sweep keeps none),
  // checked first: a series of a million weeks would otherwise be checked week by week, and written out, first.
  const series = weeklySeriesOf(entry);
  if (place !== undefined && series !== undefined) {
    const weeks = weeksOf(design, place.task);
    if (series.length !== weeks.count) throw new ExperimentError(messages.damaged(file, `${where}, weekly: expected ${weeks.what}, found ${plural(series.length, 'week')}`));
  }
  const checked = checkAgainst(shardEntrySchema(keepsWeekly(design)), entry);
  if (!checked.ok) throw new ExperimentError(messages.damaged(file, `${where}, ${recordField(checked.problem)}`));
  if (place !== undefined && checked.value.record.replication !== place.replication) {
    const problem = `expected ${place.replication} (the replication of task ${checked.value.task}), found ${shownValue(checked.value.record.replication)}`;
    throw new ExperimentError(messages.damaged(file, `${where}, replication: ${problem}`));
  }
  return checked.value;
}

/** An entry's weekly series, when it has one that is a list. */
function weeklySeriesOf(entry: unknown): readonly unknown[] | undefined {
  const record = typeof entry === 'object' && entry !== null ? (entry as { record?: unknown }).record : undefined;
  const weekly = typeof record === 'object' && record !== null ? (record as { weekly?: unknown }).weekly : undefined;
  return Array.isArray(weekly) ? weekly : undefined;
}

/** How many weeks a task's weekly series holds, and that in words. */
function weeksOf(design: StudyDesign, task: number): { count: number; what: string } {
  if (!keepsWeekly(design)) return { count: 0, what: `no weekly series (a ${design.kind === 'sweep' ? 'sweep' : 'sensitivity analysis'} keeps none)` };
  const years = unitsOf(design)[taskPosition(design, task).unit].horizon.years;
  const count = weeksInRun(years);
  return { count, what: `${plural(count, 'week')} (a horizon of ${years} years)` };
}

/** A count and its noun, which agree: "1 week", "200,000 weeks". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : `${word}s`}`;
}

/** Which replication an entry's task stands for, when its task is a place in the study. */
function placeOf(entry: unknown, design: StudyDesign): { task: number; label: string; replication: number } | undefined {
  const task = typeof entry === 'object' && entry !== null ? (entry as { task?: unknown }).task : undefined;
  if (typeof task !== 'number' || !Number.isInteger(task) || task < 0 || task >= taskCount(design)) return undefined;
  const { unit, replication } = taskPosition(design, task);
  // As the study's folder names them: comparison scenarios from 1 (1-name/), sweep points from 0 (sweep.json).
  const unitLabel = design.kind === 'comparison' ? ` of scenario ${unit + 1}` : design.kind === 'sweep' || design.kind === 'sensitivity' ? ` of point ${unit}` : '';
  return { task, label: `replication ${replication}${unitLabel}`, replication };
}

/** A problem inside an entry, its field named from the record ("metrics[…]", not "record.metrics[…]"). */
function recordField(problem: FieldProblem): string {
  if (problem.field === 'record') return `the record: ${problem.problem}`;
  return problemText({ ...problem, field: problem.field.replace(/^record\.?/, '') });
}

/** Every sentence a shard file's reader says. */
const messages = {
  unreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  notJson: (file: string) => `${file} is not an omsim shard file (it is not JSON)`,
  notAShard: (file: string) => `${file} is not an omsim shard file (format ${shardFormat})`,
  older: (file: string, format: string) =>
    `${file} was written by an older omsim (format ${format}, whose shards carry no checksum), so its contents cannot be checked; run its shard again with this omsim, which writes ${shardFormat}`,
  newer: (file: string, format: string) => `${file} was written by a newer omsim (format ${format}); merge it with that omsim, or run its shard again with this one`,
  damaged: (file: string, problem: string) => `${file} is damaged: ${problem}; run its shard again rather than mend the file`,
  changed: (file: string) =>
    `${file} was changed after omsim wrote it: its contents (design and records) no longer match the SHA-256 checksum it carries; run its shard again rather than edit the file`,
};

/** A record with numbers written as strings turned back into numbers. */
export function decodeRecord(record: ReplicationRecord): ReplicationRecord {
  return {
    replication: record.replication,
    seed: record.seed,
    metrics: numbers(record.metrics),
    weekly: record.weekly.map((week) => ({ week: week.week, values: numbers(week.values) })),
    events: Number(record.events),
  };
}

/** JSON text in which every number JSON cannot hold is written as a string ("NaN", "-Infinity", "-0"); decodeRecord reads them back. */
export function encodeJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !isPlainNumber(v) ? numberText(v) : v))}\n`;
}

function numbers(values: Record<string, number | string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) out[name] = typeof value === 'string' ? Number(value) : value;
  return out;
}

function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function isPlainNumber(value: number): boolean {
  return Number.isFinite(value) && !Object.is(value, -0);
}
