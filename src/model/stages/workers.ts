/** Who does a piece of work about a case: its supervisor, or else the least busy member of staff who may. */
import { staffGroups, type StaffGroup } from '../../scenario/schema/index.ts';
import { meets } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { Prisoner, StaffMember, TaskKind } from '../types.ts';

/** The staff groups that may supervise (and so work on) this case, in order of preference. */
export function eligibleGroups(ctx: ModelContext, p: Prisoner): StaffGroup[] {
  for (const rule of ctx.params.allocation.rules) {
    if (meets(rule.when, p)) return rule.groups;
  }
  return [];
}

/** Whether a member of staff carries casework (not oversight or administration only). */
export function doesCasework(ctx: ModelContext, member: StaffMember): boolean {
  return member.active && groupDoesCasework(ctx, member.group);
}

/** Whether a staff group's role carries casework (asked once per group when scanning its members). */
export function groupDoesCasework(ctx: ModelContext, group: StaffGroup): boolean {
  const role = ctx.params.staff[group].role;
  return role !== 'oversight' && role !== 'administration';
}

/** Whether work of this kind goes to case administrators (when any are in post). */
export function isAdministrativeWork(ctx: ModelContext, kind: TaskKind): boolean {
  return (ctx.params.allocation.administrativeWork as readonly string[]).includes(kind);
}

/** The least busy member of staff in an administration role, if any. */
function leastBusyAdministrator(ctx: ModelContext, p: Prisoner): StaffMember | null {
  let best: StaffMember | null = null;
  for (const group of staffGroups) {
    if (ctx.params.staff[group].role !== 'administration') continue;
    for (const member of p.establishment.staff[group]) {
      if (member.active && (best === null || member.work.openHours < best.work.openHours)) best = member;
    }
  }
  return best;
}

/** The member of staff who should do work of `kind` about `p` now, or null when nobody can. */
export function workerFor(ctx: ModelContext, p: Prisoner, kind?: TaskKind): StaffMember | null {
  if (kind !== undefined && isAdministrativeWork(ctx, kind)) {
    const administrator = leastBusyAdministrator(ctx, p);
    if (administrator !== null) return administrator;
  }
  if (p.supervisor !== null && p.supervisor.active) return p.supervisor;
  return leastBusy(ctx, p);
}

/** The eligible member of staff with the least open work, by group preference; null when there is none. */
export function leastBusy(ctx: ModelContext, p: Prisoner): StaffMember | null {
  for (const group of eligibleGroups(ctx, p)) {
    if (!groupDoesCasework(ctx, group)) continue;
    let best: StaffMember | null = null;
    for (const member of p.establishment.staff[group]) {
      if (member.active && (best === null || member.work.openHours < best.work.openHours)) best = member;
    }
    if (best !== null) return best;
  }
  return null;
}
