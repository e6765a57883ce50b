/**
 * The oversight work of custody probation officers in the 2014 role:
 * quality assurance, advice on new cases and parole reports, reviews of
 * complex cases and oversight of NPS cases supervised by prison officers.
 * Demand accrues as it arises and is put on the overseers' lists monthly.
 */
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { createTask } from '../tasks.ts';
import { MONTH } from '../time.ts';
import type { Prisoner, StaffMember } from '../types.ts';
import { noteDemand } from '../workload.ts';

/** Whether probation officers oversee (roles oversight or caseloadAndOversight). */
function officersOversee(ctx: ModelContext): boolean {
  return ctx.params.staff.probationOfficers.role !== 'caseload';
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

/** Advice on a parole report written by someone other than a probation officer. */
export function noteParoleReport(ctx: ModelContext, p: Prisoner): void {
  if (p.supervisor === null || overseenBySomeoneElse(p)) accrue(ctx, p.establishment, ctx.params.oversight.paroleAdviceHours);
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
        onDone: (task) => ctx.metrics.count('oversight.hoursDelivered', task.hours),
      },
      member,
    );
  }
}
