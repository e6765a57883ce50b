/**
 * scripts/slurm-local.sh: docs/slurm-array.sh's job array and merge on a
 * one-node Slurm on this machine give the folder one machine writes, byte
 * for byte. Runs where Slurm is installed (sbatch on the PATH) or where
 * OMSIM_REQUIRE_SLURM=1 (set by .ci/run, which installs it), where a Slurm
 * that cannot be had is a failure; elsewhere it is skipped with a message.
 * Bad requests to docs/slurm-array.sh are refused before anything is
 * submitted (checked everywhere, with an sbatch that only notes its call).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/slurm-local.sh', import.meta.url));
const arrayScript = fileURLToPath(new URL('../../docs/slurm-array.sh', import.meta.url));
const required = process.env.OMSIM_REQUIRE_SLURM === '1';
const installed = spawnSync('sh', ['-c', 'command -v sbatch'], { encoding: 'utf8' }).status === 0;
const installHint = 'Slurm was not found (no sbatch on the PATH). Install it with: sudo apt-get install slurmctld slurmd slurm-client munge, or set OMSIM_REQUIRE_SLURM=1 to have the test install it (as root).';

if (!installed && !required) console.warn(`\nThe Slurm test of docs/slurm-array.sh is skipped. ${installHint}\n`);

describe.runIf(installed || required)('docs/slurm-array.sh on a one-node Slurm', () => {
  it('writes, with 4 array tasks and the merge, the folder one machine writes', () => {
    const result = spawnSync('bash', [script], { encoding: 'utf8', timeout: 540_000 });
    expect(result.status, `exit ${result.status}\n${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('identical');
  }, 600_000);
});

describe('docs/slurm-array.sh with a bad request', () => {
  /** Runs the script with an sbatch on the PATH that only notes it was called. */
  function submit(env: Record<string, string>, ...args: string[]) {
    const folder = mkdtempSync(join(tmpdir(), 'omsim-fake-sbatch-'));
    const called = join(folder, 'called');
    writeFileSync(join(folder, 'sbatch'), `#!/bin/sh\ntouch '${called}'\necho 1\n`);
    chmodSync(join(folder, 'sbatch'), 0o755);
    const result = spawnSync('bash', [arrayScript, ...args], {
      encoding: 'utf8',
      cwd: folder,
      env: { ...process.env, ...env, PATH: `${folder}:${process.env.PATH}`, OMSIM_SLURM_LOGS: join(folder, 'logs') },
    });
    return { ...result, submitted: existsSync(called) };
  }

  it.each([
    [{ OMSIM_SLURM_CPUS: 'four' }, '4', 'OMSIM_SLURM_CPUS must be a whole number of at least 1; found "four"'],
    [{ OMSIM_SLURM_CPUS: '0' }, '4', 'OMSIM_SLURM_CPUS must be a whole number of at least 1; found "0"'],
    [{}, 'eight', 'SHARDS must be a whole number of at least 1; found "eight"'],
  ])('refuses %j with SHARDS %s, exit 2, and submits nothing', (env, shards, why) => {
    const result = submit(env, 'scenarios/baseline.yaml', shards, 'results/x');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(why);
    expect(result.submitted).toBe(false);
  });

  it('submits the array and the merge when the request is good (so the refusals above are not vacuous)', () => {
    const result = submit({ OMSIM_SLURM_CPUS: '2' }, 'scenarios/baseline.yaml', '4', 'results/x');
    expect(result.status, result.stderr).toBe(0);
    expect(result.submitted).toBe(true);
  });
});
