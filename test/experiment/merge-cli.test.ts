/**
 * `omsim merge` as a user runs it (`node bin/omsim.js`), on shards that
 * `omsim run --shard` wrote and that were then tampered with: refused in one
 * plain paragraph naming the shard file (and record and field), exit code 2,
 * no stack trace, nothing written.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('refuses a re-checksummed shard whose weekly series runs far past its horizon, naming the record, instead of writing it out', async () => {
    const long = Array.from({ length: 200_000 }, (_, week) => ({ week, values: { backlog: 1 } }));
    const input = tampered('long-weekly', (data) => (data.records[0].record.weekly = long), true);
    expect(await merge(input, join(folder, 'long-out'))).toMatch(
      /^omsim: .*shard-2-of-2\.json is damaged: in its record of replication 1 \(records\[0\]\), weekly: expected 26 weeks \(a horizon of 0\.5 years\), found 200,000 weeks; /,
    );
  });

  it('refuses a device and a named pipe at once, as not regular files, naming them', async () => {
    const pipe = join(folder, 'shard-pipe.json');
    execFileSync('mkfifo', [pipe]);
    expect(await merge('/dev/zero', join(folder, 'zero-out'))).toBe('omsim: cannot read /dev/zero: it is not a regular file (a device, a named pipe or a socket)\n');
    expect(await merge(pipe, join(folder, 'pipe-out'))).toBe(`omsim: cannot read ${pipe}: it is not a regular file (a device, a named pipe or a socket)\n`);
  });

  it('takes --replace, which it suggests when --out exists, and replaces only a results folder', async () => {
    const out = join(folder, 'replaced');
    expect((await runOmsim(['merge', shards, '--out', out, '--quiet'])).code).toBe(0);
    const again = await runOmsim(['merge', shards, '--out', out, '--quiet']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; .* or add --replace/);
    const replaced = await runOmsim(['merge', shards, '--out', out, '--replace', '--quiet']);
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
    const other = join(folder, 'not-results');
    mkdirSync(other);
    const refused = await runOmsim(['merge', shards, '--out', other, '--replace', '--quiet']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--replace replaces only an omsim results folder/);
  });

  it('refuses, after reading the first shard, a study whose results could not be held in memory to be merged, naming --reps and horizon.years', async () => {
    // A shard of a study of 10,000 replications of 50 years (sealed as omsim would have written it).
    const input = tampered(
      'too-large',
      (data) => {
        data.design.scenario.replications = 10_000;
        data.design.scenario.horizon.years = 50;
        data.tasks = 10_000;
        // Its records left out: a real one's weekly series would be 2,608 weeks long, which is what is refused.
        data.records = [];
      },
      true,
      'shard-1-of-2.json',
    );
    expect(await merge(input, join(folder, 'too-large-out'))).toMatch(/^omsim: this run would hold about [\d.]+ GB of results in memory until its folder is written \(10,000 replications × 2,608 weeks .*use fewer replications \(--reps\) or fewer years \(--set horizon\.years=…\)/);
  });
});
