/**
 * A sensitivity analysis killed part-way and resumed with --resume ends with
 * the same files, byte for byte, as one never interrupted, and redoes no point
 * it had finished (the runner a sweep uses: test/experiment/resume.test.ts).
 * The kill is real: SIGKILL as soon as the first point file appears.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { finished, omsim, startOmsim } from '../support/cli.ts';
import { folderDifferences, removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from '../support/files.ts';

afterAll(removeTemporaryFolders);
afterEach(() => vi.restoreAllMocks());

/** One at a time over two factors: the scenario as written and each factor at each end, 5 points. */
const POINTS = 5;
const study = ['--method', 'oat', '--factors', 'redeployment.shiftProbability,contacts.recordingMinutes', '--metrics', 'contacts.deliveredShare', '--reps', '3'];

/** Resolves once `folder` holds a finished file, polling every 20 ms, or fails after `timeoutMs` (a file being written is hidden until renamed into place). */
async function firstFileIn(folder: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!existsSync(folder) || readdirSync(folder).filter((f) => !f.startsWith('.')).length === 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`no file appeared in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('omsim sensitivity --resume', () => {
  it('finishes a killed analysis without redoing its finished points, as one never interrupted', async () => {
    const folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    const target = join(folder, 'interrupted');
    const points = join(folder, '.interrupted.partial', 'points');
    const child = startOmsim(['sensitivity', file, ...study, '--workers', '1', '--out', target, '--quiet']);
    const ended = finished(child);
    await firstFileIn(points);
    child.kill('SIGKILL');
    expect((await ended).signal).toBe('SIGKILL');
    const atKill = readdirSync(points).filter((f) => f.endsWith('.json')).length;
    expect(atKill).toBeGreaterThanOrEqual(1);
    expect(atKill).toBeLessThan(POINTS);

    let said = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((said += String(text)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await omsim(['sensitivity', file, ...study, '--workers', '2', '--out', target, '--resume']);
    vi.restoreAllMocks();
    expect(said).toContain(`${atKill} of ${POINTS} points finished, ${POINTS - atKill} to run`);
    await omsim(['sensitivity', file, ...study, '--workers', '2', '--out', join(folder, 'whole'), '--quiet']);
    expect(readdirSync(target)).not.toContain('points');
    expect(folderDifferences(target, join(folder, 'whole'))).toEqual([]);
  }, 120_000);
});
