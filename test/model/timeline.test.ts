/** Parameter changes during a run: replacing values by dotted path, and a change taking effect from its week. */
import { describe, expect, it } from 'vitest';
import { withChanges } from '../../src/model/timeline.ts';
import { buildModel } from '../../src/model/model.ts';
import { WEEK } from '../../src/model/time.ts';
import { expectCaseAccounting, runOpen, smallPrison } from './helpers.ts';

describe('withChanges', () => {
  it('replaces the value at each dotted path and leaves every other value alone', () => {
    const before = smallPrison(1);
    const after = withChanges(before, { 'staff.offenderSupervisors.scale': 0.5, 'redeployment.shiftProbability': 0.4, 'caseload.cap': 20 });
    expect(after.staff.offenderSupervisors.scale).toBe(0.5);
    expect(after.redeployment.shiftProbability).toBe(0.4);
    expect(after.caseload.cap).toBe(20);
    expect({ ...after, staff: before.staff, redeployment: before.redeployment, caseload: before.caseload }).toEqual(before);
    expect(after.staff.probationOfficers).toEqual(before.staff.probationOfficers);
  });

  it('does not change the parameters it was given', () => {
    const before = smallPrison(1);
    const copy = structuredClone(before);
    withChanges(before, { 'staff.offenderSupervisors.count': 1, 'population.rosh.high': 0.5 });
    expect(before).toEqual(copy);
  });

  it('applies a group and a field within it, in one change, to frozen parameters as the loader leaves them', () => {
    const changes = Object.freeze({ 'staff.offenderSupervisors': Object.freeze({ ...smallPrison(1).staff.offenderSupervisors, omShare: 0.5 }), 'staff.offenderSupervisors.sicknessShare': 0 });
    const after = withChanges(smallPrison(1), changes);
    expect(after.staff.offenderSupervisors).toMatchObject({ omShare: 0.5, sicknessShare: 0 });
    expect(changes['staff.offenderSupervisors'].sicknessShare).toBe(0.05);
  });

  it('replaces a whole object or list when the path names it', () => {
    const after = withChanges(smallPrison(1), { 'redeployment.groups': ['offenderSupervisors', 'probationOfficers'] });
    expect(after.redeployment.groups).toEqual(['offenderSupervisors', 'probationOfficers']);
  });
});

describe('a run with a timeline', () => {
  // 5 offender supervisors and 2 probation officers; 3 supervisors go from week 10.
  const s = smallPrison(0.5, { timeline: [{ week: 10, set: { 'staff.offenderSupervisors.count': 2 } }] });
  const { run, result } = runOpen(s, 1, 0);
  const inPost = result.weekly.map((row) => row.values['staff.inPost']);

  it('shows the staff in post falling from the week of the change, not before', () => {
    expect(inPost.slice(0, 10)).toEqual(Array(10).fill(7));
    expect(inPost.slice(10)).toEqual(Array(inPost.length - 10).fill(4));
  });

  it('counts the change in the week it takes effect', () => {
    const changed = result.weekly.filter((row) => (row.values['timeline.changes'] ?? 0) > 0).map((row) => row.week);
    expect(changed).toEqual([10]);
  });

  it('hands the cases of the people who left to those still in post, raising their caseloads', () => {
    const mean = (from: number, to: number) => {
      const rows = result.weekly.slice(from, to).map((row) => row.values['caseload.perSupervisor.mean']);
      return rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    // Seven people shared the caseload before; four after: the mean should rise by about 7/4.
    expect(mean(10, 20) / mean(0, 10)).toBeGreaterThan(1.4);
    expectCaseAccounting(run);
  });

  it('puts the new head count in force in the parameters and keeps people added later working', () => {
    expect(run.ctx.params.staff.offenderSupervisors.count).toBe(2);
    const grown = runOpen(smallPrison(0.5, { timeline: [{ week: 5, set: { 'staff.offenderSupervisors.count': 8 } }] }), 1, 0);
    const rows = grown.result.weekly.map((row) => row.values['staff.inPost']);
    expect(rows[4]).toBe(7);
    expect(rows[5]).toBe(10);
    expectCaseAccounting(grown.run);
  });
});

describe('case administrators leaving part-way', () => {
  // Two administrators with little time hold a backlog of HDC work; one goes at week 10.
  const changes = {
    staff: { caseAdministrators: { count: 2, omShare: 0.05 } },
    timeline: [{ week: 10, set: { 'staff.caseAdministrators.count': 1 } }],
  };

  /** The open work the leaver held just before going, and the model just after. */
  function handOver(s: ReturnType<typeof smallPrison>) {
    const built = buildModel(s, { seed: 1, warmupWeeks: 0 });
    const establishment = built.ctx.establishments[0];
    built.ctx.sim.run({ until: 10 * WEEK - 1 });
    const [stays, leaves] = establishment.staff.caseAdministrators;
    const handedOver = [...leaves.work.tasks()].filter((t) => t.status === 'open' && t.owner === leaves);
    const stayerHoursBefore = stays.work.openHours;
    expect(handedOver.length).toBeGreaterThan(0);
    built.ctx.sim.run({ until: 10 * WEEK + 1 });
    const stillOpen = handedOver.filter((t) => t.status === 'open');
    // Work finished within the hour would prove nothing about where it went.
    expect(stillOpen.length).toBeGreaterThan(0);
    return { establishment, stillOpen, stayerHoursBefore, ctx: built.ctx };
  }

  it('hand their open administrative work to the administrator who stays when overload never moves work (no overflow threshold)', () => {
    const { establishment, stillOpen } = handOver(smallPrison(0.5, { ...changes, allocation: { overflowHoursPerPerson: null } }));
    const [stays] = establishment.staff.caseAdministrators;
    expect(stillOpen.map((t) => t.owner)).toEqual(stillOpen.map(() => stays));
  });

  it('hand it to the cases’ supervisors once the administrator who stays is overloaded (never the reverse)', () => {
    const { establishment, stillOpen, stayerHoursBefore } = handOver(smallPrison(0.5, changes));
    const [stays] = establishment.staff.caseAdministrators;
    // With work falling back, an administrator's list hovers near the threshold (20 hours): the one who
    // stays takes the leaver's work only until over it, and the rest goes to the cases' supervisors.
    const toStayer = stillOpen.filter((t) => t.owner === stays);
    const toOthers = stillOpen.filter((t) => t.owner !== stays);
    expect(toOthers.length).toBeGreaterThan(0);
    // Their list before the hand-over and what they took, less the last piece (which took them over):
    // work that reached them from elsewhere in the two hours about the hand-over is not counted, and
    // the hour they may have worked before it is allowed for.
    // One already over the threshold takes nothing.
    const taken = toStayer.map((t) => t.remaining);
    if (taken.length === 0) expect(stayerHoursBefore).toBeGreaterThan(20 - 1);
    else expect(stayerHoursBefore + taken.reduce((sum, h) => sum + h, 0) - Math.max(...taken)).toBeLessThanOrEqual(20 + 1);
    // To the case's supervisor, or for a case nobody supervises, the least busy member of staff who may hold it.
    expect(toOthers.map((t) => t.owner?.group)).toEqual(toOthers.map((t) => t.prisoner?.supervisor?.group ?? 'offenderSupervisors'));
  });
});
