/**
 * The index of overloaded staff that someone idle takes work over from
 * (src/model/overloaded-staff.ts): on random states it makes exactly the
 * choices of the look through every colleague it replaced, and the number
 * of colleagues' open hours read per takeover no longer grows with the staff.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/model/stages/allocation.ts';
import { mayDo, workToTakeOver } from '../../src/model/stages/workers.ts';
import { createTask, cutDownAndEscalate, dropTask, giveTask, loseProgress, workOn } from '../../src/model/tasks.ts';
import { applyChange } from '../../src/model/timeline.ts';
import type { StaffMember, Task, TaskKind } from '../../src/model/types.ts';
import { WorkList } from '../../src/model/worklist.ts';
import { staffGroups, type StaffGroup } from '../../src/scenario/schema/index.ts';
import { emptyPrison, testPrisoner } from './helpers.ts';

/**
 * The search the index replaced, as it was: the colleague in post with the
 * most open work above the threshold (the first in post order among
 * equals), then the next, until one has a task `member` may take over.
 */
function linearSearch(run: ReturnType<typeof emptyPrison>, member: StaffMember): Task | undefined {
  const { ctx } = run;
  const threshold = ctx.params.allocation.overflowHoursPerPerson;
  if (threshold === null) return undefined;
  const passedOver: StaffMember[] = [];
  for (;;) {
    let busiest: StaffMember | null = null;
    let most = threshold;
    for (const group of staffGroups) {
      for (const colleague of member.establishment.staff[group]) {
        const open = colleague.work.openHours;
        if (open > most && colleague !== member && colleague.active && !passedOver.includes(colleague)) {
          busiest = colleague;
          most = open;
        }
      }
    }
    if (busiest === null) return undefined;
    const colleague = busiest;
    const task = colleague.work.mostUrgentWhere(colleague, (t) => t !== colleague.inHand && mayDo(ctx, member, t));
    if (task !== undefined) return task;
    passedOver.push(colleague);
  }
}

const kinds: TaskKind[] = ['contact', 'assessment', 'sentencePlan', 'oasysReview', 'parole', 'hdc', 'handover', 'oversight'];

/** One step that changes who has how much open work, or who is in post, or the threshold. */
const step = fc.oneof(
  fc.record({ op: fc.constant('give' as const), kind: fc.constantFrom(...kinds), prisoner: fc.nat(), hours: fc.integer({ min: 0, max: 12 }), owner: fc.nat(), due: fc.nat(100) }),
  fc.record({ op: fc.constantFrom('work' as const, 'finish' as const, 'drop' as const, 'lose' as const, 'escalate' as const), task: fc.nat(), quarters: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('move' as const), task: fc.nat(), owner: fc.nat() }),
  fc.record({ op: fc.constant('inHand' as const), member: fc.nat(), task: fc.nat() }),
  fc.record({ op: fc.constant('takeOver' as const), member: fc.nat() }),
  fc.record({ op: fc.constant('threshold' as const), hours: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 5 }) }),
  fc.record({ op: fc.constant('headCount' as const), group: fc.constantFrom<StaffGroup>(...staffGroups), count: fc.integer({ min: 0, max: 5 }) }),
);

const prisonShape = fc.record({
  counts: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  officerRole: fc.constantFrom('caseload', 'caseloadAndOversight', 'oversight'),
  administrativeWork: fc.constantFrom([], ['hdc', 'handover']),
  administrativeFallback: fc.boolean(),
  threshold: fc.integer({ min: 0, max: 10 }),
});

