/**
 * A sweep killed part-way and resumed with --resume ends with the same files,
 * byte for byte, as one never interrupted, and redoes no point it had
 * finished. The kill is real: the sweep runs as its own process and gets
 * SIGKILL as soon as its first point file appears in the staging folder.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { finished, omsim, runOmsim, startOmsim } from './support/cli.ts';
import { folderDifferences, smallPrison, temporaryFolder, writeScenario, removeTemporaryFolders } from './support/files.ts';

afterAll(removeTemporaryFolders);

const POINTS = 4;
const vary = ['--vary', `staff.offenderSupervisors.count=2:${1 + POINTS}:1`, '--reps', '3'];

/** Resolves once `folder` holds a file, polling every 20 ms (the sweep writes a point about every second). */
async function firstFileIn(folder: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!existsSync(folder) || readdirSync(folder).filter((f) => !f.startsWith('.')).length === 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`no file appeared in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The process's end, or its end by SIGKILL once `ms` have passed (so a process that hangs fails the test rather than stalling it). */
async function endWithin(child: ChildProcess, ms: number) {
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  try {
    return await finished(child);
  } finally {
    clearTimeout(timer);
  }
}

describe('omsim sweep --resume', () => {
  let folder: string;
  let file: string;
  let pointsAtKill: number;
  let resumeMessage = '';

  beforeAll(async () => {
    folder = temporaryFolder();
    file = writeScenario(folder, 'small.yaml', smallPrison);
    const target = join(folder, 'interrupted');
    const points = join(folder, '.interrupted.partial', 'points');
    const child = startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(points);
    child.kill('SIGKILL');
    const end = await ended;
    expect(end.signal).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    pointsAtKill = readdirSync(points).filter((f) => f.endsWith('.json')).length;

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((resumeMessage += String(text)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await omsim(['sweep', file, ...vary, '--workers', '2', '--out', target, '--resume']);
    stderr.mockRestore();
    await omsim(['sweep', file, ...vary, '--workers', '2', '--out', join(folder, 'whole'), '--quiet']);
  });
  afterEach(() => vi.restoreAllMocks());

  it('was killed part-way, with some but not all points finished', () => {
    expect(pointsAtKill).toBeGreaterThanOrEqual(1);
    expect(pointsAtKill).toBeLessThan(POINTS);
  });

  it('redoes none of the points finished before the kill', () => {
    expect(resumeMessage).toContain(`${pointsAtKill} of ${POINTS} points finished, ${POINTS - pointsAtKill} to run`);
  });

  it('ends with the same files as a sweep never interrupted', () => {
    expect(readdirSync(join(folder, 'interrupted'))).toEqual(expect.arrayContaining(['scenario.yaml', 'sweep-replications.csv', 'sweep.csv', 'sweep.json']));
    expect(readdirSync(join(folder, 'interrupted'))).not.toContain('points');
    expect(folderDifferences(join(folder, 'interrupted'), join(folder, 'whole'))).toEqual([]);
    expect(existsSync(join(folder, '.interrupted.partial'))).toBe(false);
  });

  it('refuses to start afresh over an unfinished sweep, or to resume one with other settings', async () => {
    const target = join(folder, 'other');
    const child = startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(join(folder, '.other.partial', 'points'));
    child.kill('SIGKILL');
    await ended;
    await expect(omsim(['sweep', file, ...vary, '--out', target, '--quiet'])).rejects.toThrow(/add --resume/);
    await expect(omsim(['sweep', file, '--vary', 'staff.offenderSupervisors.count=2:9:1', '--reps', '3', '--out', target, '--resume', '--quiet'])).rejects.toThrow(/other settings/);
  });

  it('keeps its finished points until the final folder is in place, so a failure while writing it loses none', async () => {
    const target = join(folder, 'late');
    const staging = join(folder, '.late.partial');
    const child = startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(join(staging, 'points'));
    child.kill('SIGKILL');
    await ended;
    // A file where the report's charts/ folder must go: writing the report fails, after every point is computed.
    writeFileSync(join(staging, 'charts'), 'in the way');
    const failed = await runOmsim(['sweep', file, ...vary, '--workers', '2', '--out', target, '--resume', '--quiet']);
    expect(failed.code).not.toBe(0);
    expect(existsSync(target)).toBe(false);
    rmSync(join(staging, 'charts'));
    const resumed = await runOmsim(['sweep', file, ...vary, '--workers', '2', '--out', target, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`${POINTS} of ${POINTS} points finished, 0 to run`);
    expect(readdirSync(target)).not.toContain('points');
  });

  it('lets one of two --resume of one killed sweep, run at once, finish it, and refuses the other (exit code 2), so no folder is left incomplete', async () => {
    const target = join(folder, 'twice');
    const child = startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(join(folder, '.twice.partial', 'points'));
    child.kill('SIGKILL');
    await ended;
    // The killed sweep's lock names a dead process: both take it over at once, and only one may win.
    const resumes = await Promise.all([1, 2].map(() => runOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--resume', '--quiet'])));
    expect(resumes.map((r) => r.code).sort()).toEqual([0, 2]);
    const refused = resumes.find((r) => r.code === 2);
    // Refused while the other writes it, or (had it started late) once the other has finished it.
    expect(refused?.stderr).toMatch(/^omsim: (another omsim \(process \d+\) is writing the sweep in .*\.twice\.partial now; wait for it to finish|--resume found no unfinished sweep: .*twice is a finished sweep)/);
    expect(refused?.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(target)).toEqual(expect.arrayContaining(['scenario.yaml', 'sweep-replications.csv', 'sweep.csv', 'sweep.json', 'report.html']));
    expect(folderDifferences(target, join(folder, 'whole'))).toEqual([]);
    expect(readdirSync(folder).filter((f) => f.startsWith('.twice'))).toEqual([]);
  });

  it('refuses --resume, exit code 2, saying what it found, where there is no unfinished sweep', async () => {
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const plainFile = join(folder, 'plain.txt');
    writeFileSync(plainFile, 'not a sweep');
    const runFolder = join(folder, 'a-run');
    await omsim(['run', file, '--reps', '2', '--out', runFolder, '--quiet']);
    const cases: [string, RegExp][] = [
      [empty, /is an empty folder/],
      [plainFile, /is a file/],
      [runFolder, /is a folder of other results/],
      [join(folder, 'whole'), /is a finished sweep/],
      [join(folder, 'never-started'), /nothing is in .*\.never-started\.partial, where one would be/],
    ];
    for (const [target, found] of cases) {
      const result = await runOmsim(['sweep', file, ...vary, '--out', target, '--resume', '--quiet']);
      expect(result.code, target).toBe(2);
      expect(result.stderr, target).toMatch(/--resume found no unfinished sweep/);
      expect(result.stderr, target).toMatch(found);
      expect(result.stderr, target).not.toMatch(/\n\s+at /);
    }
  });

  /** A sweep to `name` killed once its first point is saved; returns the target, and the path of that point's file. */
  async function interruptedSweep(name: string): Promise<{ target: string; point: string }> {
    const target = join(folder, name);
    const points = join(folder, `.${name}.partial`, 'points');
    const child = startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(points);
    child.kill('SIGKILL');
    await ended;
    const [first] = readdirSync(points).filter((f) => f.endsWith('.json'));
    return { target, point: join(points, first) };
  }

  it('runs again a finished point whose file was edited, saying so, and ends with the same files as a sweep never interrupted', async () => {
    const { target, point } = await interruptedSweep('edited');
    const saved = JSON.parse(readFileSync(point, 'utf8'));
    saved.records[0].metrics['contacts.deliveredShare'] = 0.123;
    writeFileSync(point, JSON.stringify(saved));
    const resumed = await runOmsim(['sweep', file, ...vary, '--workers', '2', '--out', target, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`omsim: ${point} is not the finished point omsim wrote: its contents no longer match the SHA-256 checksum it carries`);
    expect(folderDifferences(target, join(folder, 'whole'))).toEqual([]);
  });

  it('refuses, exit code 2, at once, a point file that is a named pipe, naming it', async () => {
    const { target, point } = await interruptedSweep('piped');
    rmSync(point);
    execFileSync('mkfifo', [point]);
    const result = await endWithin(startOmsim(['sweep', file, ...vary, '--workers', '1', '--out', target, '--resume', '--quiet']), 30_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`omsim: could not read ${point}: it is not a regular file (a device, a named pipe or a socket)\n`);
  });
});
