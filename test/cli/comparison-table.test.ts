/** A comparison's lines on the terminal (src/cli/experiments/comparison-table.ts). */
import { describe, expect, it } from 'vitest';
import { comparisonLine, comparisonTable } from '../../src/cli/experiments/comparison-table.ts';
import type { ComparedMetric, ComparisonFile } from '../../src/experiment/formats.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const level = (mean: number): ComparedMetric => ({ scenario: 'a', summary: { mean, sd: 0.01, ci95: [mean - 0.01, mean + 0.01], n: 5 } });
const changed = (mean: number, low: number, high: number): ComparedMetric => ({
  scenario: 'b',
  summary: { mean: 0.354, sd: 0.01, ci95: [0.34, 0.36], n: 5 },
  difference: { mean, sd: 0.01, ci95: [low, high], n: 5, excludesZero: low > 0 || high < 0 },
});

describe('comparisonLine', () => {
  it('gives both levels, the difference with its interval, and worse when it excludes zero on the worse side', () => {
    expect(comparisonLine('reports.unfinishedShare', level(0.202), changed(0.152, 0.147, 0.157))).toBe(
      'Reports unfinished at their deadline: 20.2% → 35.4%, +15.2 percentage points (95% CI +14.7 to +15.7): worse',
    );
  });

  it('says better on the better side of the catalogue', () => {
    expect(comparisonLine('contacts.deliveredShare', level(0.202), changed(0.152, 0.147, 0.157))).toMatch(/: better$/);
  });

  it('never calls a difference whose interval reaches zero clear: it could be chance', () => {
    expect(comparisonLine('hdc.daysLost', level(10), changed(2, 0, 3))).toMatch(/\+2 days \(95% CI 0 to \+3\): could be chance$/);
  });

  it('calls a clear difference with no better side (a workload in its band) neither better nor worse', () => {
    expect(comparisonLine('workload.capacityPercent', level(100), changed(5, 4, 6))).toMatch(/: a clear difference$/);
  });

  it('calls no measure better or worse that falls or rises with the number of staff alone: hours redeployed, the direct-contact share', () => {
    // A 10% cut: fewer staff, so fewer hours redeployed and a larger share of their time face to face.
    for (const name of ['staff.hoursRedeployedPerWeek', 'staff.hoursRedeployed', 'workload.hoursLostToRedeployment', 'staff.shiftsRedeployed', 'tasks.interrupted']) {
      expect(comparisonLine(name, level(27.3), changed(-2.3, -3, -1.5)), name).toMatch(/: a clear difference$/);
    }
    expect(comparisonLine('staff.directContactShare', level(0.291), changed(-0.086, -0.09, -0.08))).toMatch(/: a clear difference$/);
  });

  it('gives a count over a measured period of other than a year a year as well, level and difference', () => {
    const from = { scenario: 'a', summary: { mean: 20010, sd: 10, ci95: [20000, 20020], n: 5 } } satisfies ComparedMetric;
    const to = { scenario: 'b', summary: { mean: 16674, sd: 10, ci95: [16664, 16684], n: 5 }, difference: { mean: -3336, sd: 10, ci95: [-3346, -3326], n: 5, excludesZero: true } } satisfies ComparedMetric;
    expect(comparisonLine('contacts.delivered', from, to, 2)).toBe(
      'Supervision contacts delivered: 20,010.0 → 16,674.0 contacts in 2 years (10,005.0 → 8,337.0 a year), −3,336.0 contacts, −1,668.0 a year (95% CI −3,346.0 to −3,326.0): a clear difference',
    );
    // A share is the same whatever the period.
    expect(comparisonLine('reports.unfinishedShare', level(0.202), changed(0.152, 0.147, 0.157), 2)).not.toMatch(/a year/);
  });
});

describe('comparisonTable, with no --metrics', () => {
  const summary = (name: string, cap: number | null) =>
    ({ omsim: { version: 'test' }, scenario: scenarioSchema.parse({ name, caseload: { cap } }), study: { replications: 5, seeds: [], horizonYears: 1, warmupWeeks: 0 }, metrics: {} }) as unknown as StudySummary;
  const rows = (from: number, to: number, n = 5): ComparedMetric[] => [
    { scenario: 'now', summary: { mean: from, sd: 0, ci95: [from, from], n } },
    { scenario: 'capped', summary: { mean: to, sd: 0, ci95: [to, to], n }, difference: { mean: to - from, sd: 0.1, ci95: [to - from - 0.1, to - from + 0.1], n, excludesZero: to !== from } },
  ];
  const comparison = (metrics: Record<string, ComparedMetric[]>): ComparisonFile => ({
    omsim: { version: 'test' },
    scenarios: [{ name: 'now', folder: '1-now', summary: summary('now', null) }, { name: 'capped', folder: '2-capped', summary: summary('capped', 20) }],
    metrics,
  });

  it('shows the cases waiting for a supervisor whenever a scenario has any, and not otherwise', () => {
    const shown = comparisonTable(comparison({ 'contacts.deliveredShare': rows(0.8, 0.85), 'cases.unallocated.mean': rows(0, 70), 'cases.unallocatedShare': rows(0, 0.18) }), 'out');
    expect(shown).toMatch(/\n {2}Cases waiting for a supervisor: 0\.0 → 70\.0 cases, \+70\.0 cases .*: worse\n/);
    expect(shown).toMatch(/\n {2}Share of cases waiting for a supervisor: 0\.0% → 18\.0%, \+18\.0 percentage points .*: worse\n/);
    const none = comparisonTable(comparison({ 'contacts.deliveredShare': rows(0.8, 0.85), 'cases.unallocated.mean': rows(0, 0), 'cases.unallocatedShare': rows(0, 0) }), 'out');
    expect(none).not.toMatch(/Cases waiting/);
  });

  it('gives reports unfinished by type under the total, for the types that fell due', () => {
    const shown = comparisonTable(
      comparison({ 'reports.unfinishedShare': rows(0.26, 0.6), 'reports.parole.unfinishedShare': rows(0, 0.47), 'reports.handover.unfinishedShare': rows(NaN, NaN, 0) }),
      'out',
    ).split('\n');
    const at = shown.findIndex((line) => line.startsWith('  Reports unfinished at their deadline: 26.0% → 60.0%'));
    expect(shown[at + 1]).toMatch(/^ {4}Parole reports unfinished at their deadline: 0\.0% → 47\.0%, .*: worse$/);
    expect(shown.filter((line) => line.includes('Handover'))).toEqual([]);
  });
});

