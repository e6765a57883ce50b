/** `omsim report <folder>` and the report `omsim run` writes: from the command line, as a user would. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omsim } from '../cli/support.ts';
import { makeRunFolder, scratchFolder } from './fixtures.ts';
import { pngSize } from './png.ts';

describe('omsim report', () => {
  it('redraws a results folder’s report from its files, at the PNG size asked for', () => {
    const folder = makeRunFolder();
    const result = omsim(['report', folder, '--width', '640', '--height', '400']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('report.html (3 charts: backlog, staff-time, workload)');
    expect(pngSize(readFileSync(join(folder, 'charts', 'staff-time.png')))).toEqual({ width: 640, height: 400 });
  });

  it('says plainly when the folder is not a results folder, and exits with code 2', () => {
    const empty = scratchFolder();
    const result = omsim(['report', empty]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^omsim: .* is not an omsim results folder; give the folder that omsim run, compare or sweep wrote\.\n$/);
    expect(omsim(['report', join(empty, 'missing')]).status).toBe(2);
    writeFileSync(join(empty, 'sweep.json'), 'not json');
    expect(omsim(['report', empty]).stderr).toMatch(/sweep\.json is not a results file omsim can read/);
  });

  it('refuses a tampered summary.json with exit code 2, naming the file and field, without a stack trace', () => {
    const folder = makeRunFolder();
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'));
    summary.metrics['contacts.deliveredShare'].mean = 'abc';
    writeFileSync(join(folder, 'summary.json'), JSON.stringify(summary));
    const result = omsim(['report', folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^omsim: .*summary\.json: metrics\["contacts\.deliveredShare"\]\.mean: expected a number, found "abc"\./);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(folder, 'report.html'))).toBe(false);
  });

  it('refuses a scenario name holding an escape character with exit code 2, naming the file and field, without a stack trace', () => {
    const folder = makeRunFolder();
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'));
    summary.scenario.name = 'base\u001b[31mline';
    writeFileSync(join(folder, 'summary.json'), JSON.stringify(summary));
    const result = omsim(['report', folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^omsim: .*summary\.json: scenario\.name: holds a control character \(U\+001B\), which omsim never writes\./);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(folder, 'report.html'))).toBe(false);
  });

  // summary.json is read as one text, weekly.csv in pieces: each opens only a regular file.
  for (const file of ['summary.json', 'weekly.csv']) {
    it(`refuses a ${file} that is a named pipe with exit code 2, at once, naming it`, () => {
      const folder = makeRunFolder();
      rmSync(join(folder, file));
      execFileSync('mkfifo', [join(folder, file)]);
      const result = omsim(['report', folder]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`omsim: could not read ${join(folder, file)}: it is not a regular file (a device, a named pipe or a socket)\n`);
    });
  }

  it('refuses a charts folder that is a symbolic link with exit code 2, writing nothing through it', () => {
    const folder = makeRunFolder();
    const elsewhere = join(scratchFolder(), 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(folder, 'charts'));
    const result = omsim(['report', folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^omsim: .*charts is a symbolic link; /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a PNG size that makes no sense', () => {
    const result = omsim(['report', makeRunFolder(), '--width', '0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--width must be a whole number of pixels');
  });
});

describe('omsim run', () => {
  it('writes the report into the results folder it commits', () => {
    const scenario = join(scratchFolder(), 'tiny.yaml');
    writeFileSync(scenario, 'name: tiny\nhorizon: {years: 0.25}\nreplications: 2\n');
    const out = join(scratchFolder(), 'out');
    const result = omsim(['run', scenario, '--out', out, '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const file of ['report.html', 'methods.md', 'charts/backlog.png', 'charts/staff-time.vl.json', 'charts/workload.svg']) {
      expect([file, existsSync(join(out, file))]).toEqual([file, true]);
    }
    expect(readFileSync(join(out, 'methods.md'), 'utf8')).toContain('Scenario “tiny”');
  });
});
