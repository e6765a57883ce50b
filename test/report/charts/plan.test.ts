/** A plan's chart (src/report/charts/plan.ts): axes in words, zoomed to the values tried near the answer. */
import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../src/experiment/formats.ts';
import { planChart, valuesShown } from '../../../src/report/charts/plan.ts';

const trial = (order: number, value: number, mean: number, verdict: 'meets' | 'fails') => ({ order, value, n: 5, mean, sd: 0.01, bound: mean, verdict, targets: [] });

/** A plan of supervisors 0 to 200 for unfinished reports below 10%: 200 and 0 tried first, then bisection down to 9. */
function plan(answer: number | null): PlanFile {
  const values = [200, 0, 100, 50, 25, 12, 6, 9, 7, 8, 10];
  return {
    omsim: { version: 'test' },
    scenario: { name: 'baseline' } as PlanFile['scenario'],
    parameter: 'staff.offenderSupervisors.count',
    target: { metric: 'reports.unfinishedShare', comparison: '<', threshold: 0.1, percent: true, text: 'reports.unfinishedShare < 10%' },
    confidence: 0.9,
    search: { min: 0, max: 200, step: 1, initialReplications: 5, batch: 5, maxReplications: 50 },
    answer,
    conclusion: '',
    tried: values.map((value, i) => trial(i + 1, value, value >= 9 ? 0.05 : 0.2, value >= 9 ? 'meets' : 'fails')),
  };
}

describe('the plan chart', () => {
  it('shows the values tried nearest the answer, two on each side, not the whole range searched', () => {
    expect(valuesShown(plan(9))).toEqual([7, 8, 9, 10, 12]);
    expect(valuesShown(plan(null))).toHaveLength(11);
  });

  it('names the parameter and the target in words on its axes and lines', () => {
    const spec = JSON.stringify(planChart(plan(9), { version: 'test', scenarios: ['baseline'], replications: 5, horizonYears: 2, warmupWeeks: 0 }).spec);
    expect(spec).toContain('"title":"Number of offender supervisors (staff.offenderSupervisors.count)"');
    expect(spec).toContain('target: below 10%');
    expect(spec).not.toContain('"value":200');
  });
});
