/** src/report/validation-doc.ts: the page's account of the calibration scenario, as built: each group's workload. */
import { describe, expect, it } from 'vitest';
import type { MetricSummary } from '../../src/experiment/interval.ts';
import type { AmpleStaffResult, ValidationResult } from '../../src/experiment/validation.ts';
import { validationMarkdown } from '../../src/report/validation-doc.ts';

const summary = (mean: number, halfWidth = 0): MetricSummary => ({ mean, sd: halfWidth, ci95: [mean - halfWidth, mean + halfWidth], n: 5 });

function page(check: Partial<AmpleStaffResult>): string {
  const ampleStaff: AmpleStaffResult = {
    scenario: 'lifers-2007-08.yaml',
    overrides: ['staff.probationOfficers.count=8'],
    asBuilt: summary(0.35),
    ampleStaff: summary(0.95),
    rise: summary(0.6),
    passes: true,
    heardWithoutReports: summary(0.2),
    workload: [
      { group: 'offenderSupervisors', percent: summary(186, 2) },
      { group: 'probationOfficers', percent: summary(117, 2) },
    ],
    ...check,
  };
  const result: ValidationResult = { replications: 5, seed: 1, figures: [], runs: [], ampleStaff };
  return validationMarkdown(result, 'test');
}

describe('the calibration scenario’s staffing, on docs/validation.md', () => {
  it('gives each group’s workload, none above the 200% allowed', () => {
    expect(page({})).toContain('the offender supervisors 186% (184% to 188%), the probation officers 117% (115% to 119%); no group above the 200% allowed.');
  });

  it('names a group above 200%', () => {
    const text = page({
      workload: [
        { group: 'offenderSupervisors', percent: summary(150) },
        { group: 'probationOfficers', percent: summary(783) },
      ],
    });
    expect(text).toContain('the probation officers above the 200% allowed, so the match rests on overloading them without limit.');
  });
});

describe('the steady-state table of docs/validation.md', () => {
  const drift = (mean: number, halfWidth: number, settled: boolean) => ({
    level: 200,
    change: summary(mean, halfWidth),
    perWeek: mean / 52,
    tolerance: 6,
    beyondNoise: Math.abs(mean) > halfWidth,
    settled,
    weeksMeasured: 208,
  });
  const table = (population: ReturnType<typeof drift>, backlog: ReturnType<typeof drift>) =>
    validationMarkdown(
      {
        replications: null,
        seed: 1,
        figures: [],
        runs: [{ file: 'scenarios/x.yaml', overrides: [], era: 2011, warmupWeeks: 78, replications: 10, warmupFrom: 'scenario', suggestedWarmupWeeks: 12, drift: { population, backlog }, settled: population.settled && backlog.settled }],
        ampleStaff: null,
      } as unknown as ValidationResult,
      'test',
    );

  it('says settled, settled within noise (beyond the tolerance, but an interval that takes in no change), or moving', () => {
    const page = table(drift(1, 2, true), drift(12, 20, true));
    expect(page).toContain('| settled | settled within noise (12.0, 95% interval −8.0 to 32.0, against a tolerance of 6.0) |');
    expect(table(drift(1, 2, true), drift(12, 3, false))).toContain('| settled | moving (12.0, 95% interval 9.0 to 15.0, against a tolerance of 6.0) |');
  });
});
