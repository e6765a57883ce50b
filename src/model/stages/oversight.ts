/**
 * The oversight work of custody probation officers in the 2014 role:
 * quality assurance, advice on new cases and parole reports, reviews of
 * complex cases and oversight of NPS cases supervised by prison officers.
 * Demand accrues as it arises and is put on the overseers' lists monthly.
 */
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { createTask, handOnTo } from '../tasks.ts';
import { MONTH } from '../time.ts';
import type { Prisoner, StaffMember, Task, TaskKind, TaskListener } from '../types.ts';
import { noteDemand } from '../workload.ts';
import { decide } from '../decisions.ts';

/** Whether probation officers oversee (roles oversight or caseloadAndOversight). */
function officersOversee(ctx: ModelContext): boolean {
  const role = ctx.params.staff.probationOfficers.role;
  return role === 'oversight' || role === 'caseloadAndOversight';
}

/** Members of staff who oversee. */
export function overseers(ctx: ModelContext, establishment: Establishment): StaffMember[] {
  return officersOversee(ctx) ? establishment.staff.probationOfficers.filter((m) => m.active) : [];
}

function accrue(ctx: ModelContext, establishment: Establishment, hours: number): void {
  if (hours <= 0 || !officersOversee(ctx) || !establishment.staff.probationOfficers.some((m) => m.active)) return;
  establishment.oversightHoursAccrued += hours;
}

function overseenBySomeoneElse(p: Prisoner): boolean {
  return p.supervisor !== null && p.supervisor.group !== 'probationOfficers';
}

/** Advice on a case newly allocated to someone other than a probation officer. */
export function noteNewCase(ctx: ModelContext, p: Prisoner): void {
  if (overseenBySomeoneElse(p)) accrue(ctx, p.establishment, ctx.params.oversight.newCaseAdviceHours);
}

/**
 * Advice on a parole report written by someone other than a probation
 * officer. Asked of the report's writer, not the case's supervisor: where
 * only probation officers may write it, a prison officer's case has its
 * report written by a probation officer, who needs no advice.
 */
export function noteParoleReport(ctx: ModelContext, p: Prisoner, report: Task): void {
  if (report.owner === null || report.owner.group !== 'probationOfficers') accrue(ctx, p.establishment, ctx.params.oversight.paroleAdviceHours);
}

/** The month's standing oversight: quality assurance per supervisor, complex-case reviews and NPS case oversight. */
export function monthlyOversightHours(ctx: ModelContext, establishment: Establishment): number {
  const params = ctx.params.oversight;
  let supervisors = 0;
  let hours = 0;
  for (const member of establishment.allStaff()) {
    if (member.group === 'probationOfficers' || member.caseload.size === 0) continue;
    supervisors++;
    for (const p of member.caseload) {
      if (params.complexFor.includes(p.rosh)) hours += (params.complexCaseReviewsPerYear / 12) * params.complexCaseReviewHours;
      if (p.owner === 'nps') hours += params.highRiskOversightHoursPerCasePerMonth;
    }
  }
  return hours + supervisors * params.qualityAssuranceHoursPerSupervisorPerMonth;
}

/** Counts the hours of oversight delivered when an overseer finishes a month's share. */
class OversightDelivered implements TaskListener {
  constructor(private readonly ctx: ModelContext) {}

  done(task: Task): void {
    this.ctx.metrics.count('oversight.hoursDelivered', task.hours);
  }
}

/** Puts a month of oversight on the overseers' lists, shared equally, due within the month. */
export function scheduleMonthOfOversight(ctx: ModelContext, establishment: Establishment): void {
  const people = overseers(ctx, establishment);
  const total = establishment.oversightHoursAccrued + (people.length > 0 ? monthlyOversightHours(ctx, establishment) : 0);
  establishment.oversightHoursAccrued = 0;
  if (people.length === 0 || total <= 0) return;
  ctx.metrics.count('oversight.hoursNeeded', total);
  for (const member of people) {
    noteDemand(ctx, member, total / people.length);
    createTask(
      ctx,
      {
        kind: 'oversight',
        prisoner: null,
        hours: total / people.length,
        due: ctx.sim.now + MONTH,
        onDone: new OversightDelivered(ctx),
      },
      member,
    );
  }
}

/**
 * The sign-off of an NPS case's written work, where probation officers
 * oversee: when someone other than a probation officer finishes a piece of
 * the kinds named, it goes to the least busy overseer to sign off, and only
 * then counts as done; a share is sent back to its writer for rework, then
 * signed off again. Null (no sign-off) for any other case or kind of work.
 */
export function signOffFor(ctx: ModelContext, p: Prisoner, kind: TaskKind): ((task: Task) => boolean) | null {
  const params = ctx.params.oversight.signOff;
  if (!officersOversee(ctx) || p.owner !== 'nps' || !(params.kinds as readonly TaskKind[]).includes(kind)) return null;
  let writer: StaffMember | null = null;
  let standardHours = 0;
  return (task) => {
    if (!task.signOff) {
      // The writing is finished: to an overseer, unless a probation officer wrote it.
      if (task.owner === null || task.owner.group === 'probationOfficers') return false;
      const overseer = leastBusyOverseer(ctx, p.establishment);
      if (overseer === null) return false;
      writer = task.owner;
      standardHours = Math.max(standardHours, task.hours);
      ctx.metrics.count('oversight.signOffs');
      handOnTo(task, overseer, params.hours, true);
      return true;
    }
    // Signed off, or sent back.
    // Drawn first, whoever wrote it, so the prisoner's later draws do not depend on it.
    const sentBack = decide(p, params.reworkShare);
    if (writer === null || !writer.active || !sentBack) return false;
    ctx.metrics.count('oversight.returnedForRework');
    handOnTo(task, writer, standardHours * params.reworkShareOfHours, false);
    return true;
  };
}

function leastBusyOverseer(ctx: ModelContext, establishment: Establishment): StaffMember | null {
  let best: StaffMember | null = null;
  for (const member of overseers(ctx, establishment)) if (best === null || member.work.openHours < best.work.openHours) best = member;
  return best;
}
