/** The model's clock unit is the hour; these convert the units scenarios use. */
export const HOUR = 1;
export const DAY = 24;
export const WEEK = 7 * DAY;
export const YEAR = 365.25 * DAY;
export const MONTH = YEAR / 12;

/** Whole weeks elapsed at time `t` (week 0 starts at time 0). */
export function weekOf(t: number): number {
  return Math.floor(t / WEEK);
}
