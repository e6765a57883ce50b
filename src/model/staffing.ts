/** Bringing staff into post and taking them out, to match the head counts in force. */
import type { StaffGroup } from '../scenario/schema/index.ts';
import { staffGroups } from '../scenario/schema/index.ts';
import { Caseload } from './caseload.ts';
import type { ModelContext } from './context.ts';
import type { Establishment } from './establishment.ts';
import { StaffLife } from './staff-shift.ts';
import { allocate, allocateWaiting, deallocate, shedAboveCap } from './stages/allocation.ts';
import { workerFor } from './stages/workers.ts';
import { giveTask } from './tasks.ts';
import { timeCategories, type StaffMember } from './types.ts';
import { WorkList } from './worklist.ts';

function newMember(ctx: ModelContext, establishment: Establishment, group: StaffGroup, seat: number): StaffMember {
  const member: StaffMember = {
    id: ctx.nextStaffId++,
    group,
    establishment,
    active: true,
    caseload: new Caseload(),
    inHand: null,
    work: new WorkList(ctx.params.workingPattern),
    paroleReportsDone: [],
    hours: new Float64Array(timeCategories.length),
    hourCounters: ctx.counters.hours[group],
    demandedHours: 0,
    availableHours: 0,
    hoursLostToRedeployment: 0,
    demandedAtWeekStart: 0,
    availableAtWeekStart: 0,
    weeksOverBand: 0,
    overBandFourWeeks: false,
  };
  // One stream per post, named by establishment, group, seat and how often the seat
  // has been filled, so two scenarios that differ in head count still share the
  // draws of the posts they have in common.
  const seatName = `${establishment.index}/${group}/${seat}`;
  const hires = establishment.seatHires.get(seatName) ?? 0;
  establishment.seatHires.set(seatName, hires + 1);
  const rng = ctx.streams.stream(`staff/${seatName}/${hires}`);
  new StaffLife(ctx, member, rng);
  establishment.overloaded.watch(member, seat);
  ctx.staffEver.push(member);
  return member;
}

/** Adds or removes staff so each group has its head count in force (the newest leave first), and brings caseloads within the caps in force. */
export function matchHeadCounts(ctx: ModelContext, establishment: Establishment): void {
  for (const group of staffGroups) {
    const posts = establishment.staff[group];
    const target = establishment.config.staffCount[group];
    while (posts.length < target) posts.push(newMember(ctx, establishment, group, posts.length));
    while (posts.length > target) removeMember(ctx, posts.pop() as StaffMember);
  }
  for (const member of establishment.allStaff()) shedAboveCap(ctx, member);
  allocateWaiting(ctx, establishment);
}

/** Takes a person out of post: their cases go back to allocation and their open work to whoever should do it. */
function removeMember(ctx: ModelContext, member: StaffMember): void {
  member.active = false;
  const cases = [...member.caseload];
  for (const p of cases) deallocate(ctx, p);
  for (const p of cases) allocate(ctx, p);
  for (const task of member.work.tasks()) {
    if (task.status !== 'open' || task.owner !== member) continue;
    const next = task.prisoner !== null ? workerFor(ctx, task.prisoner, task.kind) : colleague(member);
    if (next !== null) giveTask(task, next);
  }
}

/** Another active member of the same group in the same establishment, if any. */
function colleague(member: StaffMember): StaffMember | null {
  return member.establishment.staff[member.group].find((m) => m.active && m !== member) ?? null;
}
