/**
 * scripts/bench-side-by-side.mjs: bad input stops it at once, with exit code
 * 2, a message naming what was wrong and the usage, and no benchmark run.
 * (Its timings are for `npm run bench`-style use, never for a unit test.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/bench-side-by-side.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

function runScript(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });
}

describe('bench-side-by-side', () => {
  it.each([
    [[], 'name the other checkout'],
    [[mkdtempSync(join(tmpdir(), 'omsim-not-a-build-'))], 'bin/omsim.js is missing'],
    [[root, 'mmc'], 'must be one of prison, estate; found "mmc"'],
    [[root, 'prison', '0'], 'pairs must be a whole number of at least 1; found "0"'],
    [[root, 'prison', 'many'], 'found "many"'],
  ])('refuses %j with exit 2 and says why', (args, why) => {
    const result = runScript(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(why);
    expect(result.stderr).toContain('usage: node scripts/bench-side-by-side.mjs');
    expect(result.stdout).toBe('');
  });
});
