/** Who does a piece of work about a case: its supervisor, or else the least busy member of staff who may. */
import { staffGroups, type StaffGroup } from '../../scenario/schema/index.ts';
import { meets } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { Prisoner, StaffMember, Task, TaskKind } from '../types.ts';

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

/**
 * The staff groups qualified to write work of `kind`, in order of
 * preference; null when anyone who may otherwise do it may (contacts,
 * oversight, and written work the scenario does not restrict).
 */
export function qualifiedGroups(ctx: ModelContext, kind: TaskKind): readonly StaffGroup[] | null {
  const byKind: Partial<Record<TaskKind, readonly StaffGroup[] | null>> = ctx.params.allocation.qualifiedGroups;
  return byKind[kind] ?? null;
}

/** Whether a member of staff's group is qualified to write work of `kind`. */
export function isQualified(ctx: ModelContext, member: StaffMember, kind: TaskKind): boolean {
  const groups = qualifiedGroups(ctx, kind);
  return groups === null || groups.includes(member.group);
}

/** The least busy member of staff in an administration role qualified for `kind` (if given), if any. */
function leastBusyAdministrator(ctx: ModelContext, p: Prisoner, kind?: TaskKind): StaffMember | null {
  const qualified = kind === undefined ? null : qualifiedGroups(ctx, kind);
  let best: StaffMember | null = null;
  for (const group of staffGroups) {
    if (ctx.params.staff[group].role !== 'administration' || (qualified !== null && !qualified.includes(group))) continue;
    const candidate = leastBusyOf(p.establishment.staff[group]);
    if (candidate !== null && (best === null || candidate.work.openHours < best.work.openHours)) best = candidate;
  }
  return best;
}

/** Whether a person's list holds more open work than the scenario's overflow threshold. */
export function isOverloaded(ctx: ModelContext, member: StaffMember): boolean {
  const threshold = ctx.params.allocation.overflowHoursPerPerson;
  return threshold !== null && member.work.openHours > threshold;
}

/**
 * The member of staff who should do work of `kind` about `p` now, or null
 * when nobody can. Administrative work goes to the least busy administrator,
 * unless none is in post or, where the scenario allows it to fall back, even
 * the least busy is overloaded: then to the case's supervisor (never the
 * reverse). Work only some grades may write goes to the supervisor if they
 * are qualified, else to the least busy qualified member of staff: a report
 * waits for someone qualified rather than fall to whoever has time.
 */
export function workerFor(ctx: ModelContext, p: Prisoner, kind?: TaskKind): StaffMember | null {
  let administrator: StaffMember | null = null;
  if (kind !== undefined && isAdministrativeWork(ctx, kind)) {
    administrator = leastBusyAdministrator(ctx, p, kind);
    if (administrator !== null && (!ctx.params.allocation.administrativeFallback || !isOverloaded(ctx, administrator))) return administrator;
  }
  const qualified = kind === undefined ? null : qualifiedGroups(ctx, kind);
  const supervisor = p.supervisor !== null && p.supervisor.active ? p.supervisor : null;
  if (qualified !== null) {
    if (supervisor !== null && qualified.includes(supervisor.group)) return supervisor;
    return leastBusyQualified(ctx, p, qualified) ?? administrator;
  }
  return supervisor ?? leastBusy(ctx, p) ?? administrator;
}

/**
 * Whether `member` may take over `task` from a colleague: oversight if they
 * oversee; work only some grades may write, only a member of one of them;
 * administrative work, administrators and (where it may fall back)
 * anyone; contacts, those whose group may
 * supervise the case; other written casework, those too and overseers (an
 * overseer is a probation officer, qualified for any report, who holds no
 * caseload of their own). Administrators take no casework.
 */
export function mayDo(ctx: ModelContext, member: StaffMember, task: Task): boolean {
  const role = ctx.params.staff[member.group].role;
  const oversees = role === 'oversight' || role === 'caseloadAndOversight';
  if (task.kind === 'oversight' || task.signOff) return oversees;
  // Spare time does not make a person qualified: an unqualified grade never takes such work over.
  const qualified = qualifiedGroups(ctx, task.kind);
  if (qualified !== null && !qualified.includes(member.group)) return false;
  // Administrative work: administrators, and supervisors only where the scenario lets it fall back to them.
  if (isAdministrativeWork(ctx, task.kind)) return role === 'administration' || ctx.params.allocation.administrativeFallback;
  if (role === 'administration' || task.prisoner === null) return false;
  // A qualified grade may write it whoever supervises the case, as workerFor gives it them.
  if (qualified !== null || (task.kind !== 'contact' && oversees)) return true;
  return role !== 'oversight' && eligibleGroups(ctx, task.prisoner).includes(member.group);
}

/**
 * Work that `member`, with nothing left on their own list, takes over from
 * the most overloaded colleague in their establishment: the most urgent task
 * on that colleague's list that `member` may do. This is how a unit keeps
 * anyone from sitting idle while work they may do is missed.
 */
export function workToTakeOver(ctx: ModelContext, member: StaffMember): Task | undefined {
  const threshold = ctx.params.allocation.overflowHoursPerPerson;
  if (threshold === null) return undefined;
  // The busiest first, from the establishment's index rather than a look through every colleague
  // (see OverloadedStaff): usually their list has something this person may do, so one list is read.
  const overloaded = member.establishment.overloaded;
  try {
    for (let busiest = overloaded.busiest(threshold); busiest !== null; busiest = overloaded.passOver()) {
      if (busiest === member) continue;
      // Not the task the colleague has in hand: that one they are doing now.
      const colleague = busiest;
      const task = colleague.work.mostUrgentWhere(colleague, (t) => t !== colleague.inHand && mayDo(ctx, member, t));
      if (task !== undefined) return task;
    }
    return undefined;
  } finally {
    overloaded.endSearch();
  }
}

/** The eligible member of staff with the least open work, by group preference; null when there is none. */
export function leastBusy(ctx: ModelContext, p: Prisoner): StaffMember | null {
  for (const group of eligibleGroups(ctx, p)) {
    if (!groupDoesCasework(ctx, group)) continue;
    const best = leastBusyOf(p.establishment.staff[group]);
    if (best !== null) return best;
  }
  return null;
}

/**
 * The member of a qualified group with the least open work, by the groups'
 * order of preference, whether or not the group may supervise the case: an
 * overseer counts (they hold no caseload but may write), an administrator
 * does not (administrators take only the work named administrative).
 */
function leastBusyQualified(ctx: ModelContext, p: Prisoner, groups: readonly StaffGroup[]): StaffMember | null {
  for (const group of groups) {
    if (ctx.params.staff[group].role === 'administration') continue;
    const best = leastBusyOf(p.establishment.staff[group]);
    if (best !== null) return best;
  }
  return null;
}

/** The active member of `members` with the least open work (the first of equals), or null. */
function leastBusyOf(members: readonly StaffMember[]): StaffMember | null {
  let best: StaffMember | null = null;
  for (const member of members) {
    if (member.active && (best === null || member.work.openHours < best.work.openHours)) best = member;
  }
  return best;
}
