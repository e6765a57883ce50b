/**
 * src/experiment/shard-file.ts: a shard file carries a checksum of its
 * contents and is trusted only after checking, so a shard edited on its way
 * to the merge, damaged, or written by an older omsim is refused with a
 * message naming the file and, where it applies, the record and field.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { taskCount, type RunDesign } from '../../src/experiment/design.ts';
import { ExperimentError } from '../../src/experiment/errors.ts';
import type { ShardFile } from '../../src/experiment/formats.ts';
import { checksumOf } from '../../src/experiment/shard-checksum.ts';
import { decodeShard, encodeShard, fingerprintOf, readShardFile, shardFormat } from '../../src/experiment/shard-file.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';
import { removeTemporaryFolders, temporaryFolder } from './support/files.ts';

afterAll(removeTemporaryFolders);

const file = 'shards/shard-1-of-1.json';

function record(k: number): ReplicationRecord {
  return { replication: k, seed: `1.${k}`, metrics: { 'contacts.deliveredShare': k / 4, odd: NaN, zero: -0 }, weekly: [{ week: 0, values: { backlog: k } }, { week: 1, values: { backlog: k + 1 } }], events: 100 + k };
}

/** The text of the only shard of a run of three replications, two weeks long (as the records' weekly series are). */
function shardText(): string {
  const design: RunDesign = { kind: 'run', scenario: scenarioSchema.parse({ replications: 3, horizon: { years: 0.04 } }) };
  const shard: ShardFile = {
    format: shardFormat,
    omsim: { version: '0.1.0' },
    kind: 'run',
    seed: design.scenario.seed,
    fingerprint: fingerprintOf(design),
    shard: { index: 0, count: 1 },
    tasks: taskCount(design),
    design,
    records: [0, 1, 2].map((task) => ({ task, record: record(task) })),
  };
  return encodeShard(shard);
}

/** The shard's text after `edit`, its checksum left as it was. */
function edited(edit: (data: any) => void): string {
  const data = JSON.parse(shardText());
  edit(data);
  return JSON.stringify(data);
}

/** The shard's text after `edit`, with its checksum recomputed: only the checks of shape can catch it. */
function editedAndResealed(edit: (data: any) => void): string {
  const { checksum: _, ...contents } = JSON.parse(edited(edit));
  return JSON.stringify({ ...contents, checksum: checksumOf(contents) });
}

