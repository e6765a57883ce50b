/**
 * The text of a shard file: what one machine ran of a study (its records) and
 * everything needed to check it belongs with the other shards and to write
 * the study's folder without the scenario files (the design, seed, version
 * and slice). JSON, with numbers JSON cannot hold (NaN for a metric that
 * could not be computed, ±Infinity, −0) written as strings, so a merged
 * folder is byte for byte what one machine would have written.
 */
import { createHash } from 'node:crypto';
import type { StudyDesign } from './design.ts';
import { ExperimentError } from './errors.ts';
import type { ShardFile } from './formats.ts';
import type { ReplicationRecord } from './study.ts';

/** The value of the marker field that says a JSON file is an omsim shard, and its format's version. */
export const shardFormat = 'omsim-shard/1';

/** The file name of shard K of N: zero-padded so that a listing sorts in shard order. */
export function shardFileName(index: number, count: number): string {
  const width = String(count - 1).length;
  return `shard-${String(index).padStart(width, '0')}-of-${count}.json`;
}

/** A short hash of the design: shards with equal fingerprints ran the same scenarios with the same settings. */
export function fingerprintOf(design: StudyDesign): string {
  return createHash('sha256').update(JSON.stringify(design)).digest('hex');
}

/** The shard as text. */
export function encodeShard(shard: ShardFile): string {
  return encodeJson(shard);
}

/** Reads a shard file's text, or throws an ExperimentError naming the file. */
export function decodeShard(text: string, file: string): ShardFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ExperimentError(`${file} is not an omsim shard file (it is not JSON)`);
  }
  const shard = data as ShardFile;
  if (typeof data !== 'object' || data === null || shard.format !== shardFormat) {
    throw new ExperimentError(`${file} is not an omsim shard file (format ${shardFormat})`);
  }
  if (!Array.isArray(shard.records) || typeof shard.shard?.index !== 'number' || typeof shard.shard?.count !== 'number') {
    throw new ExperimentError(`${file} is damaged: its slice or records are missing`);
  }
  for (const entry of shard.records) entry.record = decodeRecord(entry.record);
  return shard;
}

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
