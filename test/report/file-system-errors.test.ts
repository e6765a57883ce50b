/**
 * The file system refusing to write (src/report/file-system-errors.ts), as
 * every command that writes meets it: a full disk is injected by making the
 * writes to one file fail with ENOSPC, as write(2) does when the disk fills.
 * Each command fails in words (exit code 2, no stack trace), leaves no
 * half-written folder, and keeps what it can: results whose report could not
 * be drawn, a sweep's finished points, the shard files of a merge, the
 * folder a report was redrawn in.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exitCodeFor, printError } from '../../src/cli/errors.ts';
import { fileSystemReason, isFileSystemRefusal } from '../../src/report/file-system-errors.ts';
import { omsim } from '../experiment/support/cli.ts';
import { folderContents, removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from '../experiment/support/files.ts';

/** Writes to a file whose name matches `failing` (its temporary name included) fail as on a full disk. */
const disk = vi.hoisted(() => ({ failing: undefined as RegExp | undefined, paths: new Map<number, string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
    disk.paths.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (disk.failing?.test(disk.paths.get(fd) ?? '')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    return (fs.writeSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, openSync, writeSync }, openSync, writeSync };
});

afterAll(removeTemporaryFolders);
afterEach(() => {
  disk.failing = undefined;
  vi.restoreAllMocks();
});

let folder: string;
let small: string;
beforeAll(() => {
  folder = temporaryFolder();
  small = writeScenario(folder, 'small.yaml', smallPrison.replace('replications: 4', 'replications: 2'));
});

/** Runs a command in this process with writes to `failing` refused; the error it fails with, and what the command line prints for it. */
async function withFullDisk(failing: RegExp, args: string[]): Promise<{ error: Error; printed: string; code: number }> {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  disk.failing = failing;
  let error: unknown;
  try {
    await omsim(args);
  } catch (caught) {
    error = caught;
  } finally {
    disk.failing = undefined;
  }
  if (!(error instanceof Error)) throw new Error(`${args.join(' ')} did not fail`);
  let printed = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((printed += String(text)), true));
  printError(error);
  stderr.mockRestore();
  return { error, printed, code: exitCodeFor(error) };
}

/** A clear error: exit code 2, one paragraph, no stack trace. */
function expectClear(failure: { printed: string; code: number }): void {
  expect(failure.code).toBe(2);
  expect(failure.printed).toMatch(/^omsim: .*the disk is full \(ENOSPC\)/);
  expect(failure.printed).not.toMatch(/\n\s+at /);
}

/** Staging folders left in `parent` (there should be none). */
const stagingIn = (parent: string) => readdirSync(parent).filter((name) => name.startsWith('.') && /\.(partial|previous)-/.test(name));

describe('the file system\'s refusals in words', () => {
  it('tells them from bugs, and says them with their code', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    expect(isFileSystemRefusal(full)).toBe(true);
    expect(fileSystemReason(full)).toBe('the disk is full (ENOSPC)');
    expect(isFileSystemRefusal(new TypeError('x is undefined'))).toBe(false);
    expect(isFileSystemRefusal(Object.assign(new Error('exists'), { code: 'EEXIST' }))).toBe(false);
  });
});

