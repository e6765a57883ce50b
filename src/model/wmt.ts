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
  // Indexed by tier number, a case not yet tiered (0) counting as tier 1: a
  // lookup by a name built for each case would cost more than the sum.
  const byTierNumber = [byTier.tier1, byTier.tier1, byTier.tier2, byTier.tier3, byTier.tier4];
  let points = recentParoleReports * params.wmt.paroleReportPoints;
  for (const p of member.caseload) points += byTierNumber[p.tier];
  return points;
}

/** Capacity % for one person (NaN when they have no points available). */
export function capacityPercent(params: Scenario, member: StaffMember, recentParoleReports: number): number {
  const available = availablePoints(params, member);
  return available > 0 ? (100 * caseloadPoints(params, member, recentParoleReports)) / available : NaN;
}
