/**
 * `omsim sensitivity` as a user runs it: a design file's runs in the long
 * table, the same bytes whatever the number of workers; shards merged into
 * the folder one machine writes; and bad input refused before anything runs,
 * in one message with exit code 2 and nothing written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { omsim, runOmsim } from '../support/cli.ts';
import { folderDifferences, removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from '../support/files.ts';

afterAll(removeTemporaryFolders);

const metrics = 'contacts.deliveredShare,reports.unfinishedShare';
let folder: string;
let small: string;
beforeAll(() => {
  folder = temporaryFolder();
  // A quarter of a year, two replications: quick enough to run a few dozen points.
  small = writeScenario(folder, 'small.yaml', smallPrison.replace('years: 0.5', 'years: 0.25').replace('replications: 4', 'replications: 2'));
});

/** A design of `rows` points over two factors, as SALib would write it. */
function designFile(name: string, rows: number): string {
  const lines = ['redeployment.shiftProbability,contacts.recordingMinutes'];
  for (let i = 0; i < rows; i++) lines.push(`${(0.02 + (0.48 * i) / (rows - 1)).toFixed(4)},${10 + ((i * 7) % 36)}`);
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('omsim sensitivity --design', () => {
  it('writes one row per point × replication × metric, byte for byte the same with 1 worker and with 2', async () => {
    const design = designFile('twenty.csv', 20);
    for (const workers of ['1', '2']) await omsim(['sensitivity', small, '--design', design, '--metrics', metrics, '--workers', workers, '--out', join(folder, `design-${workers}`), '--quiet']);
    const runs = readFileSync(join(folder, 'design-1', 'sensitivity-runs.csv'), 'utf8').trimEnd().split('\n');
    expect(runs[0]).toBe('point,replication,metric,value');
    expect(runs).toHaveLength(1 + 20 * 2 * 2);
    const keys = runs.slice(1).map((line) => line.split(',').slice(0, 3).join(','));
    expect(new Set(keys).size).toBe(80);
    expect(keys[79]).toBe('19,1,reports.unfinishedShare');
    expect(folderDifferences(join(folder, 'design-1'), join(folder, 'design-2'))).toEqual([]);
  }, 120_000);
});

describe('a Morris analysis', () => {
  const args = () => ['sensitivity', small, '--method', 'morris', '--factors', 'redeployment.shiftProbability,contacts.recordingMinutes', '--trajectories', '3', '--metrics', metrics, '--quiet'];
  beforeAll(() => omsim([...args(), '--workers', '1', '--out', join(folder, 'one-machine')]), 60_000);

  it('gives, merged from 2 shards, the folder one machine writes', async () => {
    for (const k of [1, 2]) await omsim([...args(), '--shard', `${k}/2`, '--out', join(folder, 'shards')]);
    expect(readdirSync(join(folder, 'shards')).sort()).toEqual(['shard-1-of-2.json', 'shard-2-of-2.json']);
    await omsim(['merge', join(folder, 'shards'), '--out', join(folder, 'merged'), '--quiet']);
    expect(existsSync(join(folder, 'one-machine', 'sensitivity.csv'))).toBe(true);
    expect(folderDifferences(join(folder, 'one-machine'), join(folder, 'merged'))).toEqual([]);
  }, 120_000);

  it('runs its own design.csv again as a design file, giving the same runs', async () => {
    const again = join(folder, 'again');
    await omsim(['sensitivity', small, '--design', join(folder, 'one-machine', 'design.csv'), '--metrics', metrics, '--out', again, '--quiet']);
    const runs = (f: string) => readFileSync(join(f, 'sensitivity-runs.csv'), 'utf8');
    expect(runs(again).split('\n').length).toBeGreaterThan(30);
    expect(runs(again)).toBe(runs(join(folder, 'one-machine')));
  }, 60_000);

  it('has its report redrawn by omsim report from the folder alone, the same bytes', async () => {
    const copy = join(folder, 'redrawn');
    cpSync(join(folder, 'one-machine'), copy, { recursive: true });
    rmSync(join(copy, 'report.html'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await omsim(['report', copy]);
    vi.restoreAllMocks();
    expect(readdirSync(join(copy, 'charts'))).toContain('sensitivity-morris-contacts-deliveredShare.svg');
    expect(folderDifferences(join(folder, 'one-machine'), copy)).toEqual([]);
  });
});

describe('omsim sensitivity refuses bad input before it runs', () => {
  async function refused(args: string[]): Promise<string> {
    const out = join(folder, `refused-${Math.random().toString(36).slice(2)}`);
    const result = await runOmsim(['sensitivity', small, ...args, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
    return result.stderr;
  }

  it('an unknown method', async () => {
    expect(await refused(['--method', 'fast'])).toBe('omsim: --method must be one of oat, morris, sobol; found "fast"\n');
  });

  it('a factor that is not one, with the nearest', async () => {
    expect(await refused(['--factors', 'redeployment.shiftProbabilty'])).toMatch(/^omsim: --factors names redeployment\.shiftProbabilty, which is not a factor: .*; did you mean redeployment\.shiftProbability\?\n$/);
  });

  it('a factor the scenario holds fixed', async () => {
    const fixing = writeScenario(folder, 'fixing.yaml', `${smallPrison}sensitivity:\n  fixed: [redeployment.shiftProbability]\n`);
    const result = await runOmsim(['sensitivity', fixing, '--factors', 'redeployment.shiftProbability', '--out', join(folder, 'fixed-out')]);
    expect([result.code, result.stderr]).toEqual([2, 'omsim: --factors names redeployment.shiftProbability, which the scenario holds fixed (sensitivity.fixed); remove it there to vary it\n']);
  });

  it('an unknown metric, with the nearest', async () => {
    expect(await refused(['--metrics', 'contacts.deliverdShare'])).toMatch(/^omsim: --metrics names no metric: contacts\.deliverdShare; did you mean contacts\.deliveredShare\?\n$/);
  });

  it('a design file with a column that names no parameter and a cell that is not a number, each by line and column', async () => {
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'redeployment.shiftProbabilty,contacts.recordingMinutes\n0.1,20\n0.2,twenty\n0.3\n');
    expect((await refused(['--design', bad])).split('\n')).toEqual([
      `omsim: the design file ${bad} cannot be run (3 problems):`,
      `  - ${bad}:1, column 1: redeployment.shiftProbabilty names no parameter; did you mean redeployment.shiftProbability?`,
      `  - ${bad}:3, column 2 (contacts.recordingMinutes): expected a number, or nothing for the scenario's value; found "twenty"`,
      `  - ${bad}:4: expected 2 values, one per column of the header; found 1`,
      '',
    ]);
  });

  it('a design file whose value the parameter cannot take, by its line', async () => {
    const bad = join(folder, 'out-of-range.csv');
    writeFileSync(bad, 'redeployment.shiftProbability\n0.1\n1.5\n');
    expect(await refused(['--design', bad])).toMatch(new RegExp(`^omsim: the design file .*out-of-range\\.csv cannot be run \\(1 problem\\):\\n  - .*out-of-range\\.csv:3: redeployment\\.shiftProbability must be a number from 0 to 1; found 1\\.5\\n$`));
  });

  it('a design file that is missing', async () => {
    expect(await refused(['--design', join(folder, 'nowhere.csv')])).toMatch(/^omsim: cannot read the design file .*nowhere\.csv: no such file\n$/);
  });

  it('an option of another method', async () => {
    expect(await refused(['--method', 'oat', '--trajectories', '20'])).toBe('omsim: --trajectories is for --method morris; this analysis is --method oat\n');
    expect(await refused(['--design', designFile('three.csv', 3), '--factors', 'contacts.recordingMinutes'])).toBe(
      'omsim: --factors is for --method oat, morris or sobol (a design file names its factors in its header); this analysis is a design file (--design)\n',
    );
  });

  it('--design with --method', async () => {
    expect(await refused(['--design', designFile('two.csv', 2), '--method', 'oat'])).toBe('omsim: --design runs a design made elsewhere, so it takes no --method; give one or the other\n');
  });
});