describe('a full disk', () => {
  it('omsim run, while writing the results: a clear error, no folder, no staging folder, and it says the results could not be kept', async () => {
    const out = join(folder, 'run-lost');
    const failure = await withFullDisk(/weekly\.csv/, ['run', small, '--out', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toBe(
      `could not write the results into ${out}: the disk is full (ENOSPC). The unfinished folder was removed, and the results, computed in memory, could not be kept. Once there is room, run the same command again: with the same seed it gives the same results.`,
    );
    expect(existsSync(out)).toBe(false);
    expect(stagingIn(folder)).toEqual([]);
  });

  it('omsim run, while drawing the report: the results are kept, whole and without a report, and omsim report draws it later', async () => {
    const out = join(folder, 'run-no-report');
    const failure = await withFullDisk(/report\.html/, ['run', small, '--out', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toBe(`the results are in ${out}, but their report could not be drawn: the disk is full (ENOSPC). Once there is room, draw it with omsim report ${out}.`);
    expect(readdirSync(out).sort()).toEqual(['data-dictionary.csv', 'provenance.json', 'replications.csv', 'scenario.yaml', 'summary.csv', 'summary.json', 'weekly.csv']);
    expect(stagingIn(folder)).toEqual([]);
    await omsim(['report', out, '--quiet']);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('omsim report: the folder is as it was, and no copy is left', async () => {
    const out = join(folder, 'run-no-report');
    const before = folderContents(out);
    const failure = await withFullDisk(/\.png/, ['report', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toBe(`could not redraw the report of ${out}: the disk is full (ENOSPC). The folder is as it was; once there is room, run omsim report again.`);
    expect(folderContents(out)).toEqual(before);
    expect(stagingIn(folder)).toEqual([]);
  });

  it('omsim compare: a clear error, no folder, no staging folder', async () => {
    const out = join(folder, 'compare-lost');
    const failure = await withFullDisk(/comparison\.csv/, ['compare', small, small, '--out', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toMatch(/^could not write the results into .*compare-lost: the disk is full \(ENOSPC\)\. The unfinished folder was removed/);
    expect(existsSync(out)).toBe(false);
    expect(stagingIn(folder)).toEqual([]);
  });

  it('omsim plan: a clear error, no folder, no staging folder', async () => {
    const out = join(folder, 'plan-lost');
    const failure = await withFullDisk(/plan\.json/, ['plan', small, '--vary', 'staff.offenderSupervisors.count', '--min', '1', '--max', '2', '--target', 'reports.unfinishedShare<=60%', '--initial-reps', '2', '--max-reps', '2', '--out', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toMatch(/^could not write the results into .*plan-lost: the disk is full \(ENOSPC\)\./);
    expect(existsSync(out)).toBe(false);
    expect(stagingIn(folder)).toEqual([]);
  });

  it('omsim run --shard: a clear error, and no shard file, whole or in part', async () => {
    const shards = join(folder, 'shards-lost');
    const failure = await withFullDisk(/shard-1-of-2\.json/, ['run', small, '--shard', '1/2', '--out', shards, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toBe(
      `could not write the shard file ${join(shards, 'shard-1-of-2.json')}: the disk is full (ENOSPC). Nothing was written, and this shard's replications, computed in memory, could not be kept: once there is room, run this shard again.`,
    );
    expect(readdirSync(shards)).toEqual([]);
  });

  it('omsim merge: a clear error, no folder, and the shard files untouched', async () => {
    const shards = join(folder, 'shards');
    for (const k of [1, 2]) await omsim(['run', small, '--shard', `${k}/2`, '--out', shards, '--quiet']);
    const before = folderContents(shards);
    const out = join(folder, 'merged-lost');
    const failure = await withFullDisk(/weekly\.csv/, ['merge', shards, '--out', out, '--quiet']);
    expectClear(failure);
    expect(failure.error.message).toBe(`could not write the merged results into ${out}: the disk is full (ENOSPC). The unfinished folder was removed; the shard files are untouched: once there is room, merge them again.`);
    expect(existsSync(out)).toBe(false);
    expect(folderContents(shards)).toEqual(before);
  });

  it('omsim sweep: a clear error, its finished points kept for --resume, which then finishes it without computing them again', async () => {
    const out = join(folder, 'sweep-kept');
    const vary = ['--vary', 'staff.offenderSupervisors.count=2:3:1'];
    const failure = await withFullDisk(/sweep\.csv/, ['sweep', small, ...vary, '--out', out, '--quiet']);
    expectClear(failure);
    const staging = join(folder, '.sweep-kept.partial');
    expect(failure.error.message).toBe(
      `could not write the sweep into ${out}: the disk is full (ENOSPC). Its finished points are kept in ${staging}: once there is room, run the same command with --resume to finish it without computing them again.`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(staging, 'points'))).toHaveLength(2);
    let said = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((said += String(text)), true));
    await omsim(['sweep', small, ...vary, '--out', out, '--resume']);
    expect(said).toContain('2 of 2 points finished, 0 to run');
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['sweep.csv', 'sweep.json', 'report.html']));
  });

  it('omsim explore --out: a clear error, and no folder', async () => {
    const out = join(folder, 'explorer-lost');
    const failure = await withFullDisk(/index\.html/, ['explore', '--out', out]);
    expectClear(failure);
    expect(failure.error.message).toBe(`could not write the explorer into ${out}: the disk is full (ENOSPC). Nothing of this build was kept there; once there is room, build it again.`);
    expect(existsSync(out)).toBe(false);
    expect(stagingIn(folder)).toEqual([]);
  });
});

