/** The Workload Measurement Tool's points: each case by its tier (a case not yet tiered as tier 1), plus recent parole reports. */
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/model/stages/allocation.ts';
import { tierCase } from '../../src/model/stages/tiering.ts';
import { availablePoints, capacityPercent, caseloadPoints } from '../../src/model/wmt.ts';
import { emptyPrison, testPrisoner } from './helpers.ts';

describe('WMT points', () => {
  it('scores a caseload by tier, an untiered case as tier 1, plus parole reports', () => {
    const run = emptyPrison({
      staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 0 } },
      wmt: { custodyPointsByTier: { tier1: 10, tier2: 20, tier3: 40, tier4: 80 }, paroleReportPoints: 100 },
    });
    const { ctx } = run;
    // Default matrix: low/low is tier 1, medium/high tier 3, very high tier 4.
    const tiered = [
      testPrisoner(run, { rosh: 'low', reoffending: 'low' }),
      testPrisoner(run, { rosh: 'medium', reoffending: 'high' }),
      testPrisoner(run, { rosh: 'veryHigh', reoffending: 'low' }),
      testPrisoner(run, { rosh: 'veryHigh', reoffending: 'high' }),
    ];
    for (const p of tiered) tierCase(ctx, p);
    const untiered = testPrisoner(run);
    for (const p of [...tiered, untiered]) allocate(ctx, p);
    const member = untiered.supervisor!;
    expect(member.caseload.size).toBe(5);
    expect(caseloadPoints(ctx.params, member, 0)).toBe(10 + 40 + 80 + 80 + 10);
    expect(caseloadPoints(ctx.params, member, 2)).toBe(220 + 2 * 100);
    expect(capacityPercent(ctx.params, member, 2)).toBeCloseTo((100 * 420) / availablePoints(ctx.params, member), 12);
  });
});
