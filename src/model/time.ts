/** The model's clock unit is the hour; these convert the units scenarios use. */
export const DAY = 24;
export const WEEK = 7 * DAY;
export const YEAR = 365.25 * DAY;
export const MONTH = YEAR / 12;
