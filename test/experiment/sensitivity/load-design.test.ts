/**
 * The designs `omsim sensitivity` builds: the factors it varies by default,
 * and every point of the baseline's default designs a scenario the loader
 * takes (two factors whose ranges overlap the wrong way, a start that could
 * fall after its deadline, would refuse the whole analysis).
 */
import { describe, expect, it } from 'vitest';
import { loadSensitivityDesign } from '../../../src/experiment/sensitivity/load-design.ts';

const baseline = new URL('../../../scenarios/baseline.yaml', import.meta.url).pathname;
const metrics = ['contacts.deliveredShare'];

describe('the sensitivity designs of the baseline', () => {
  it('vary every assumption with a range but those the baseline fixes and those whose value is null (no cap)', () => {
    const design = loadSensitivityDesign({ file: baseline, overrides: [], method: 'oat', metrics });
    const paths = design.factors.map((f) => f.path);
    expect(paths).toContain('redeployment.shiftProbability');
    expect(paths).not.toContain('staff.offenderSupervisors.count');
    expect(paths).not.toContain('population.size');
    expect(paths).not.toContain('caseload.cap');
    // The scenario as written, then each factor at its low end and at its high end.
    expect(design.points).toHaveLength(1 + 2 * paths.length);
    expect(design.pointScenarios).toHaveLength(design.points.length);
  }, 60_000);

  it('build a Morris design of r × (k + 1) points, each a valid scenario, with whole-number factors whole', () => {
    const design = loadSensitivityDesign({ file: baseline, overrides: [], method: 'morris', metrics });
    expect(design.points).toHaveLength(10 * (design.factors.length + 1));
    expect(design.pointScenarios).toHaveLength(design.points.length);
    expect(design.scenario.replications).toBe(2);
    const whole = design.factors.filter((f) => f.whole).map((f) => f.path);
    expect(whole.length).toBeGreaterThan(0);
    for (const point of design.points) for (const path of whole) expect(Number.isInteger(point.values[path])).toBe(true);
  }, 120_000);
});
