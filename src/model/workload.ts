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

/**
 * One person's workload over the measured period (hours). The tallies are
 * fields of the person's own record, not an object of their own: they are
 * added to for every contact and every shift, when the record is in hand.
 */
export interface PersonWorkload {
  /** Work demanded of them: contacts of the cases they held, written work they held when it fell due, oversight shared to them. */
  demandedHours: number;
  /** Casework hours of the shifts they were at work: after absence, other duties and overheads, before redeployment. */
  availableHours: number;
  /** Of `availableHours`, the hours lost to redeployment. */
  hoursLostToRedeployment: number;
}

/** One person's workload, with what tells a week's own from the totals: whether they were over the band for weeks running. */
export interface WeeklyWorkload extends PersonWorkload {
  /** `demandedHours` and `availableHours` when this week began, so a week's own can be told from the totals. */
  demandedAtWeekStart: number;
  availableAtWeekStart: number;
  /** Weeks running, up to this one, in which the work demanded came to more than 110% of the hours for it. */
  weeksOverBand: number;
  /** Whether they were over 110% for four weeks running at any time in the measured period (the WMT's test of excessive workload). */
  overBandFourWeeks: boolean;
}

/** The top of the WMT's 90–110% band, and the weeks running above it that make a workload excessive. */
export const BAND_TOP_PERCENT = 110;
export const EXCESSIVE_WEEKS = 4;

/**
 * Closes one measured week of a person's workload: counts it towards a run of
 * weeks over the band, or ends the run (a week with no casework hours ends it
 * too). Reads the totals; changes nothing the other measures read.
 */
export function closeWorkloadWeek(member: WeeklyWorkload): void {
  const demanded = member.demandedHours - member.demandedAtWeekStart;
  const available = member.availableHours - member.availableAtWeekStart;
  member.weeksOverBand = available > 0 && (100 * demanded) / available > BAND_TOP_PERCENT ? member.weeksOverBand + 1 : 0;
  if (member.weeksOverBand >= EXCESSIVE_WEEKS) member.overBandFourWeeks = true;
  member.demandedAtWeekStart = member.demandedHours;
  member.availableAtWeekStart = member.availableHours;
}

/** Work demanded as a per cent of the hours for it over everyone in `staff` together, each weighted by their hours (NaN when none had any). */
export function hoursWeightedPercent(staff: Iterable<PersonWorkload>): number {
  let demanded = 0;
  let available = 0;
  for (const member of staff) {
    demanded += member.demandedHours;
    available += member.availableHours;
  }
  return available > 0 ? (100 * demanded) / available : NaN;
}

/**
 * Adds `hours` of work demanded of `member`, or of nobody (a case waiting for
 * a supervisor), over the measured period. Plain sums, read once at the end:
 * this runs for every contact and every shift.
 */
export function noteDemand(ctx: ModelContext, member: StaffMember | null, hours: number): void {
  if (!ctx.metrics.measuring) return;
  if (member !== null) member.demandedHours += hours;
  else ctx.demandOfNobody += hours;
}

/** Adds a shift's casework hours, and those of them lost to redeployment, over the measured period. */
export function noteShiftHours(ctx: ModelContext, member: StaffMember, available: number, lost: number): void {
  if (!ctx.metrics.measuring) return;
  member.availableHours += available;
  member.hoursLostToRedeployment += lost;
}

/** The totals over everyone, in hours: work demanded (of staff or of nobody), hours available, and hours lost to redeployment. */
export function workloadTotals(ctx: ModelContext): { demanded: number; available: number; lostToRedeployment: number } {
  const totals = { demanded: ctx.demandOfNobody, available: 0, lostToRedeployment: 0 };
  for (const member of ctx.staffEver) {
    totals.demanded += member.demandedHours;
    totals.available += member.availableHours;
    totals.lostToRedeployment += member.hoursLostToRedeployment;
  }
  return totals;
}

/** Capacity % before and after redeployment: the mean over staff who had hours of 100 × demanded ÷ hours. */
export function capacityPercents(staff: Iterable<PersonWorkload>): { beforeRedeployment: number; afterRedeployment: number } {
  let before = 0;
  let after = 0;
  let people = 0;
  let peopleAfter = 0;
  for (const member of staff) {
    if (!(member.availableHours > 0)) continue;
    people++;
    before += (100 * member.demandedHours) / member.availableHours;
    const left = member.availableHours - member.hoursLostToRedeployment;
    if (left > 0) {
      peopleAfter++;
      after += (100 * member.demandedHours) / left;
    }
  }
  return { beforeRedeployment: people > 0 ? before / people : NaN, afterRedeployment: peopleAfter > 0 ? after / peopleAfter : NaN };
}
