/** `--json` on every command that prints a result, so another tool can read it without parsing words. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOmsim } from '../experiment/support/cli.ts';
import { removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from '../experiment/support/files.ts';

afterAll(removeTemporaryFolders);

/** The commands that print a result (bench prints JSON always; schema prints the JSON Schema; explore and completion print no result). */
const printing = ['run', 'compare', 'sweep', 'plan', 'merge', 'metrics', 'validate', 'validation', 'report'];

describe('--json', () => {
  it.each(printing)('is an option of omsim %s', async (command) => {
    const help = await runOmsim([command, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/\n {2}--json\b/);
  });

  it('makes omsim report print what it drew: the report, its charts and the chart warnings', async () => {
    const folder = temporaryFolder();
    const small = writeScenario(folder, 'small.yaml', smallPrison);
    const out = join(folder, 'run');
    expect((await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', out])).code).toBe(0);
    const result = await runOmsim(['report', out, '--json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { report: string; charts: string[]; warnings: string[] };
    expect(printed).toEqual({ folder: out, report: `${out}/report.html`, charts: expect.arrayContaining(['backlog', 'staff-time', 'workload']), warnings: [] });
  }, 60_000);
});
