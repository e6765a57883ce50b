/** `omsim completion`: a shell script that completes omsim's commands and options. */
import { describe, expect, it } from 'vitest';
import { omsim } from './support.ts';

describe('omsim completion', () => {
  it('prints a bash and zsh script that asks omsim for its completions', () => {
    const result = omsim(['completion']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^###-begin-omsim-completions-###/);
    expect(result.stdout).toContain('omsim --get-yargs-completions');
  });

  it('completes the commands, and a command’s own options', () => {
    const commands = omsim(['--get-yargs-completions', '']).stdout.split('\n');
    expect(commands).toEqual(expect.arrayContaining(['run', 'compare', 'sweep', 'plan', 'validate']));
    const options = omsim(['--get-yargs-completions', 'run', 'scenarios/baseline.yaml', '--']).stdout.split('\n');
    expect(options).toEqual(expect.arrayContaining(['--reps', '--seed', '--out', '--workers']));
  });
});