describe('the index of overloaded staff', () => {
  it('on random states, gives every member of staff (in post or not) the very task the look through every colleague gives', () => {
    fc.assert(
      fc.property(prisonShape, fc.array(step, { minLength: 1, maxLength: 40 }), (shape, steps) => {
        const [os, po, pso, ca] = shape.counts;
        const run = emptyPrison({
          staff: {
            offenderSupervisors: { count: os },
            probationOfficers: { count: po, role: shape.officerRole },
            probationServiceOfficers: { count: pso },
            caseAdministrators: { count: ca },
          },
          allocation: { overflowHoursPerPerson: shape.threshold, administrativeWork: shape.administrativeWork, administrativeFallback: shape.administrativeFallback },
        });
        const { ctx } = run;
        const cases = [
          testPrisoner(run),
          testPrisoner(run, { rosh: 'veryHigh' }),
          testPrisoner(run, { sentence: 'life', sentenceMonths: 48 }),
          testPrisoner(run, { youngAdult: true, rosh: 'high' }),
        ];
        for (const p of cases) allocate(ctx, p);
        const tasks: Task[] = [];
        const open = (i: number) => pick(tasks.filter((t) => t.status === 'open' && t.owner !== null), i);
        const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
        const inPost = () => [...ctx.establishments[0].allStaff()];

        for (const s of steps) {
          if (s.op === 'give') {
            const owner = pick(inPost(), s.owner);
            const prisoner = s.kind === 'oversight' ? null : (pick(cases, s.prisoner) ?? null);
            if (owner !== undefined) tasks.push(createTask(ctx, { kind: s.kind, prisoner, hours: s.hours, due: s.due }, owner));
          } else if (s.op === 'move') {
            const [task, owner] = [open(s.task), pick(inPost(), s.owner)];
            if (task !== undefined && owner !== undefined) giveTask(task, owner);
          } else if (s.op === 'inHand') {
            const member = pick(ctx.staffEver, s.member);
            if (member !== undefined) member.inHand = tasks.find((t, i) => i >= s.task % Math.max(1, tasks.length) && t.owner === member) ?? null;
          } else if (s.op === 'takeOver') {
            const member = pick(inPost(), s.member);
            const task = member === undefined ? undefined : workToTakeOver(ctx, member);
            if (member !== undefined && task !== undefined) giveTask(task, member);
          } else if (s.op === 'threshold') {
            applyChange(ctx, { 'allocation.overflowHoursPerPerson': s.hours });
          } else if (s.op === 'headCount') {
            applyChange(ctx, { [`staff.${s.group}.count`]: s.count });
          } else {
            const task = open(s.task);
            if (task === undefined) continue;
            if (s.op === 'work') workOn(ctx, task, (task.remaining * s.quarters) / 4);
            else if (s.op === 'finish') workOn(ctx, task, task.remaining);
            else if (s.op === 'drop') dropTask(task, 'cancelled');
            else if (s.op === 'lose') loseProgress(task);
            else cutDownAndEscalate(task, task.remaining / 2, 0);
          }
          for (const member of ctx.staffEver) expect(workToTakeOver(ctx, member)).toBe(linearSearch(run, member));
        }
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

/**
 * Counts every read of the open hours of `work`, whether the list keeps them
 * in a field of its own (as it did before the index) or behind its class's getter.
 */
function countOpenHoursReads(work: WorkList, counter: { reads: number }): void {
  const inherited = Object.getOwnPropertyDescriptor(WorkList.prototype, 'openHours')?.get;
  let stored = (work as { openHours: number }).openHours;
  Object.defineProperty(work, 'openHours', {
    get() {
      counter.reads++;
      return inherited !== undefined ? inherited.call(work) : stored;
    },
    set(hours: number) {
      stored = hours;
    },
  });
}

/**
 * Open hours read during the takeovers of a prison of `supervisors` idle
 * offender supervisors and one probation officer with a review for each of
 * them on their list: each supervisor in turn takes one over.
 */
function readsPerTakeover(supervisors: number): number {
  const run = emptyPrison({
    staff: { offenderSupervisors: { count: supervisors }, probationOfficers: { count: 1 } },
    allocation: { overflowHoursPerPerson: 10, rules: [{ when: {}, groups: ['probationOfficers', 'offenderSupervisors'] }] },
  });
  const { ctx } = run;
  const { offenderSupervisors, probationOfficers } = ctx.establishments[0].staff;
  const officer = probationOfficers[0];
  const p = testPrisoner(run);
  expect(allocate(ctx, p)).toBe(true);
  for (let i = 0; i < supervisors; i++) createTask(ctx, { kind: 'oasysReview', prisoner: p, hours: 20, due: i }, officer);
  const counter = { reads: 0 };
  for (const member of ctx.establishments[0].allStaff()) countOpenHoursReads(member.work, counter);
  for (const supervisor of offenderSupervisors) {
    const task = workToTakeOver(ctx, supervisor);
    expect(task?.owner, 'every supervisor finds a review to take over').toBeDefined();
    giveTask(task as Task, supervisor);
  }
  return counter.reads / supervisors;
}

describe('the cost of finding work to take over', () => {
  it('grows far less than in proportion to the staff: reads of colleagues’ open hours per takeover, at 100 and 800 staff', () => {
    const few = readsPerTakeover(100);
    const many = readsPerTakeover(800);
    // A look through every colleague reads all 800 for each takeover (8 times as many as at 100);
    // the index reads a handful, growing at most with the logarithm of the staff.
    expect(many / few, `${few.toFixed(1)} reads per takeover at 100 staff, ${many.toFixed(1)} at 800`).toBeLessThan(2);
  });
});
