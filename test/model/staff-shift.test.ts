/** src/model/staff-shift.ts: a working day's work, including work that takes no time. */
import { describe, expect, it } from 'vitest';
import { run, smallPrison } from './helpers.ts';

describe('work of no length', () => {
  it('is done the moment it is reached, and the run goes on: contacts and reviews of no minutes are delivered', () => {
    const none = { minutes: 0 };
    const s = smallPrison(0.25, {
      contacts: { byTier: { tier1: none, tier2: none, tier3: none, tier4: none }, recordingMinutes: 0 },
      assessment: { reviewHours: 0, transferHours: 0 },
    });
    const m = run(s, 1, 0).metrics;
    expect(m['contacts.delivered']).toBeGreaterThan(0);
    expect(m['contacts.minutesDelivered']).toBe(0);
  });

  it('is done as well when it is a month of oversight too small to move the clock', () => {
    const s = smallPrison(0.25, { staff: { probationOfficers: { role: 'oversight' } }, oversight: { qualityAssuranceHoursPerSupervisorPerMonth: 1e-300 } });
    expect(run(s, 1, 0).metrics['prisoners.received']).toBeGreaterThan(0);
  });
});

describe('the draws of a shift', () => {
  it('are the same whatever the chance of redeployment, so the same staff are absent on the same days in two scenarios compared on common random numbers', () => {
    const absent = (shiftProbability: number) => run(smallPrison(0.5, { redeployment: { shiftProbability } }), 1, 0).metrics['hours.offenderSupervisors.absent'];
    expect(absent(0.4)).toBeGreaterThan(0);
    expect(absent(0.4)).toBe(absent(0.1));
  });
});
