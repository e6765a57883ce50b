/** The headline of a sensitivity analysis: for each metric, the three factors that move it most, in words, with intervals. */
import { describe, expect, it } from 'vitest';
import type { SensitivityFile } from '../../src/experiment/formats.ts';
import { sensitivityHeadline } from '../../src/report/sensitivity-words.ts';

const factor = (path: string, low: number, high: number) => ({ path, low, high, distribution: 'uniform' as const, whole: false, value: low, why: '' });
const ranked = (factor: string, value: number, lower: number, upper: number) => ({ factor, value, lower, upper });

function morrisFile(ranking: SensitivityFile['ranking']): SensitivityFile {
  return {
    omsim: { version: 'test' },
    scenario: { name: 'baseline' } as SensitivityFile['scenario'],
    method: 'morris',
    settings: { trajectories: 10, levels: 4, base: 0 },
    factors: [factor('redeployment.shiftProbability', 0.02, 0.5), factor('contacts.recordingMinutes', 10, 45), factor('reports.hdc.hours', 1, 6), factor('oversight.signOff.hours', 0.25, 1.5)],
    metrics: ranking.map((r) => r.metric),
    study: { points: 50, replications: 2, runs: 100, warmupWeeks: 78, horizonYears: 5 },
    indices: [],
    ranking,
  };
}

describe('the sensitivity headline', () => {
  it('names the three factors with the largest μ* for each metric, what each is, its range and μ* with its interval, in the metric’s unit', () => {
    const file = morrisFile([
      {
        metric: 'contacts.deliveredShare',
        index: 'mu_star',
        factors: [ranked('reports.hdc.hours', 0.389, 0.263, 0.506), ranked('redeployment.shiftProbability', 0.21, 0.141, 0.275), ranked('contacts.recordingMinutes', 0.05, 0.02, 0.08), ranked('oversight.signOff.hours', 0.01, 0, 0.02)],
      },
      { metric: 'reports.unfinishedShare', index: 'mu_star', factors: [ranked('reports.hdc.hours', 0, 0, 0), ranked('oversight.signOff.hours', 0, 0, 0)] },
    ]);
    expect(sensitivityHeadline(file)).toEqual([
      'Required contacts delivered (contacts.deliveredShare) is moved most by:',
      '  1. reports.hdc.hours, staff time to write a home detention curfew assessment: μ* 38.9 percentage points across its range of 1 to 6 (95% interval 26.3 to 50.6)',
      '  2. redeployment.shiftProbability, base chance that an offender supervisor who is not ring-fenced is redeployed on a shift: μ* 21.0 percentage points across its range of 0.02 to 0.5 (95% interval 14.1 to 27.5)',
      '  3. contacts.recordingMinutes, computer time to record one contact: μ* 5.0 percentage points across its range of 10 to 45 (95% interval 2.0 to 8.0)',
      'Reports unfinished at their deadline (reports.unfinishedShare): none of the 4 factors moved it in any run',
    ]);
  });

  it('says a one-at-a-time swing with its sign, from the low end to the high end', () => {
    const file = { ...morrisFile([{ metric: 'contacts.deliveredShare', index: 'swing', factors: [ranked('redeployment.shiftProbability', -0.048, -0.068, -0.027)] }]), method: 'oat' as const };
    expect(sensitivityHeadline(file)[1]).toBe(
      '  1. redeployment.shiftProbability, base chance that an offender supervisor who is not ring-fenced is redeployed on a shift: −4.8 percentage points from 0.02 to 0.5 (95% interval −6.8 to −2.7)',
    );
  });
});
