/**
 * The experiment commands as a user runs them (`node bin/omsim.js …`, each
 * its own process): bad input is refused in plain words with exit code 2 and
 * nothing written, and a study split over a "cluster" of jobs, each finding
 * its shard index where Kubernetes or Slurm puts it, merges into the folder
 * one machine writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { omsim, runOmsim, type Finished } from './support/cli.ts';
import { folderDifferences, smallPrison, temporaryFolder, writeScenario, removeTemporaryFolders } from './support/files.ts';

afterAll(removeTemporaryFolders);

let folder: string;
let small: string;
let other: string;
beforeAll(() => {
  folder = temporaryFolder();
  small = writeScenario(folder, 'small.yaml', smallPrison);
  other = writeScenario(folder, 'other.yaml', smallPrison.replace('count: 3', 'count: 4'));
});

describe('bad input', () => {
  const target = () => join(folder, 'never');
  const cases: [string, () => string[], RegExp][] = [
    ['--reps 0', () => ['run', small, '--reps', '0'], /replications must be a whole number from 1/],
    ['negative --workers', () => ['run', small, '--workers', '-2'], /--workers must be a whole number of at least 1; found -2/],
    ['--shard 3/2', () => ['run', small, '--shard', '3/2'], /--shard 3\/2: the shard index must be from 0 to 1/],
    ['--shards without an index', () => ['sweep', small, '--vary', 'staff.offenderSupervisors.count=2:3:1', '--shards', '2'], /needs this job's shard index/],
    ['compare with 1 replication', () => ['compare', small, other, '--reps', '1'], /need at least 2 replications/],
    ['an unknown metric in --target', () => ['plan', small, '--vary', 'staff.offenderSupervisors.count', '--target', 'reports.unfinishedShar<=0.1'], /did you mean reports\.unfinishedShare\?/],
    ['a sweep value the scenario cannot take', () => ['sweep', small, '--vary', 'staff.offenderSupervisors.count=-1:1:1'], /count must be a whole number from 0 .* found -1/],
    ['a file that is not a shard', () => ['merge', small], /is not an omsim shard file/],
  ];
  let results: Finished[];
  beforeAll(async () => {
    results = await Promise.all(cases.map(([, args]) => runOmsim([...args(), '--out', target()])));
  });

  it.each(cases.map(([name], i) => [name, i] as const))('%s: a clear message, exit code 2, nothing written', (_name, i) => {
    const result = results[i];
    expect(result.stderr).toMatch(cases[i][2]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(existsSync(target())).toBe(false);
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('a run split over cluster jobs', () => {
  it('finds each job\'s shard in JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID and merges to the one-machine folder', async () => {
    const shards = join(folder, 'cluster-shards');
    const jobs = await Promise.all([
      runOmsim(['run', small, '--shards', '2', '--out', shards, '--workers', '2', '--quiet'], { env: { JOB_COMPLETION_INDEX: '0' } }),
      runOmsim(['run', small, '--shards', '2', '--out', shards, '--workers', '1', '--quiet'], { env: { SLURM_ARRAY_TASK_ID: '1' } }),
    ]);
    expect(jobs.map((j) => j.code)).toEqual([0, 0]);
    expect(readdirSync(shards).sort()).toEqual(['shard-0-of-2.json', 'shard-1-of-2.json']);
    const merged = await runOmsim(['merge', shards, '--out', join(folder, 'cluster-merged')]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('merged 2 shards');
    await omsim(['run', small, '--out', join(folder, 'one-machine'), '--workers', '1', '--quiet']);
    expect(folderDifferences(join(folder, 'one-machine'), join(folder, 'cluster-merged'))).toEqual([]);
  });
});

describe('omsim compare', () => {
  it('writes comparison.json, comparison.csv and each scenario\'s run files, and prints the differences', async () => {
    const out = join(folder, 'comparison');
    const result = await runOmsim(['compare', small, other, '--out', out, '--workers', '2']);
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['1-small', '2-small', 'comparison.csv', 'comparison.json', 'report.html']));
    expect(readdirSync(join(out, '2-small'))).toEqual(expect.arrayContaining(['replications.csv', 'scenario.yaml', 'summary.json', 'weekly.csv']));
    expect(result.stdout).toMatch(/cases per supervisor\n {2}small #1 .*\n {2}small #2 .*: (lower|higher|no clear difference)/);
  });
});

describe('--set before the scenario file', () => {
  it('takes one value each time, leaving the file to the positional argument, in run as in the other commands', async () => {
    const out = join(folder, 'set-first');
    const result = await runOmsim(['run', '--set', 'seed=5', '--set', 'replications=2', small, '--out', out, '--workers', '1', '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const asRun = readFileSync(join(out, 'scenario.yaml'), 'utf8');
    expect(asRun).toMatch(/^seed: 5$/m);
    expect(asRun).toMatch(/^replications: 2$/m);
  });
});
