/** Tiering and scope: the risk matrix, the 2011 scope rules, and who is assessed. */
import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/model/stages/allocation.ts';
import { matchesScope, tierCase, tierOf, toBeAssessed } from '../../../src/model/stages/tiering.ts';
import { reoffendingLevels, roshLevels } from '../../../src/scenario/schema/index.ts';
import { emptyPrison, testPrisoner } from '../helpers.ts';

describe('tier matrix', () => {
  const run = emptyPrison();

  it('gives each harm × reoffending pair the default tier (low: 1 1 2, medium: 2 2 3, high: 3 3 4, very high: 4 4 4)', () => {
    const tiers = roshLevels.map((rosh) => reoffendingLevels.map((reoffending) => tierOf(run.ctx.params, testPrisoner(run, { rosh, reoffending }))));
    expect(tiers).toEqual([
      [1, 1, 2],
      [2, 2, 3],
      [3, 3, 4],
      [4, 4, 4],
    ]);
  });

  it('follows a scenario’s own matrix', () => {
    const custom = emptyPrison({ tiering: { matrix: { low: [4, 3, 2], medium: [1, 1, 1], high: [2, 2, 2], veryHigh: [3, 3, 3] } } });
    expect(tierOf(custom.ctx.params, testPrisoner(custom, { rosh: 'low', reoffending: 'low' }))).toBe(4);
    expect(tierOf(custom.ctx.params, testPrisoner(custom, { rosh: 'low', reoffending: 'high' }))).toBe(2);
    expect(tierOf(custom.ctx.params, testPrisoner(custom, { rosh: 'veryHigh', reoffending: 'medium' }))).toBe(3);
  });
});

describe('tierCase', () => {
  it("moves a case already on someone's caseload to its new tier's count", () => {
    const run = emptyPrison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 0 } } });
    const p = testPrisoner(run, { rosh: 'high', reoffending: 'high' });
    allocate(run.ctx, p);
    const caseload = p.supervisor!.caseload;
    expect([caseload.countOfTier(0), caseload.countOfTier(4)]).toEqual([1, 0]);
    tierCase(run.ctx, p);
    expect(p.tier).toBe(4);
    expect([caseload.countOfTier(0), caseload.countOfTier(4)]).toEqual([0, 1]);
  });
});

describe('the 2011 scope rules (the default)', () => {
  const run = emptyPrison();
  const inScope = (person: Parameters<typeof testPrisoner>[1]) => {
    const p = testPrisoner(run, person);
    tierCase(run.ctx, p);
    return p.inScope;
  };

  it('take in determinate sentences of 12 months or more with high or very high Risk of Serious Harm', () => {
    expect(inScope({ sentenceMonths: 12, rosh: 'high' })).toBe(true);
    expect(inScope({ sentenceMonths: 60, rosh: 'veryHigh' })).toBe(true);
    expect(inScope({ sentenceMonths: 11.9, rosh: 'high' })).toBe(false);
    expect(inScope({ sentenceMonths: 60, rosh: 'medium' })).toBe(false);
  });

  it('take in prolific and other priority offenders whatever their sentence length', () => {
    expect(inScope({ sentenceMonths: 2, rosh: 'low', prolific: true })).toBe(true);
  });

  it('take in every IPP and life sentence whatever the risk', () => {
    expect(inScope({ sentence: 'ipp', sentenceMonths: 24, rosh: 'low' })).toBe(true);
    expect(inScope({ sentence: 'life', sentenceMonths: 120, rosh: 'low', reoffending: 'low' })).toBe(true);
  });

  it('take in young adults sentenced to more than 4 weeks, and no shorter', () => {
    expect(inScope({ sentenceMonths: 1, rosh: 'low', youngAdult: true })).toBe(true);
    expect(inScope({ sentenceMonths: 0.9, rosh: 'low', youngAdult: true })).toBe(false);
  });

  it('leave out other determinate sentences', () => {
    expect(inScope({ sentenceMonths: 6, rosh: 'medium', reoffending: 'high' })).toBe(false);
  });

  it('never take in a person on remand, even one every rule would otherwise match', () => {
    const p = testPrisoner(run, { sentence: 'remand', sentenceMonths: 24, rosh: 'veryHigh', prolific: true, youngAdult: true });
    expect(matchesScope(run.ctx, p, true)).toBe(false);
    expect(toBeAssessed(run.ctx, p)).toBe(false);
  });

  it('assess only the sentenced people in scope, unless everyone is to be assessed', () => {
    const out = { sentenceMonths: 6, rosh: 'low' as const };
    expect(toBeAssessed(run.ctx, testPrisoner(run, out))).toBe(false);
    expect(toBeAssessed(run.ctx, testPrisoner(run, { sentence: 'life' }))).toBe(true);
    const everyone = emptyPrison({ scope: { assessEveryone: true } });
    expect(toBeAssessed(everyone.ctx, testPrisoner(everyone, out))).toBe(true);
    expect(toBeAssessed(everyone.ctx, testPrisoner(everyone, { sentence: 'remand', sentenceMonths: 1 }))).toBe(false);
  });

  it('gives every tiered case its tier whether or not it is in scope', () => {
    const p = testPrisoner(run, { sentenceMonths: 6, rosh: 'medium', reoffending: 'high' });
    tierCase(run.ctx, p);
    expect([p.tier, p.inScope]).toEqual([3, false]);
  });
});

describe('a scope rule by tier', () => {
  const run = emptyPrison({ scope: { rules: [{ sentence: ['determinate'], tiers: [3, 4] }] } });

  it('has a case assessed before its tier is known, and in scope afterwards only if its tier matches', () => {
    const high = testPrisoner(run, { rosh: 'high', reoffending: 'high' });
    const low = testPrisoner(run, { rosh: 'low', reoffending: 'low' });
    expect(toBeAssessed(run.ctx, high)).toBe(true);
    expect(toBeAssessed(run.ctx, low)).toBe(true);
    tierCase(run.ctx, high);
    tierCase(run.ctx, low);
    expect([high.tier, high.inScope]).toEqual([4, true]);
    expect([low.tier, low.inScope]).toEqual([1, false]);
  });
});
