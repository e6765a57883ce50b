/**
 * The workload measure: for each member of staff, the hours of
 * offender-management work that fell to them (at the scenario's standard
 * durations) against the casework hours they had for it, before and after
 * redeployment; the measure is the mean over staff of each person's ratio,
 * as the probation Workload Measurement Tool reports each officer's
 * capacity against its 90–110% band.
 */
import type { ModelContext } from './context.ts';
import type { StaffMember } from './types.ts';

/** One person's workload over the measured period (hours). */
export interface PersonWorkload {
  /** Work demanded of them: contacts of the cases they held, written work they held when it fell due, oversight shared to them. */
  demanded: number;
  /** Casework hours of the shifts they were at work: after absence, other duties and overheads, before redeployment. */
  available: number;
  /** Of `available`, the hours lost to redeployment. */
  lostToRedeployment: number;
}

export function emptyWorkload(): PersonWorkload {
  return { demanded: 0, available: 0, lostToRedeployment: 0 };
}

/**
 * Adds `hours` of work demanded of `member`, or of nobody (a case waiting for
 * a supervisor), over the measured period. Plain sums, read once at the end:
 * this runs for every contact and every shift.
 */
export function noteDemand(ctx: ModelContext, member: StaffMember | null, hours: number): void {
  if (!ctx.metrics.measuring) return;
  if (member !== null) member.workload.demanded += hours;
  else ctx.demandOfNobody.hours += hours;
}

/** Adds a shift's casework hours, and those of them lost to redeployment, over the measured period. */
export function noteShiftHours(ctx: ModelContext, member: StaffMember, available: number, lost: number): void {
  if (!ctx.metrics.measuring) return;
  member.workload.available += available;
  member.workload.lostToRedeployment += lost;
}

/** The totals over everyone, in hours: work demanded (of staff or of nobody), hours available, and hours lost to redeployment. */
export function workloadTotals(ctx: ModelContext): { demanded: number; available: number; lostToRedeployment: number } {
  const totals = { demanded: ctx.demandOfNobody.hours, available: 0, lostToRedeployment: 0 };
  for (const { workload } of ctx.staffEver) {
    totals.demanded += workload.demanded;
    totals.available += workload.available;
    totals.lostToRedeployment += workload.lostToRedeployment;
  }
  return totals;
}

/** Capacity % before and after redeployment: the mean over staff who had hours of 100 × demanded ÷ hours. */
export function capacityPercents(staff: Iterable<StaffMember>): { beforeRedeployment: number; afterRedeployment: number } {
  let before = 0;
  let after = 0;
  let people = 0;
  let peopleAfter = 0;
  for (const { workload } of staff) {
    if (!(workload.available > 0)) continue;
    people++;
    before += (100 * workload.demanded) / workload.available;
    const left = workload.available - workload.lostToRedeployment;
    if (left > 0) {
      peopleAfter++;
      after += (100 * workload.demanded) / left;
    }
  }
  return { beforeRedeployment: people > 0 ? before / people : NaN, afterRedeployment: peopleAfter > 0 ? after / peopleAfter : NaN };
}
