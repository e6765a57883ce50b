/** The model at its limits: nobody to do the work, and more than enough people to do all of it. */
import { describe, expect, it } from 'vitest';
import { buildModel, runModel } from '../../src/model/model.ts';
import { summariseRun } from '../../src/experiment/replication.ts';
import { DAY, WEEK } from '../../src/model/time.ts';
import { timeCategories, type Task } from '../../src/model/types.ts';
import { staffGroups } from '../../src/scenario/schema/index.ts';
import { expectConservation, run, smallPrison } from './helpers.ts';

describe('no staff at all', () => {
  const s = smallPrison(1, {
    staff: { offenderSupervisors: { count: 0 }, probationOfficers: { count: 0 }, probationServiceOfficers: { count: 0 }, caseAdministrators: { count: 0 } },
  });

  it.each([0, 13])('delivers no contact and finishes no report: every report that falls due is unfinished (warm-up %i weeks)', (warmup) => {
    for (const seed of [1, 2]) {
      const m = run(s, seed, warmup).metrics;
      // The initial population's in-scope cases still need contacts, and reports fall due.
      expect(m['contacts.required']).toBeGreaterThan(0);
      expect(m['contacts.delivered']).toBe(0);
      expect(m['contacts.missed']).toBe(m['contacts.required']);
      expect(m['reports.due']).toBeGreaterThan(0);
      expect(m['reports.onTime']).toBe(0);
      expect(m['reports.unfinished']).toBe(m['reports.due']);
      expect(m['reports.unfinishedShare']).toBe(1);
      expect(m['reports.late']).toBe(0);
      expect(m['assessments.onTime']).toBe(0);
      // Nobody works, so no hours are spent and no share of them can be taken.
      for (const g of staffGroups) for (const c of timeCategories) expect(m[`hours.${g}.${c}`] ?? 0).toBe(0);
      expect(m['staff.directContactShare']).toBeNaN();
      // Every case in scope waits for a supervisor the whole time.
      expect(m['cases.unallocated.mean']).toBeCloseTo(m['prisoners.inScope.mean'], 9);
    }
  });
});

describe('ample staff (10× the head count), no redeployment, no absence', () => {
  const noAbsence = { leaveShare: 0, sicknessShare: 0, trainingShare: 0 };
  const s = smallPrison(1, {
    staff: { offenderSupervisors: { count: 50, ...noAbsence }, probationOfficers: { count: 20, ...noAbsence } },
    redeployment: { shiftProbability: 0, shortfallSensitivity: 0 },
  });
  // The initial population enters part-way through its pathways: some of its work falls due at
  // time zero with no time to do it. A 13-week warm-up leaves that out of the measured period.
  const WARMUP = 13;

  /** When a member of `group` first starts on their list (after the shift's overheads) at or after `t`. */
  function firstWorkAfter(t: number, group: (typeof staffGroups)[number]): number {
    const shiftHours = s.staff[group].contractedHoursPerWeek / s.workingPattern.shiftsPerWeek;
    const startsWork = 8 + shiftHours * s.staff[group].omShare * s.workingPattern.overheadShare;
    for (let day = Math.floor(t / DAY); ; day++) {
      if (day % 7 >= s.workingPattern.shiftsPerWeek) continue;
      if (day * DAY + startsWork >= t) return day * DAY + startsWork;
    }
  }

  it.each([1, 2])(
    'misses no contact, and each one not delivered could not have been: it fell due within two working days of the person leaving or the run ending (seed %i)',
    (seed) => {
      const built = buildModel(s, { seed, warmupWeeks: WARMUP });
      // Watch every contact put on anyone's list.
      const contacts: Task[] = [];
      for (const establishment of built.ctx.establishments) {
        for (const member of establishment.allStaff()) {
          const add = member.work.add.bind(member.work);
          member.work.add = (task) => {
            if (task.kind === 'contact') contacts.push(task);
            add(task);
          };
        }
      }
      runModel(built);
      const m = summariseRun(built).metrics;
      expectConservation(s, WARMUP, { metrics: m, weekly: [], events: 0 });

      const measured = contacts.filter((t) => t.createdAt >= WARMUP * WEEK);
      expect(m['contacts.missed']).toBe(0);
      expect(m['contacts.missedUnallocated']).toBe(0);
      // Every contact required went on someone's list (everyone is allocated at once)…
      expect(measured.length).toBe(m['contacts.required']);
      const done = measured.filter((t) => t.status === 'done');
      expect(done.length).toBe(m['contacts.delivered']);
      // …and those not delivered were still within their window when the person was released
      // (cancelled) or the run ended (open), too soon for anyone to have finished them.
      const notDone = measured.filter((t) => t.status !== 'done');
      for (const t of notDone) {
        expect(['cancelled', 'open']).toContain(t.status);
        const end = t.status === 'cancelled' ? t.prisoner!.releaseAt : built.ctx.horizon;
        expect(t.due).toBeGreaterThanOrEqual(end);
        // Too soon to have been done: it came on the list within two working days of the end, when its
        // supervisor might be part-way through longer work ranked before it (an OASys with its plan, seven hours).
        expect(end - t.createdAt).toBeLessThan(2 * DAY + firstWorkAfter(t.createdAt, t.owner!.group) - t.createdAt);
      }
      // So the delivered share falls short of 1 only by those few.
      expect(m['contacts.deliveredShare']).toBeCloseTo(1 - notDone.length / measured.length, 12);
      expect(notDone.length).toBeLessThan(0.01 * measured.length);
    },
  );

  it.each([1, 2])('finishes every report, assessment and sentence plan on time, and defers no parole hearing (seed %i)', (seed) => {
    const built = buildModel(s, { seed, warmupWeeks: WARMUP });
    const reports: Task[] = [];
    for (const member of built.ctx.establishments.flatMap((e) => [...e.allStaff()])) {
      const add = member.work.add.bind(member.work);
      member.work.add = (task) => {
        if (task.kind === 'hdc' || task.kind === 'parole' || task.kind === 'oasysReview' || task.kind === 'handover') reports.push(task);
        add(task);
      };
    }
    runModel(built);
    const m = summariseRun(built).metrics;
    expect(m['reports.due']).toBeGreaterThan(0);
    // A report given less notice than a weekend and a shift cannot be on time however many staff
    // there are: an HDC assessment for someone sentenced days before their eligibility date.
    const late = reports.filter((t) => t.due >= WARMUP * WEEK && t.overdue);
    expect(late.filter((t) => t.due - t.createdAt > 3 * DAY)).toEqual([]);
    expect(m['reports.unfinished']).toBe(late.length);
    expect(m['assessments.unfinished']).toBe(0);
    expect(m['sentencePlans.unfinished']).toBe(0);
    expect(m['parole.deferredForReports']).toBe(0);
    expect(m['cases.unallocated.mean']).toBe(0);
    expect(m['staff.timeShare.redeployed']).toBe(0);
    expect(m['staff.timeShare.absent']).toBe(0);
  });
});
