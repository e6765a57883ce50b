/**
 * Allocation: giving an in-scope case a supervisor of the right grade,
 * within the caseload cap, by the scenario's policy; a case nobody can take
 * waits, oldest first, until someone can.
 */
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { giveTask } from '../tasks.ts';
import { DAY } from '../time.ts';
import type { Prisoner, StaffMember } from '../types.ts';
import { noteNewCase } from './oversight.ts';
import { doesCasework, eligibleGroups } from './workers.ts';

function hasRoom(ctx: ModelContext, member: StaffMember): boolean {
  const cap = ctx.params.caseload.cap;
  return doesCasework(ctx, member) && (cap === null || member.caseload.size < cap);
}

/** The supervisor the policy picks for `p`, or null when nobody eligible has room. */
export function chooseSupervisor(ctx: ModelContext, p: Prisoner): StaffMember | null {
  const groups = eligibleGroups(ctx, p);
  if (ctx.params.allocation.policy === 'continuity') {
    const assessor = p.assessor;
    if (assessor !== null && assessor.establishment === p.establishment && groups.includes(assessor.group) && hasRoom(ctx, assessor)) {
      return assessor;
    }
  }
  for (const group of groups) {
    let best: StaffMember | null = null;
    for (const member of p.establishment.staff[group]) {
      if (hasRoom(ctx, member) && (best === null || member.caseload.size < best.caseload.size)) best = member;
    }
    if (best !== null) return best;
  }
  return null;
}

/** Allocates `p` now, or puts it at the back of the queue of cases waiting. Returns whether allocated. */
export function allocate(ctx: ModelContext, p: Prisoner): boolean {
  const supervisor = chooseSupervisor(ctx, p);
  if (supervisor === null) {
    if (Number.isNaN(p.unallocatedSince)) {
      p.unallocatedSince = ctx.sim.now;
      p.establishment.unallocated.push(p);
      ctx.metrics.changeLevel('cases.unallocated', 1);
    }
    return false;
  }
  assign(ctx, p, supervisor);
  return true;
}

function assign(ctx: ModelContext, p: Prisoner, supervisor: StaffMember): void {
  if (!Number.isNaN(p.unallocatedSince)) {
    ctx.metrics.count('allocation.waitDays', (ctx.sim.now - p.unallocatedSince) / DAY);
    ctx.metrics.changeLevel('cases.unallocated', -1);
    p.unallocatedSince = NaN;
  }
  ctx.metrics.count('allocation.allocated');
  p.supervisor = supervisor;
  supervisor.caseload.add(p);
  // Open work about the case follows it to its new supervisor (administrative work stays with administrators).
  for (const task of p.tasks) {
    if (task.status === 'open' && task.owner !== supervisor && !heldByAdministrator(ctx, task.owner)) giveTask(task, supervisor);
  }
  noteNewCase(ctx, p);
}

function heldByAdministrator(ctx: ModelContext, owner: StaffMember | null): boolean {
  return owner !== null && owner.active && ctx.params.staff[owner.group].role === 'administration';
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
    ctx.metrics.changeLevel('cases.unallocated', -1);
    p.unallocatedSince = NaN;
  }
}

/** Gives waiting cases supervisors while anyone has room, oldest first. */
export function allocateWaiting(ctx: ModelContext, establishment: Establishment): void {
  const queue = establishment.unallocated;
  let kept = 0;
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i];
    if (!p.inCustody || p.establishment !== establishment || Number.isNaN(p.unallocatedSince)) continue;
    const supervisor = chooseSupervisor(ctx, p);
    if (supervisor === null) queue[kept++] = p;
    else assign(ctx, p, supervisor);
  }
  queue.length = kept;
}
