/** The measured period of a run: its horizon less the warm-up it leaves out, as the model measures totals over it. */
import { WEEK, YEAR } from '../model/time.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { warmupWeeksOf } from './study.ts';

export interface MeasuredPeriod {
  weeks: number;
  years: number;
}

/** The weeks and years over which a run of `scenario` counts its totals. */
export function measuredPeriod(scenario: Scenario): MeasuredPeriod {
  const horizon = scenario.horizon.years * YEAR;
  const measured = horizon - Math.min(warmupWeeksOf(scenario) * WEEK, horizon);
  return { weeks: measured / WEEK, years: measured / YEAR };
}
