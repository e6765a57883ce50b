/**
 * The Workload Measurement Tool's view of the same caseload: points for each
 * case by tier and for parole reports, against the points a person's hours
 * are expected to carry (capacity % = points / available points × 100).
 */
import type { Scenario } from '../scenario/schema/index.ts';
import type { StaffMember } from './types.ts';

/** The points available to one person: nominal target × (contracted / default hours) × share for offender management. */
export function availablePoints(params: Scenario, member: StaffMember): number {
  const group = params.staff[member.group];
  const wmt = params.wmt;
  return wmt.nominalTargetPoints * (group.contractedHoursPerWeek / wmt.defaultContractedHours) * group.omShare;
}

/** The points of a person's caseload, plus parole reports they finished in the last 30 days. */
export function caseloadPoints(params: Scenario, member: StaffMember, recentParoleReports: number): number {
  const byTier = params.wmt.custodyPointsByTier;
  const cases = member.caseload;
  // A case not yet tiered (tier number 0) counts as tier 1. Points are whole
  // numbers, so the sum is exact in whatever order it is taken.
  return (
    recentParoleReports * params.wmt.paroleReportPoints +
    (cases.countOfTier(0) + cases.countOfTier(1)) * byTier.tier1 +
    cases.countOfTier(2) * byTier.tier2 +
    cases.countOfTier(3) * byTier.tier3 +
    cases.countOfTier(4) * byTier.tier4
  );
}

/** Capacity % for one person (NaN when they have no points available). */
export function capacityPercent(params: Scenario, member: StaffMember, recentParoleReports: number): number {
  const available = availablePoints(params, member);
  return available > 0 ? (100 * caseloadPoints(params, member, recentParoleReports)) / available : NaN;
}
