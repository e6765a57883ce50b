/**
 * The staff a run would put in post, at the start and after each timeline
 * change, checked against the scenario's limit before anything is built (see
 * checkStaffInPost): the probation resource allocation tool can set more
 * probation officers than the scenario's own check, which counts only the
 * head counts written, can see.
 */
import { staffGroups, type Scenario } from '../scenario/schema/index.ts';
import { establishmentConfig } from './config.ts';
import { checkStaffInPost } from './runaway.ts';
import { withChanges } from './timeline.ts';

/** Refuses `scenario` if its staff in post would at any time be over the limit. */
export function checkStaffThroughout(scenario: Scenario): void {
  checkStaffOf(scenario, null);
  // In the order the run applies them: by week, and as written within a week.
  let params = scenario;
  for (const change of [...scenario.timeline].sort((a, b) => a.week - b.week)) {
    params = withChanges(params, change.set);
    checkStaffOf(params, change.week);
  }
}

/** Refuses the staff in post under `params` (in force from `week`; null: the start) if over the limit. */
function checkStaffOf(params: Scenario, week: number | null): void {
  let staff = 0;
  let officers = 0;
  const groups = params.estate.length > 0 ? params.estate : [null];
  for (const group of groups) {
    const count = group?.count ?? 1;
    const { staffCount } = establishmentConfig(params, group);
    for (const g of staffGroups) staff += count * staffCount[g];
    officers += count * staffCount.probationOfficers;
  }
  checkStaffInPost(staff, params.probationTool.setsCount ? officers : null, week);
}
