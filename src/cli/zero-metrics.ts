/**
 * Headline metrics that cannot be other than zero in a scenario, left out of
 * the terminal's headlines with a note rather than printed as a row of zeros:
 * with no caseload cap, every case gets a supervisor at once (while anyone
 * carries casework), so none waits.
 */
import type { MetricSummary } from '../experiment/interval.ts';
import { zeroWithoutCap } from '../experiment/metric-selections.ts';
import { labelOf } from '../experiment/metric-catalogue.ts';
import { staffGroups, type Scenario } from '../scenario/schema/index.ts';

/** Whether the scenario limits caseloads, overall or for any staff group. */
export function hasCaseloadCap(scenario: Scenario): boolean {
  return scenario.caseload.cap !== null || staffGroups.some((group) => scenario.staff[group].caseloadCap !== null);
}

/** Whether the metric was zero in every replication and could not be otherwise in this scenario. */
export function zeroByDesign(name: string, scenario: Scenario, summary: MetricSummary | undefined): boolean {
  const possible = (zeroWithoutCap as readonly string[]).includes(name) && !hasCaseloadCap(scenario);
  return possible && summary !== undefined && summary.mean === 0 && summary.ci95[0] === 0 && summary.ci95[1] === 0;
}

/** The note that stands for the lines left out, or nothing when none were. */
export function zeroNote(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  return [`(left out: ${names.map((n) => labelOf(n).toLowerCase()).join(', ')}, zero in every replication, as it must be with no caseload cap)`];
}
