/** The model's clock unit is the hour; these convert the units scenarios use. */
export const DAY = 24;
export const WEEK = 7 * DAY;
export const YEAR = 365.25 * DAY;
export const MONTH = YEAR / 12;

/**
 * Weeks in a run of `years`: the weekly snapshots a replication records
 * (model.ts takes one at the end of each whole week up to the horizon).
 */
export function weeksInRun(years: number): number {
  const horizon = years * YEAR;
  let weeks = 0;
  while ((weeks + 1) * WEEK <= horizon) weeks++;
  return weeks;
}
