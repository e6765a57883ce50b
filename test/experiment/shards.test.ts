/** Shards: which slice a job runs (from --shard or a scheduler's index), and that the slices split a study exactly. */
import { describe, expect, it } from 'vitest';
import { parseShard, resolveSlice, sliceFromEnvironment, sliceIndices } from '../../src/experiment/shards.ts';
import { shardFileName } from '../../src/experiment/shard-file.ts';

describe('slices', () => {
  it.each([1, 2, 3, 4, 7, 25])('of %i shards cover every task exactly once', (count) => {
    const total = 23;
    const all = Array.from({ length: count }, (_, index) => sliceIndices(total, { index, count })).flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  it('take every Nth task from K', () => {
    expect(sliceIndices(10, { index: 1, count: 4 })).toEqual([1, 5, 9]);
    expect(sliceIndices(2, { index: 3, count: 4 })).toEqual([]);
  });
});

describe('--shard K/N', () => {
  it('counts shards from 1, as jest, vitest and playwright do: 1/4 is the first of four, 4/4 the last', () => {
    expect(parseShard('1/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 4 / 4 ')).toEqual({ index: 3, count: 4 });
  });

  it.each([
    ['3/2', /the shard must be from 1 to 2 \(shards count from 1: --shard 1\/2 is the first\); found 3/],
    ['0/2', /the shard must be from 1 to 2/],
    ['0/0', /number of shards must be a whole number from 1/],
    ['1', /--shard must be K\/N/],
    ['-1/2', /--shard must be K\/N/],
    ['a/b', /--shard must be K\/N/],
  ])('refuses %s', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });
});

describe('--shards N with a scheduler\'s index', () => {
  it('reads a Kubernetes Indexed Job\'s JOB_COMPLETION_INDEX', () => {
    expect(sliceFromEnvironment(4, { JOB_COMPLETION_INDEX: '2' })).toEqual({ index: 2, count: 4 });
  });

  it('reads a Slurm array\'s SLURM_ARRAY_TASK_ID, counted from SLURM_ARRAY_TASK_MIN', () => {
    expect(sliceFromEnvironment(4, { SLURM_ARRAY_TASK_ID: '3' })).toEqual({ index: 3, count: 4 });
    expect(sliceFromEnvironment(4, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({ index: 3, count: 4 });
  });

  it('says where the index should come from when there is none', () => {
    expect(() => sliceFromEnvironment(4, {})).toThrow(/JOB_COMPLETION_INDEX.*SLURM_ARRAY_TASK_ID/);
  });

  it('refuses an index beyond the shards and one that is not a number', () => {
    expect(() => sliceFromEnvironment(4, { JOB_COMPLETION_INDEX: '4' })).toThrow(/the scheduler's index must be from 0 to 3/);
    expect(() => sliceFromEnvironment(4, { SLURM_ARRAY_TASK_ID: 'x' })).toThrow(/must be a whole number/);
  });

  it('prefers --shard, and refuses one that disagrees with --shards', () => {
    expect(resolveSlice({ shard: '2/3' }, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 3 });
    expect(() => resolveSlice({ shard: '1/3', shards: 4 }, {})).toThrow(/disagree/);
    expect(resolveSlice({}, { JOB_COMPLETION_INDEX: '0' })).toBeUndefined();
  });
});

describe('shard file names', () => {
  it('number shards from 1, as --shard does, and sort in shard order', () => {
    expect(shardFileName(3, 12)).toBe('shard-04-of-12.json');
    expect(shardFileName(11, 12)).toBe('shard-12-of-12.json');
    expect(shardFileName(0, 1)).toBe('shard-1-of-1.json');
  });
});
