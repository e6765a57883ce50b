/** Runs the omsim command line as a user would, in a chosen folder. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoFolder = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/omsim.js', import.meta.url));

/** Runs `omsim <args>` in `cwd` without colour; returns the exit code and what it printed. */
export function omsim(args: string[], cwd = repoFolder): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
