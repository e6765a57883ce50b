/**
 * `omsim bench`: every option is checked before anything runs; a bad one is
 * refused with exit 2, naming the option and what was expected, without a
 * stack trace.
 */
import { describe, expect, it } from 'vitest';
import { omsim } from './support.ts';

describe('omsim bench options', () => {
  it.each([
    [['mmc', '--customers', 'abc'], /^omsim: --customers must be a number; found "abc"\n/],
    [['mmc', '--customers', ''], /^omsim: --customers must be a number; found ""\n/],
    [['mmc', '--customers', '1.5'], /^omsim: --customers must be a whole number from 1 to 100,000,000; found 1\.5\n/],
    [['mmc', '--customers', '1e15'], /^omsim: --customers must be a whole number from 1 to 100,000,000; found 1000000000000000\n/],
    [['mmc', '--lambda', '-1', '--customers', '10'], /^omsim: --lambda \(the arrival rate\) must be a number from 0\.000001 to 1,000,000; found -1\n/],
    [['mmc', '--mu', 'fast', '--customers', '10'], /^omsim: --mu must be a number; found "fast"\n/],
    [['mmc', '--servers', '0', '--customers', '10'], /^omsim: --servers must be a whole number from 1 to 1,000,000; found 0\n/],
    [['mmc', '--seed', '1.5', '--customers', '10'], /^omsim: --seed must be a whole number; found "1\.5"\n/],
    [['mmc', '--lambda', '20', '--customers', '100'], /^omsim: --lambda 20 must be less than --servers × --mu \(10 × 1 = 10\): customers arriving as fast as the servers can serve them, or faster, make a queue that grows without end/],
    [['floor', '--lambda', '10', '--customers', '100'], /^omsim: --lambda 10 must be less than --servers × --mu \(10 × 1 = 10\)/],
    [['floor', '--api-costs', '--customers', 'many'], /^omsim: --customers must be a number; found "many"\n/],
    [['prison', '--years', 'abc'], /^omsim: --years must be a number; found "abc"\n/],
    [['estate', '--years', '-1'], /horizon\.years must be a number from 0\.02 to 50; found -1/],
    [['workers', '--reps', 'abc'], /^omsim: --reps must be a whole number; found "abc"\n/],
    [['workers', '--workers', 'two'], /^omsim: --workers must be a whole number; found "two"\n/],
    [['sweep', '--reps', '1.5'], /^omsim: --reps must be a whole number; found "1\.5"\n/],
  ])('bench %j: exit 2, the option named and what was expected', (args, message) => {
    const result = omsim(['bench', ...args]);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('runs a small stable queue given in any number notation, and prints its record', () => {
    const result = omsim(['bench', 'mmc', '--lambda', '4.5', '--mu', '0.5', '--servers', '1e1', '--customers', '1e3', '--seed', '3']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ customers: 1000, events: 2000 });
  });
});
