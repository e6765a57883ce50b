/** `omsim metrics`: the names a planner types in --target. */
import { describe, expect, it } from 'vitest';
import { summaryMetricNames } from '../../src/experiment/metric-catalogue.ts';
import { runOmsim } from '../experiment/support/cli.ts';

describe('omsim metrics', () => {
  it('lists every metric a run of the baseline reports, by name, with its label, definition and unit', async () => {
    const result = await runOmsim(['metrics']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines).toContainEqual(expect.stringMatching(/^reports\.parole\.onTimeShare +Parole reports on time: onTime ÷ due \(a share, 0 to 1; --target takes 95%\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^prisoners\.population\.mean +People held: people held, time-weighted mean \(people\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^workload\.capacityPercent\b/));
    // Sorted, so a reader can find a name.
    const names = lines.map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual([...names].sort());
  }, 60_000);

  it('lists every metric of the catalogue, whatever a run happens to count', async () => {
    const result = await runOmsim(['metrics']);
    const names = result.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual([...summaryMetricNames]);
    // Never counted by a short run of the baseline: its supervisors are never idle so early, and its officers never redeployed.
    expect(names).toEqual(expect.arrayContaining(['hours.offenderSupervisors.idle', 'hours.probationOfficers.idle', 'hours.probationOfficers.redeployed']));
  }, 60_000);

  it('with --json, gives each metric the catalogue’s name, label, unit, kind, range, better side and definition', async () => {
    const result = await runOmsim(['metrics', '--json']);
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as { name: string; label: string; unit: string; definition: string }[];
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      expect(entry.label, entry.name).not.toBe(entry.name);
      expect(entry.unit, entry.name).toEqual(expect.any(String));
      expect(entry.definition, entry.name).toEqual(expect.any(String));
    }
    expect(entries.find((e) => e.name === 'reports.parole.onTimeShare')).toEqual({
      name: 'reports.parole.onTimeShare',
      label: 'Parole reports on time',
      unit: 'a share, 0 to 1',
      kind: 'share',
      range: [0, 1],
      better: 'higher',
      definition: 'onTime ÷ due',
      weekly: 'flow',
      family: '{work}.onTimeShare',
    });
  }, 60_000);
});
