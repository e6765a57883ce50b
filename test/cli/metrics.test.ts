/** `omsim metrics`: the names a planner types in --target. */
import { describe, expect, it } from 'vitest';
import { runOmsim } from '../experiment/support/cli.ts';

describe('omsim metrics', () => {
  it('lists every metric a run of the baseline reports, by name, with its label, definition and unit', async () => {
    const result = await runOmsim(['metrics']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines).toContainEqual(expect.stringMatching(/^reports\.parole\.onTimeShare +Parole reports on time: onTime ÷ due \(a share, 0 to 1; --target takes 95%\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^prisoners\.population\.mean +people held, time-weighted mean \(people\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^workload\.capacityPercent\b/));
    // Sorted, so a reader can find a name.
    const names = lines.map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual([...names].sort());
  }, 60_000);
});
