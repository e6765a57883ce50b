/**
 * `omsim merge` as a user runs it (`node bin/omsim.js`), on shards that
 * `omsim run --shard` wrote and that were then tampered with: refused in one
 * plain paragraph naming the shard file (and record and field), exit code 2,
 * no stack trace, nothing written.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/experiment/shard-checksum.ts';
import { runOmsim } from './support/cli.ts';
import { removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from './support/files.ts';

afterAll(removeTemporaryFolders);

let folder: string;
let shards: string;
beforeAll(async () => {
  folder = temporaryFolder();
  const small = writeScenario(folder, 'small.yaml', smallPrison.replace('replications: 4', 'replications: 2'));
  shards = join(folder, 'shards');
  const jobs = await Promise.all([1, 2].map((k) => runOmsim(['run', small, '--shard', `${k}/2`, '--out', shards, '--workers', '1', '--quiet'])));
  expect(jobs.map((j) => j.stderr)).toEqual(['', '']);
});

/** A copy of the shards with shard 1 edited; `reseal` recomputes its checksum, as someone covering their tracks would. */
function tampered(name: string, edit: (data: any) => void, reseal = false, shard = 'shard-2-of-2.json'): string {
  const copy = join(folder, name);
  cpSync(shards, copy, { recursive: true });
  const file = join(copy, shard);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  if (reseal) {
    delete data.checksum;
    data.checksum = checksumOf(data);
  }
  writeFileSync(file, JSON.stringify(data));
  return copy;
}

async function merge(input: string, out: string) {
  const result = await runOmsim(['merge', input, '--out', out]);
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
  return result.stderr;
}

describe('omsim merge', () => {
  it('refuses a shard whose metric was edited, naming the file', async () => {
    const input = tampered('edited', (data) => (data.records[0].record.metrics['contacts.deliveredShare'] = 0.5));
    expect(await merge(input, join(folder, 'edited-out'))).toMatch(/^omsim: .*shard-2-of-2\.json was changed after omsim wrote it: /);
  });

  it('refuses a null record, naming the file and the record, instead of failing with a TypeError', async () => {
    const input = tampered('null-record', (data) => (data.records[0].record = null), true);
    expect(await merge(input, join(folder, 'null-out'))).toMatch(
      /^omsim: .*shard-2-of-2\.json is damaged: in its record of replication 1 \(records\[0\]\), the record: expected an object, found null; /,
    );
  });

  it('refuses, after reading the first shard, a study whose results could not be held in memory to be merged, naming --reps and horizon.years', async () => {
    // A shard of a study of 10,000 replications of 50 years (sealed as omsim would have written it).
    const input = tampered(
      'too-large',
      (data) => {
        data.design.scenario.replications = 10_000;
        data.design.scenario.horizon.years = 50;
        data.tasks = 10_000;
      },
      true,
      'shard-1-of-2.json',
    );
    expect(await merge(input, join(folder, 'too-large-out'))).toMatch(/^omsim: this run would hold about [\d.]+ GB of results in memory until its folder is written \(10,000 replications × 2,608 weeks .*use fewer replications \(--reps\) or fewer years \(--set horizon\.years=…\)/);
  });
});
