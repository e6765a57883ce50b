/** Supervision contacts under triage: the floor (contacts.floorWeeks) that keeps a low tier from going unseen. */
import { describe, expect, it } from 'vitest';
import { receive } from '../../../src/model/stages/pathway.ts';
import { WEEK } from '../../../src/model/time.ts';
import { emptyPrison, run, smallPrison, testPrisoner } from '../helpers.ts';

/** A small prison that tiers and supervises every sentenced prisoner with two offender supervisors: about twice the work its hours allow (206% by the WMT). */
function overloaded(floorWeeks: number | null) {
  return smallPrison(1.5, {
    scope: { rules: [{ sentence: ['determinate', 'ipp', 'life'] }], assessEveryone: true },
    contacts: { floorWeeks },
    staff: { offenderSupervisors: { count: 2 } },
  });
}

/** Tier `tier`'s share of its required contacts delivered, after a half-year warm-up. */
function tierShare(floorWeeks: number | null, tier: number, seed: string): number {
  const metrics = run(overloaded(floorWeeks), seed, 26).metrics;
  // A counter nothing added to is absent from the metrics: none delivered.
  return (metrics[`contacts.delivered.tier${tier}`] ?? 0) / metrics[`contacts.required.tier${tier}`];
}

describe('the contact floor', () => {
  it('without it, triage leaves tier-1 and tier-2 cases all but unseen while higher tiers fill the hours', () => {
    expect(tierShare(null, 1, 'floor-1')).toBeLessThan(0.05);
    expect(tierShare(null, 2, 'floor-1')).toBeLessThan(0.05);
  });

  it('with a floor of a quarter, every tier gets at least a fifth of its contacts, the lowest tiers taking hours from the highest', () => {
    for (const tier of [1, 2, 3, 4]) expect(tierShare(13, tier, 'floor-1'), `tier ${tier}`).toBeGreaterThan(0.2);
    // The hours the floor gives tiers 1 and 2 come from tiers 3 and 4, which triage otherwise serves first.
    expect(tierShare(13, 4, 'floor-1')).toBeLessThan(tierShare(null, 4, 'floor-1'));
  });
});

describe('a case’s place below the floor', () => {
  /** A high-harm case (tier 3, two contacts a month) received into an empty prison whose staff have time for it, after `weeks`. */
  function contactAfter(weeks: number, floorWeeks: number | null) {
    const prison = emptyPrison({ contacts: { floorWeeks } });
    const p = testPrisoner(prison, { rosh: 'high', sentenceMonths: 60 }, 0);
    receive(prison.ctx, p);
    prison.ctx.sim.run({ until: weeks * WEEK });
    return { p, delivered: prison.ctx.metrics.total('contacts.delivered') };
  }

  it('is left each time the case is seen: a case seen twice a month never has a contact escalated, however long it is held', () => {
    const { p, delivered } = contactAfter(40, 13);
    expect(delivered).toBeGreaterThan(5);
    expect(p.contact?.escalated).toBe(false);
  });

  it('is reached by a case nobody sees: its contacts are escalated once the floor has passed since allocation', () => {
    // No staff in post: the case is never seen, and its contacts wait with nobody to do them.
    const prison = emptyPrison({ contacts: { floorWeeks: 4 }, staff: { offenderSupervisors: { omShare: 0 }, probationOfficers: { omShare: 0 } } });
    const p = testPrisoner(prison, { rosh: 'high', sentenceMonths: 60 }, 0);
    receive(prison.ctx, p);
    prison.ctx.sim.run({ until: 20 * WEEK });
    expect(prison.ctx.metrics.total('contacts.delivered')).toBe(0);
    expect(p.contact?.escalated).toBe(true);
  });
});
