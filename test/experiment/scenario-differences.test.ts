/** What differs between two scenarios (src/experiment/scenario-differences.ts). */
import { describe, expect, it } from 'vitest';
import { describeDifference, scenarioDifferences } from '../../src/experiment/scenario-differences.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const base = scenarioSchema.parse({ name: 'base', description: 'one' });

describe('scenarioDifferences', () => {
  it('names each parameter changed, with its two values, and leaves out the name and description', () => {
    const other = scenarioSchema.parse({ name: 'cut', description: 'two', staff: { offenderSupervisors: { scale: 0.9 } }, caseload: { cap: 30 } });
    expect(scenarioDifferences(base, other).map((d) => describeDifference(d))).toEqual(['staff.offenderSupervisors.scale 1 → 0.9', 'caseload.cap null → 30']);
  });

  it('says the head counts a multiplier gives, in one prison and over an estate', () => {
    const cut = scenarioSchema.parse({ staff: { offenderSupervisors: { scale: 0.9 } } });
    expect(scenarioDifferences(base, cut).map((d) => describeDifference(d, { from: base, to: cut }))).toEqual(['staff.offenderSupervisors.scale 1 → 0.9 (offender supervisors 12 → 11)']);
    const estate = { estate: [{ name: 'a', count: 3, staff: { offenderSupervisors: { count: 10 } } }, { name: 'b', count: 2 }] };
    const [from, to] = [scenarioSchema.parse(estate), scenarioSchema.parse({ ...estate, staff: { offenderSupervisors: { scale: 0.5 } } })];
    // 3 × 10 + 2 × 12 = 54 before; 3 × 5 + 2 × 6 = 27 after.
    expect(scenarioDifferences(from, to).map((d) => describeDifference(d, { from, to }))).toEqual(['staff.offenderSupervisors.scale 1 → 0.5 (offender supervisors 54 → 27)']);
    // A multiplier that rounds to the same people says nothing more.
    const tiny = scenarioSchema.parse({ staff: { offenderSupervisors: { scale: 0.99 } } });
    expect(describeDifference(scenarioDifferences(base, tiny)[0], { from: base, to: tiny })).toBe('staff.offenderSupervisors.scale 1 → 0.99');
  });

  it('finds none between a scenario and itself', () => {
    expect(scenarioDifferences(base, base)).toEqual([]);
  });

  it('compares a list whole', () => {
    const other = scenarioSchema.parse({ redeployment: { groups: ['probationOfficers'] } });
    expect(scenarioDifferences(base, other).map((d) => d.path)).toEqual(['redeployment.groups']);
  });
});