describe('a shard file', () => {
  it('carries the SHA-256 checksum of its contents, and reads back as written', () => {
    const data = JSON.parse(shardText());
    expect(data.format).toBe('omsim-shard/2');
    expect(data.checksum).toMatch(/^[0-9a-f]{64}$/);
    const shard = decodeShard(shardText(), file);
    expect(shard.records.map((r) => r.record.events)).toEqual([100, 101, 102]);
    expect(shard.records[0].record.metrics.odd).toBeNaN();
  });

  it('is refused when a record was changed after it was written', () => {
    const text = edited((data) => (data.records[1].record.metrics['contacts.deliveredShare'] = 0.99));
    expect(() => decodeShard(text, file)).toThrow(`${file} was changed after omsim wrote it`);
  });

  it('is refused when its design was changed and its fingerprint recomputed to match', () => {
    const text = edited((data) => {
      data.design.scenario.name = 'another prison';
      data.fingerprint = fingerprintOf(data.design);
    });
    expect(() => decodeShard(text, file)).toThrow(`${file} was changed after omsim wrote it`);
  });

  it('is refused when an older omsim wrote it without a checksum, with a request to run it again', () => {
    const text = edited((data) => {
      data.format = 'omsim-shard/1';
      delete data.checksum;
    });
    expect(() => decodeShard(text, file)).toThrow(/was written by an older omsim \(format omsim-shard\/1, .*\), so its contents cannot be checked; run its shard again/);
  });

  it.each<[string, (data: any) => void, string]>([
    ['a null record', (d) => (d.records[1].record = null), 'in its record of replication 1 (records[1]), the record: expected an object, found null'],
    ['an empty record', (d) => (d.records[1].record = {}), 'in its record of replication 1 (records[1]), replication: expected a number, found nothing'],
    ['a metric that is not a number', (d) => (d.records[2].record.metrics['contacts.deliveredShare'] = 'abc'), 'in its record of replication 2 (records[2]), metrics["contacts.deliveredShare"]: expected a number, found "abc"'],
    ['a metric with no value', (d) => (d.records[0].record.metrics.zero = null), 'in its record of replication 0 (records[0]), metrics.zero: expected a number, found null'],
    ['a record with no metrics', (d) => (d.records[0].record.metrics = {}), "metrics: expected the replication's metrics, found an empty object"],
    ['an emptied weekly series', (d) => (d.records[1].record.weekly = []), 'in its record of replication 1 (records[1]), weekly: expected 2 weeks (a horizon of 0.04 years), found 0 weeks'],
    ['a week dropped from the weekly series', (d) => d.records[1].record.weekly.shift(), 'weekly: expected 2 weeks (a horizon of 0.04 years), found 1 week'],
    ['two weeks swapped in the weekly series', (d) => d.records[1].record.weekly.reverse(), 'weekly[0].week: expected week 0 (weeks are numbered from 0, in order), found 1'],
    [
      'a weekly series of 200,000 weeks in a run of 2',
      (d) => (d.records[2].record.weekly = Array.from({ length: 200_000 }, (_, week) => ({ week, values: { backlog: 1 } }))),
      'in its record of replication 2 (records[2]), weekly: expected 2 weeks (a horizon of 0.04 years), found 200,000 weeks',
    ],
    ['a count of the wrong type', (d) => (d.records[1].record.events = 'many'), 'events: expected a number, found "many"'],
    ['a record moved to another replication', (d) => (d.records[1].record.replication = 2), 'in its record of replication 1 (records[1]), replication: expected 1 (the replication of task 1), found 2'],
    ['a slice of the wrong type', (d) => (d.shard.count = 'one'), 'shard.count: expected a number, found "one"'],
  ])('with %s (its checksum recomputed) is refused, naming the file, record and field', (_case, edit, problem) => {
    const read = () => decodeShard(editedAndResealed(edit), file);
    expect(read).toThrow(ExperimentError);
    expect(read).toThrow(`${file} is damaged: `);
    expect(read).toThrow(problem);
  });
});

describe('reading a shard file from disk', () => {
  it('refuses a device and a named pipe at once, as not regular files, naming the file', () => {
    const pipe = join(temporaryFolder(), 'shard-1-of-1.json');
    execFileSync('mkfifo', [pipe]);
    for (const path of ['/dev/zero', pipe]) {
      expect(() => readShardFile(path)).toThrow(ExperimentError);
      expect(() => readShardFile(path)).toThrow(`cannot read ${path}: it is not a regular file (a device, a named pipe or a socket)`);
    }
  });

  it('refuses a file over the byte limit, saying the limit, and reads one within it', () => {
    const path = join(temporaryFolder(), 'shard-1-of-1.json');
    writeFileSync(path, shardText());
    expect(() => readShardFile(path, 1_000)).toThrow(`cannot read ${path}: it is larger than 1,000 bytes`);
    expect(readShardFile(path, 1_000_000).records).toHaveLength(3);
  });

  it('refuses bytes that are not UTF-8, with the offset of the first', () => {
    const path = join(temporaryFolder(), 'shard-1-of-1.json');
    writeFileSync(path, Buffer.concat([Buffer.from('{"format": "omsim-shard/2", "x": "'), Buffer.from([0xff]), Buffer.from('"}')]));
    expect(() => readShardFile(path)).toThrow(`cannot read ${path}: it is not UTF-8 text (byte 34, counting from 0, is not part of a UTF-8 character)`);
  });
});
