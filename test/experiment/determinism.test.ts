/**
 * Results depend on the scenario and seed alone: a run folder and a sweep
 * folder written with 1 worker thread, with 2, and from 4 shards merged are
 * the same byte for byte. (Each replication is a pure function of its
 * scenario and index, and records are gathered by position, never by the
 * order they finish.)
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { omsim } from './support/cli.ts';
import { folderContents, folderDifferences, smallPrison, temporaryFolder, writeScenario, removeTemporaryFolders } from './support/files.ts';

afterAll(removeTemporaryFolders);

describe.each([
  ['run', (file: string) => ['run', file, '--reps', '5']],
  ['sweep', (file: string) => ['sweep', file, '--vary', 'staff.offenderSupervisors.count=2:4:1', '--reps', '3']],
] as const)('a %s folder', (_kind, command) => {
  let folder: string;
  beforeAll(async () => {
    folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    await omsim([...command(file), '--workers', '1', '--out', join(folder, 'one'), '--quiet']);
    await omsim([...command(file), '--workers', '2', '--out', join(folder, 'two'), '--quiet']);
    for (const k of [1, 2, 3, 4]) await omsim([...command(file), '--workers', '1', '--shard', `${k}/4`, '--out', join(folder, 'shards'), '--quiet']);
    await omsim(['merge', join(folder, 'shards'), '--out', join(folder, 'merged'), '--quiet']);
  });

  it('is the same with 2 worker threads as with 1', () => {
    expect(folderContents(join(folder, 'one')).size).toBeGreaterThanOrEqual(4);
    expect(folderDifferences(join(folder, 'one'), join(folder, 'two'))).toEqual([]);
  });

  it('is the same merged from 4 shards as run on one machine', () => {
    expect(folderContents(join(folder, 'shards')).size).toBe(4);
    expect(folderDifferences(join(folder, 'one'), join(folder, 'merged'))).toEqual([]);
  });
});
