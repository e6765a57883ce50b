/**
 * Allocation: giving an in-scope case a supervisor of the right grade,
 * within the caseload cap, by the scenario's policy; a case nobody can take
 * waits, oldest first, until someone can.
 */
import type { StaffGroup } from '../../scenario/schema/index.ts';
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { giveTask, openWorkAbout } from '../tasks.ts';
import { DAY } from '../time.ts';
import type { Prisoner, StaffMember } from '../types.ts';
import { noteNewCase } from './oversight.ts';
import { doesCasework, eligibleGroups, groupDoesCasework } from './workers.ts';

/** The most cases one member of `group` may hold: the lower of the global cap and the group's own. */
function capOf(ctx: ModelContext, group: StaffGroup): number {
  return Math.min(ctx.params.caseload.cap ?? Infinity, ctx.params.staff[group].caseloadCap ?? Infinity);
}

function hasRoom(ctx: ModelContext, member: StaffMember): boolean {
  return doesCasework(ctx, member) && member.caseload.size < capOf(ctx, member.group);
}

/** The member of `group` with the fewest cases under the cap (the first of equals), and the group's open work per person. */
function bestInGroup(ctx: ModelContext, establishment: Establishment, group: StaffGroup): { member: StaffMember | null; load: number } {
  let member: StaffMember | null = null;
  let fewest = capOf(ctx, group);
  let openHours = 0;
  let people = 0;
  for (const candidate of establishment.staff[group]) {
    if (!candidate.active) continue;
    people++;
    openHours += candidate.work.openHours;
    if (candidate.caseload.size < fewest) {
      member = candidate;
      fewest = candidate.caseload.size;
    }
  }
  return { member, load: people > 0 ? openHours / people : 0 };
}

/**
 * The supervisor the policy picks for `p`, or null when nobody eligible has
 * room. The case goes to the first group in the rule's order that has room
 * and is not overloaded (open work per person within the overflow
 * threshold), as a unit manager would move new cases to the next grade; when
 * every group with room is overloaded, to the least loaded of them.
 */
export function chooseSupervisor(ctx: ModelContext, p: Prisoner, groups = eligibleGroups(ctx, p)): StaffMember | null {
  if (ctx.params.allocation.policy === 'continuity') {
    const assessor = p.assessor;
    if (assessor !== null && assessor.establishment === p.establishment && groups.includes(assessor.group) && hasRoom(ctx, assessor)) {
      return assessor;
    }
  }
  const threshold = ctx.params.allocation.overflowHoursPerPerson ?? Infinity;
  let fallback: StaffMember | null = null;
  let fallbackLoad = Infinity;
  for (const group of groups) {
    if (!groupDoesCasework(ctx, group)) continue;
    const { member, load } = bestInGroup(ctx, p.establishment, group);
    if (member === null) continue;
    if (load <= threshold) return member;
    if (load < fallbackLoad) {
      fallback = member;
      fallbackLoad = load;
    }
  }
  return fallback;
}

/** Allocates `p` now, or puts it at the back of the queue of cases waiting. Returns whether allocated. */
export function allocate(ctx: ModelContext, p: Prisoner): boolean {
  const supervisor = chooseSupervisor(ctx, p);
  if (supervisor === null) {
    if (Number.isNaN(p.unallocatedSince)) {
      p.unallocatedSince = ctx.sim.now;
      p.establishment.unallocated.push(p);
      ctx.counters.allocation.unallocated.change(1);
    }
    return false;
  }
  assign(ctx, p, supervisor);
  return true;
}

function assign(ctx: ModelContext, p: Prisoner, supervisor: StaffMember): void {
  const allocation = ctx.counters.allocation;
  if (!Number.isNaN(p.unallocatedSince)) {
    allocation.waitDays.add((ctx.sim.now - p.unallocatedSince) / DAY);
    allocation.unallocated.change(-1);
    p.unallocatedSince = NaN;
  }
  allocation.allocated.add();
  p.supervisor = supervisor;
  supervisor.caseload.add(p);
  // Open work about the case follows it to its new supervisor (administrative work stays with administrators).
  for (const task of openWorkAbout(p)) {
    if (task.status === 'open' && task.owner !== supervisor && !heldByAdministrator(ctx, task.owner)) giveTask(task, supervisor);
  }
  noteNewCase(ctx, p);
}

function heldByAdministrator(ctx: ModelContext, owner: StaffMember | null): boolean {
  return owner !== null && owner.active && ctx.params.staff[owner.group].role === 'administration';
}

/**
 * Once the OASys has set its tier, a case allocated at reception to a group
 * the allocation rules no longer allow for it moves to one they do, if anyone
 * there has room (it stays where it is until then).
 */
export function reallocateIfIneligible(ctx: ModelContext, p: Prisoner): void {
  const current = p.supervisor;
  if (current === null) return;
  const groups = eligibleGroups(ctx, p);
  if (groups.includes(current.group)) return;
  const next = chooseSupervisor(ctx, p, groups);
  if (next === null) return;
  current.caseload.delete(p);
  p.supervisor = null;
  ctx.metrics.count('allocation.movedAfterTiering');
  assign(ctx, p, next);
}

/**
 * Brings a caseload within a cap lowered during the run: the cases taken on
 * last go back to allocation, to a colleague with room or to the waiting
 * list. A cap is the most cases anyone may hold, not only a limit on new ones.
 */
export function shedAboveCap(ctx: ModelContext, member: StaffMember): void {
  const cap = capOf(ctx, member.group);
  if (member.caseload.size <= cap) return;
  const excess = [...member.caseload].slice(cap);
  for (const p of excess) deallocate(ctx, p);
  for (const p of excess) allocate(ctx, p);
}

/** Takes `p` off its supervisor's caseload (release, transfer, or the supervisor leaving). */
export function deallocate(ctx: ModelContext, p: Prisoner): void {
  const supervisor = p.supervisor;
  if (supervisor !== null) {
    supervisor.caseload.delete(p);
    p.supervisor = null;
  }
  if (!Number.isNaN(p.unallocatedSince)) {
    // Waiting cases leave the queue lazily; the level drops now.
    ctx.counters.allocation.unallocated.change(-1);
    p.unallocatedSince = NaN;
  }
}

/** Gives waiting cases supervisors while anyone has room, oldest first. */
export function allocateWaiting(ctx: ModelContext, establishment: Establishment): void {
  const queue = establishment.unallocated;
  // Room only shrinks during a pass, so once nobody in a rule's groups can
  // take a case, nobody can take a later one needing the same groups: with a
  // long queue and everyone full, the pass then asks nobody again.
  let full: (readonly StaffGroup[])[] | null = null;
  let kept = 0;
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i];
    if (!p.inCustody || p.establishment !== establishment || Number.isNaN(p.unallocatedSince)) continue;
    const groups = eligibleGroups(ctx, p);
    const supervisor = full !== null && full.includes(groups) ? null : chooseSupervisor(ctx, p, groups);
    if (supervisor !== null) {
      assign(ctx, p, supervisor);
      continue;
    }
    queue[kept++] = p;
    (full ??= []).push(groups);
  }
  // pop(), not a shorter length: setting an array's length reallocates its storage.
  while (queue.length > kept) queue.pop();
}
