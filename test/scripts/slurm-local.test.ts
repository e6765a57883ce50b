/**
 * scripts/slurm-local.sh: docs/slurm-array.sh's job array and merge on a
 * one-node Slurm on this machine give the folder one machine writes, byte
 * for byte. Runs where Slurm is installed (sbatch on the PATH) or where
 * OMSIM_REQUIRE_SLURM=1 (set by .ci/run, which installs it), where a Slurm
 * that cannot be had is a failure; elsewhere it is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/slurm-local.sh', import.meta.url));
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
