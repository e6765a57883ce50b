import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omsim, repoFolder } from './support.ts';

/** A folder holding one valid and one broken scenario. */
function scenarioFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-cli-'));
  writeFileSync(join(folder, 'good.yaml'), 'name: good\n');
  writeFileSync(join(folder, 'bad.yaml'), ['name: bad', 'seed: -1', 'staff:', '  offenderSupervisors: { cuont: 3 }', 'extends: missing.yaml', ''].join('\n'));
  writeFileSync(join(folder, 'broken.yaml'), ['name: broken', 'seed: 1', 'seed: 2', ''].join('\n'));
  return folder;
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('cli/commands/validate', () => {
  it('prints each file’s verdict as JSON with --json, each problem and warning with file, line, column, code, path and message, and exits as without it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'omsim-validate-json-'));
    writeFileSync(join(folder, 'bad.yaml'), 'staff:\n  offenderSupervisors:\n    count: -3\n');
    const bad = omsim(['validate', 'bad.yaml', '--json'], folder);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('');
    const [verdict] = JSON.parse(bad.stdout).files;
    expect(verdict).toMatchObject({ file: 'bad.yaml', valid: false, warnings: [] });
    expect(verdict.problems).toEqual([
      { file: 'bad.yaml', line: 3, column: 12, code: 'tooSmall', path: 'staff.offenderSupervisors.count', message: expect.stringMatching(/^staff\.offenderSupervisors\.count must be a whole number from 0 to 100,000; found -3 \(bad\.yaml:3:12\)$/) },
    ]);
    const good = omsim(['validate', 'scenarios/baseline.yaml', '--json']);
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).files[0]).toMatchObject({ file: 'scenarios/baseline.yaml', valid: true, problems: [] });
  });

  it('prints ok for bundled scenarios of 2011 and 2024 and exits 0 with no warning: each keeps to the figures of the era it states', () => {
    const { status, stdout, stderr } = omsim(['validate', 'scenarios/baseline.yaml', 'scenarios/national-estate.yaml']);
    expect(stdout).toBe('ok scenarios/baseline.yaml\nok scenarios/national-estate.yaml\n');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    // The baseline, of 2011, stated to be of 2024, is warned of each of its figures of 2011 (its time on remand among them) and of the IPP
    // sentences its courts pass (the era checks are test/scenario/eras.test.ts and abolished-sentences.test.ts).
    const mixed = omsim(['validate', 'scenarios/baseline.yaml', '--set', 'era=2024']);
    expect(mixed.status).toBe(0);
    for (const warning of mixed.stderr.trimEnd().split('\n')) expect(warning).toMatch(/^omsim: warning: .*; this scenario states era 2024, when (it was .*|they passed none) \(.*\)$/);
    expect(mixed.stderr.trimEnd().split('\n')).toHaveLength(7);
  });

  it('warns, with file, line and field, of a setting that has no effect in the scenario, and still exits 0', () => {
    const folder = mkdtempSync(join(tmpdir(), 'omsim-cli-'));
    writeFileSync(join(folder, 'one-prison.yaml'), ['name: one-prison', 'establishment:', '  transferRatePerYear: 0.5', ''].join('\n'));
    const { status, stdout, stderr } = omsim(['validate', 'one-prison.yaml'], folder);
    expect(status).toBe(0);
    expect(stdout).toBe('ok one-prison.yaml\n');
    expect(stderr).toBe(
      'omsim: warning: establishment.transferRatePerYear is 0.5 but has no effect here: transfers move people between the establishments of an estate, and this scenario has one prison (no estate) (one-prison.yaml:3:24)\n',
    );
  });

  it('prints, with --assumptions, where every default comes from: the page docs/assumptions.md', () => {
    const { status, stdout, stderr } = omsim(['validate', '--assumptions']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(join(repoFolder, 'docs/assumptions.md'), 'utf8'));
  });

  it('asks for a scenario file when given none, and refuses files with --assumptions, exiting 2', () => {
    const none = omsim(['validate']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('omsim: validate needs at least one scenario file, as in "omsim validate scenarios/baseline.yaml" (or --assumptions for where the defaults come from)\n');
    const both = omsim(['validate', '--assumptions', 'scenarios/baseline.yaml']);
    expect(both.status).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toBe('omsim: --assumptions lists the schema’s defaults and checks no file; give either scenario files or --assumptions\n');
  });

  it('reports every problem in every file at once, exits 2, shows no stack trace and writes nothing', () => {
    const folder = scenarioFolder();
    const before = readdirSync(folder);
    const outputBefore = readdirSync(join(repoFolder, 'output'));
    const { status, stdout, stderr } = omsim(['validate', 'bad.yaml', 'good.yaml', 'broken.yaml', 'nowhere.yaml'], folder);
    expect(status).toBe(2);
    expect(stdout).toBe('ok good.yaml\n');
    noStackTrace(stderr);
    expect(stderr).toContain('bad.yaml is not a valid scenario (1 problem):');
    expect(stderr).toContain('extends names missing.yaml, but there is no file missing.yaml (bad.yaml:5:10)');
    expect(stderr).toContain('the YAML cannot be read here: a key appears twice in the same mapping (broken.yaml:3:1)');
    expect(stderr).toContain('cannot read nowhere.yaml: no such file (nowhere.yaml)');
    expect(readdirSync(folder)).toEqual(before);
    expect(readdirSync(join(repoFolder, 'output'))).toEqual(outputBefore);
  });

  it('reports schema problems once extends is fixed, all at once', () => {
    const folder = scenarioFolder();
    writeFileSync(join(folder, 'bad.yaml'), ['name: bad', 'seed: -1', 'staff:', '  offenderSupervisors: { cuont: 3 }', ''].join('\n'));
    const { status, stderr } = omsim(['validate', 'bad.yaml'], folder);
    expect(status).toBe(2);
    expect(stderr).toBe(
      [
        'omsim: bad.yaml is not a valid scenario (2 problems):',
        '  - seed must be a whole number from 0 to 2,147,483,647; found -1 (bad.yaml:2:7)',
        '  - staff.offenderSupervisors.cuont is not a parameter; did you mean staff.offenderSupervisors.count? (bad.yaml:4:26)',
        '',
      ].join('\n'),
    );
  });

  it('applies each --set to every file, and a --set does not swallow the files after it', () => {
    const folder = scenarioFolder();
    const { status, stdout, stderr } = omsim(['validate', '--set', 'caseload.cap=null', 'good.yaml', '--set', 'staff.offenderSupervisor.count=3'], folder);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    noStackTrace(stderr);
    expect(stderr).toBe(
      [
        'omsim: good.yaml is not a valid scenario (1 problem):',
        '  - staff.offenderSupervisor.count names no parameter; did you mean staff.offenderSupervisors.count? (--set staff.offenderSupervisor.count=3)',
        '',
      ].join('\n'),
    );
  });

  it('explains itself with examples', () => {
    const { status, stdout } = omsim(['validate', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('--set');
  });

  it('refuses "-" (standard input, which no omsim command reads) with exit code 2 and a sentence, rather than checking nothing and saying nothing', () => {
    const folder = scenarioFolder();
    for (const args of [['validate', '-'], ['validate', '-', 'good.yaml']]) {
      const { status, stdout, stderr } = omsim(args, folder);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('omsim: standard input ("-") is read by no omsim command: save the scenario in a file and give its name (a file called - is ./-)\n');
    }
  });

  it('lists a problem two checks find in the same place once', () => {
    const folder = scenarioFolder();
    writeFileSync(join(folder, 'huge-seed.yaml'), 'name: huge\nseed: 1.5e300\n');
    const { status, stderr } = omsim(['validate', 'huge-seed.yaml'], folder);
    expect(status).toBe(2);
    expect(stderr).toBe('omsim: huge-seed.yaml is not a valid scenario (1 problem):\n  - seed must be a whole number from 0 to 2,147,483,647; found 1.5e+300 (huge-seed.yaml:2:7)\n');
  });

  it('lists the first fifty of a thousand problems, then how many more there are', () => {
    const folder = scenarioFolder();
    writeFileSync(join(folder, 'many.yaml'), ['name: many', 'establishment:', ...Array.from({ length: 1_000 }, (_, i) => `  unknown${i}: 1`), ''].join('\n'));
    const { status, stderr } = omsim(['validate', 'many.yaml'], folder);
    expect(status).toBe(2);
    const listed = stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(listed).toHaveLength(50);
    expect(listed[49]).toContain('establishment.unknown49 is not a parameter');
    expect(stderr).toMatch(/^omsim: many\.yaml is not a valid scenario \(1,000 problems\):\n/);
    expect(stderr.endsWith('  …and 950 more problems\n')).toBe(true);
    expect(stderr.length).toBeLessThan(10_000);
  });

  it('shows a control character from the input escaped, never as itself', () => {
    const folder = scenarioFolder();
    writeFileSync(join(folder, 'nul.yaml'), ['name: nul', 'extends: "a\\0b.yaml"', ''].join('\n'));
    writeFileSync(join(folder, 'esc\u001b[31m.yaml'), 'name: esc\n');
    const { status, stdout, stderr } = omsim(['validate', 'nul.yaml', 'esc\u001b[31m.yaml', '--set', 'caseload\u0001cap=3'], folder);
    expect(status).toBe(2);
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(stderr).toContain('extends names a\\u0000b.yaml, which cannot be read: the name is not one a file can have (it holds a NUL character) (nul.yaml:2:10)');
    expect(stderr).toContain('esc\\u001b[31m.yaml is not a valid scenario');
    expect(stderr).toContain('caseload\\u0001cap names no parameter');
  });
});
