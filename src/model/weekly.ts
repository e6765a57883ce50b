/** The weekly look at the system: caseloads, waiting cases, backlog and WMT capacity, recorded as a series. */
import { Tally } from '../engine/index.ts';
import type { ModelContext } from './context.ts';
import { doesCasework } from './stages/workers.ts';
import { DAY } from './time.ts';
import { staffGroups, type StaffGroup } from '../scenario/schema/index.ts';
import type { StaffMember } from './types.ts';
import { capacityPercent } from './wmt.ts';
import { closeWorkloadWeek } from './workload.ts';

/** Weekly caseload figures over the measured period. */
export class CaseloadSummary {
  readonly mean = new Tally();
  readonly p90 = new Tally();
  readonly wmtCapacity = new Tally();
  max = 0;
  /** The mean caseload of each group that holds cases, at each weekly look (kept under OMiC only: the POMs' caseloads by type). */
  readonly meanByGroup = new Map<StaffGroup, Tally>();
  /** The largest caseload anyone of each group held at a weekly look (groups that hold cases). */
  readonly maxByGroup = new Map<StaffGroup, number>();
}

/** The WMT's window for recent parole reports. */
const PAROLE_POINTS_WINDOW = 30 * DAY;

/** Takes this week's snapshot; adds it to `summary` when in the measured period. */
export function snapshotWeek(ctx: ModelContext, summary: CaseloadSummary | null): Record<string, number> {
  const caseloads: number[] = [];
  const capacity = new Tally();
  let staffInPost = 0;
  // Loops over the groups' lists rather than establishment.allStaff(): a
  // generator, run 52 times a year, mostly before V8 has optimised it.
  for (const establishment of ctx.establishments) {
    for (const group of staffGroups) {
      for (const member of establishment.staff[group]) {
        staffInPost++;
        if (summary !== null) closeWorkloadWeek(member);
        if (!doesCasework(ctx, member)) continue;
        caseloads.push(member.caseload.size);
        if (summary !== null) summary.maxByGroup.set(member.group, Math.max(summary.maxByGroup.get(member.group) ?? 0, member.caseload.size));
        const percent = capacityPercent(ctx.params, member, recentParoleReports(ctx, member));
        if (!Number.isNaN(percent)) capacity.add(percent);
      }
    }
  }
  if (summary !== null && ctx.params.omic !== undefined) addGroupMeans(ctx, summary);
  caseloads.sort((a, b) => a - b);
  const mean = caseloads.length > 0 ? caseloads.reduce((a, b) => a + b, 0) / caseloads.length : 0;
  const p90 = caseloads.length > 0 ? caseloads[Math.min(caseloads.length - 1, Math.ceil(0.9 * caseloads.length) - 1)] : 0;
  const max = caseloads.length > 0 ? caseloads[caseloads.length - 1] : 0;
  if (summary !== null) {
    summary.mean.add(mean);
    summary.p90.add(p90);
    summary.max = Math.max(summary.max, max);
    if (capacity.count > 0) summary.wmtCapacity.add(capacity.mean);
  }
  return {
    'prisoners.population': ctx.metrics.level('prisoners.population'),
    'prisoners.inScope': ctx.metrics.level('prisoners.inScope'),
    'cases.unallocated': ctx.metrics.level('cases.unallocated'),
    'caseload.perSupervisor.mean': mean,
    'caseload.perSupervisor.p90': p90,
    'caseload.perSupervisor.max': max,
    'reports.backlog': ctx.metrics.level('reports.backlog'),
    'wmt.capacityPercent.mean': capacity.count > 0 ? capacity.mean : NaN,
    'staff.inPost': staffInPost,
  };
}

/** Adds each caseload-holding group's mean caseload this week to `summary`. */
function addGroupMeans(ctx: ModelContext, summary: CaseloadSummary): void {
  for (const group of staffGroups) {
    let cases = 0;
    let people = 0;
    for (const establishment of ctx.establishments) {
      for (const member of establishment.staff[group]) {
        if (!doesCasework(ctx, member)) continue;
        cases += member.caseload.size;
        people++;
      }
    }
    if (people === 0) continue;
    let tally = summary.meanByGroup.get(group);
    if (tally === undefined) summary.meanByGroup.set(group, (tally = new Tally()));
    tally.add(cases / people);
  }
}

function recentParoleReports(ctx: ModelContext, member: StaffMember): number {
  const done = member.paroleReportsDone;
  const since = ctx.sim.now - PAROLE_POINTS_WINDOW;
  while (done.length > 0 && done[0] < since) done.shift();
  return done.length;
}
