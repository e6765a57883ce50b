/**
 * Merging shard files: shards that belong together give back every record in
 * study order, numbers JSON cannot hold survive the trip, and shards from
 * different versions, scenarios or seeds, or with a slice missing or given
 * twice, are refused with a message that says which.
 */
import { describe, expect, it } from 'vitest';
import { taskCount, type RunDesign } from '../../src/experiment/design.ts';
import type { ShardFile } from '../../src/experiment/formats.ts';
import { mergeShards, type NamedShard } from '../../src/experiment/merge.ts';
import { decodeShard, encodeShard, fingerprintOf, shardFormat } from '../../src/experiment/shard-file.ts';
import { sliceIndices } from '../../src/experiment/shards.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

/** A made-up record: its metrics tell which replication it is, with the awkward numbers too. */
function record(k: number): ReplicationRecord {
  return { replication: k, seed: `1.${k}`, metrics: { k, ratio: k === 2 ? NaN : k / 3, zero: -0, big: Infinity }, weekly: [{ week: 0, values: { k, odd: NaN } }], events: 100 + k };
}

/** A run of five replications, one week long (as the records' weekly series are). */
function design(overrides: Record<string, unknown> = {}): RunDesign {
  return { kind: 'run', scenario: scenarioSchema.parse({ replications: 5, horizon: { years: 0.02 }, ...overrides }) };
}

/** Shard `index` of `count` of a design, written and read back as a file would be; `holding` gives it other tasks than its slice's. */
function shard(index: number, count: number, d: RunDesign = design(), version = '0.1.0', holding?: number[]): NamedShard {
  const tasks = taskCount(d);
  const file: ShardFile = {
    format: shardFormat,
    omsim: { version },
    kind: d.kind,
    seed: d.scenario.seed,
    fingerprint: fingerprintOf(d),
    shard: { index, count },
    tasks,
    design: d,
    records: (holding ?? sliceIndices(tasks, { index, count })).map((task) => ({ task, record: record(task) })),
  };
  const name = `shard-${index}-of-${count}.json`;
  return { file: name, shard: decodeShard(encodeShard(file), name) };
}

describe('mergeShards', () => {
  it('puts the records of every shard back in replication order', () => {
    const merged = mergeShards([shard(2, 3), shard(0, 3), shard(1, 3)]);
    expect(merged.records[0].map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    expect(merged.version).toBe('0.1.0');
  });

  it('keeps NaN, Infinity and −0 through the shard file', () => {
    const [records] = mergeShards([shard(0, 1)]).records;
    expect(records[2].metrics.ratio).toBeNaN();
    expect(records[1].metrics.ratio).toBe(1 / 3);
    expect(Object.is(records[0].metrics.zero, -0)).toBe(true);
    expect(records[0].metrics.big).toBe(Infinity);
    expect(records[0].weekly[0].values.odd).toBeNaN();
  });

  it('refuses a missing slice, naming it', () => {
    expect(() => mergeShards([shard(0, 3), shard(2, 3)])).toThrow('shard 2 of 3 is missing; every shard 1 to 3 is needed');
  });

  it('refuses a slice given twice', () => {
    expect(() => mergeShards([shard(0, 2), shard(1, 2), shard(1, 2)])).toThrow(/shard 2 of 2 is given twice/);
  });

  it('refuses shards of different omsim versions', () => {
    expect(() => mergeShards([shard(0, 2), shard(1, 2, design(), '0.2.0')])).toThrow(/different omsim versions.*0\.1\.0.*0\.2\.0/);
  });

  it('refuses shards run with different seeds', () => {
    expect(() => mergeShards([shard(0, 2), shard(1, 2, design({ seed: 9 }))])).toThrow(/different seeds/);
  });

  it('refuses shards of different scenarios', () => {
    expect(() => mergeShards([shard(0, 2), shard(1, 2, design({ name: 'another prison' }))])).toThrow(/different scenarios or settings/);
  });

  it('refuses a shard holding the replications of another slice, saying which it should hold and which it holds', () => {
    const shards = [shard(0, 5, design(), '0.1.0', [1]), shard(1, 5), shard(2, 5), shard(3, 5), shard(4, 5)];
    expect(() => mergeShards(shards)).toThrow("shard-0-of-5.json is damaged: shard 1 of 5 should hold task 0 of the study's 5 and holds task 1");
  });

  it('refuses a shard holding too few replications, counting them in words that agree', () => {
    expect(() => mergeShards([shard(0, 5, design(), '0.1.0', []), shard(1, 5), shard(2, 5), shard(3, 5), shard(4, 5)])).toThrow(
      'shard-0-of-5.json is incomplete or damaged: shard 1 of 5 should hold 1 replication and holds 0',
    );
  });

  it('refuses shards that split the study differently', () => {
    expect(() => mergeShards([shard(0, 2), shard(1, 3)])).toThrow(/different numbers of shards/);
  });

  it('refuses a shard edited after it was written, and a file that is not a shard', () => {
    const edited = shard(1, 2);
    edited.shard.design = design({ replications: 5, name: 'other' });
    expect(() => mergeShards([shard(0, 2), edited])).toThrow(/damaged/);
    expect(() => decodeShard('{"a":1}', 'x.json')).toThrow(/x.json is not an omsim shard file/);
    expect(() => decodeShard('name: x', 'x.yaml')).toThrow(/not JSON/);
  });
});
