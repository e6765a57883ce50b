/** The indices of a sensitivity analysis from its runs, on outputs whose answers are known. */
import { describe, expect, it } from 'vitest';
import type { SensitivityDesign, UnitRecords } from '../../../src/experiment/design.ts';
import type { ReplicationRecord } from '../../../src/experiment/study.ts';
import { rankFactors, sensitivityIndices } from '../../../src/experiment/sensitivity/analyse.ts';
import { designSeed, morrisPoints, oatPoints } from '../../../src/experiment/sensitivity/points.ts';
import type { Scenario } from '../../../src/scenario/index.ts';

type FactorRange = SensitivityDesign['factors'][number];
const factor = (path: string, low: number, high: number, whole = false): FactorRange => ({ path, low, high, whole, distribution: 'uniform', value: low, why: '' });
const scenario = { seed: 1, replications: 1 } as Scenario;

/** Records of each point: `replications` of them, the metric `y` given by `output` of the point's values and the replication. */
function recordsOf(design: SensitivityDesign, replications: number, output: (values: Record<string, number>, replication: number) => number): UnitRecords {
  return design.points.map((p) => Array.from({ length: replications }, (_, k): ReplicationRecord => ({ replication: k, seed: `1.${k}`, metrics: { y: output(p.values, k) }, weekly: [], events: 0 })));
}

function designOf(method: 'oat' | 'morris', factors: FactorRange[], points: SensitivityDesign['points'], trajectories = 0): SensitivityDesign {
  return { kind: 'sensitivity', scenario, method, factors, metrics: ['y'], settings: { trajectories, levels: trajectories > 0 ? 4 : 0, base: 0 }, points, pointScenarios: [] };
}

describe('sensitivity indices', () => {
  it('one at a time: low, high and swing as paired differences, the noise shared by a replication cancelling', () => {
    const factors = [factor('a', 0, 1), factor('b', 10, 20)];
    const design = designOf('oat', factors, oatPoints(factors));
    // y = 3a − b/2 plus noise shared by every point of a replication; the scenario as written has a = 0.5, b = 15.
    const records = recordsOf(design, 5, (v, k) => 3 * (v.a ?? 0.5) - (v.b ?? 15) / 2 + [0.3, -1, 2, 0.7, -0.4][k]);
    const rows = sensitivityIndices(design, records);
    const of = (f: string, index: string) => rows.find((r) => r.factor === f && r.index === index)!;
    expect(of('a', 'swing').value).toBeCloseTo(3, 10);
    expect(of('a', 'low').value).toBeCloseTo(-1.5, 10);
    expect(of('b', 'swing').value).toBeCloseTo(-5, 10);
    expect(of('b', 'swing').upper - of('b', 'swing').lower).toBeCloseTo(0, 10);
    expect(rankFactors(design, rows)[0].factors.map((f) => f.factor)).toEqual(['b', 'a']);
  });

  it('Morris: μ* is the effect across the range a whole-number factor actually moved, not the grid’s step', () => {
    // shiftsPerWeek-like: 4 to 5 days; on a 4-level grid every step of two thirds is rounded to a whole day.
    const factors = [factor('days', 4, 5, true), factor('share', 0, 1)];
    const design = designOf('morris', factors, morrisPoints(factors, 8, 4, designSeed(1, 'morris')), 8);
    const rows = sensitivityIndices(design, recordsOf(design, 1, (v) => 10 * v.days + 2 * v.share));
    const muStar = (f: string) => rows.find((r) => r.factor === f && r.index === 'mu_star')!.value;
    expect(muStar('days')).toBeCloseTo(10, 10);
    expect(muStar('share')).toBeCloseTo(2, 10);
  });
});
