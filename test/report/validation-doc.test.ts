/** src/report/validation-doc.ts: the page's account of the calibration scenario, as built: steady state and each group's workload. */
import { describe, expect, it } from 'vitest';
import type { Drift } from '../../src/experiment/drift.ts';
import type { MetricSummary } from '../../src/experiment/interval.ts';
import type { AmpleStaffResult, ValidationResult } from '../../src/experiment/validation.ts';
import { validationMarkdown } from '../../src/report/validation-doc.ts';

const summary = (mean: number, halfWidth = 0): MetricSummary => ({ mean, sd: halfWidth, ci95: [mean - halfWidth, mean + halfWidth], n: 5 });

const drift = (change: number, tolerance: number, halfWidth = 10): Drift => ({
  level: 100,
  change: summary(change, halfWidth),
  perWeek: change / 100,
  tolerance,
  settled: Math.abs(change) <= tolerance,
  weeksMeasured: 520,
});

function page(check: Partial<AmpleStaffResult>): string {
  const ampleStaff: AmpleStaffResult = {
    scenario: 'lifers-2007-08.yaml',
    overrides: ['staff.probationOfficers.count=8'],
    asBuilt: summary(0.35),
    ampleStaff: summary(0.95),
    rise: summary(0.6),
    passes: true,
    heardWithoutReports: summary(0.2),
    drift: { population: drift(0, 18, 1), backlog: drift(3, 9.8) },
    workload: [
      { group: 'offenderSupervisors', percent: summary(186, 2) },
      { group: 'probationOfficers', percent: summary(117, 2) },
    ],
    ...check,
  };
  const result: ValidationResult = { replications: 5, seed: 1, figures: [], ampleStaff };
  return validationMarkdown(result, 'test');
}

describe('the calibration scenario’s staffing, on docs/validation.md', () => {
  it('says the figures are read at steady state, and gives each group’s workload, none above the 200% allowed', () => {
    const text = page({});
    expect(text).toContain('The figures are read at steady state: across the second half of the weeks after its warm-up, the population is settled (0.0 (−1.0 to 1.0) people against a tolerance of 18.0)');
    expect(text).toContain('the backlog of overdue reports and unallocated cases settled (3.0 (−7.0 to 13.0) pieces of work against a tolerance of 9.8)');
    expect(text).toContain('the offender supervisors 186% (184% to 188%), the probation officers 117% (115% to 119%); no group above the 200% allowed.');
  });

  it('says when the scenario has not settled, and names a group above 200%', () => {
    const text = page({
      drift: { population: drift(0, 18, 1), backlog: drift(40, 9.8) },
      workload: [
        { group: 'offenderSupervisors', percent: summary(150) },
        { group: 'probationOfficers', percent: summary(783) },
      ],
    });
    expect(text).toContain('The drift check does not find the scenario settled');
    expect(text).toContain('the backlog of overdue reports and unallocated cases still moving (40.0 (30.0 to 50.0) pieces of work against a tolerance of 9.8)');
    expect(text).toContain('the probation officers above the 200% allowed, so the match rests on overloading them without limit.');
  });
});
