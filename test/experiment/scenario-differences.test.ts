/** What differs between two scenarios (src/experiment/scenario-differences.ts). */
import { describe, expect, it } from 'vitest';
import { describeDifference, scenarioDifferences } from '../../src/experiment/scenario-differences.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const base = scenarioSchema.parse({ name: 'base', description: 'one' });

describe('scenarioDifferences', () => {
  it('names each parameter changed, with its two values, and leaves out the name and description', () => {
    const other = scenarioSchema.parse({ name: 'cut', description: 'two', staff: { offenderSupervisors: { scale: 0.9 } }, caseload: { cap: 30 } });
    expect(scenarioDifferences(base, other).map(describeDifference)).toEqual(['staff.offenderSupervisors.scale 1 → 0.9', 'caseload.cap null → 30']);
  });

  it('finds none between a scenario and itself', () => {
    expect(scenarioDifferences(base, base)).toEqual([]);
  });

  it('compares a list whole', () => {
    const other = scenarioSchema.parse({ redeployment: { groups: ['probationOfficers'] } });
    expect(scenarioDifferences(base, other).map((d) => d.path)).toEqual(['redeployment.groups']);
  });
});
