/**
 * The Workload Measurement Tool's published figures that more than one
 * default is worked out from: one source for the WMT's own view of a
 * caseload (the wmt section) and for the task times read from it (the
 * contact standard, the parole report's hours).
 */

/** Points for one custody case a month, by the band each of the model's tiers is read as (tiers 1 to 4 as D2, C2, B2 and A2; that reading is an assumption). */
export const WMT_CUSTODY_POINTS = { tier1: 14, tier2: 24, tier3: 48, tier4: 60 } as const;

/** Points for one licence case a month, by the same reading of the model's tiers (D2, C2, B2 and A2). */
export const WMT_LICENCE_POINTS = { tier1: 43, tier2: 65, tier3: 132, tier4: 175 } as const;

/** Points for a parole report by the offender manager (PAROM). */
export const WMT_PAROLE_REPORT_POINTS = 120;

/** The points a full-time probation officer is expected to carry in a month, and the weekly hours that target assumes. */
export const WMT_NOMINAL_TARGET_POINTS = 2176;
export const WMT_DEFAULT_CONTRACTED_HOURS = 37;

/** Minutes of a full-time officer's contracted month one point stands for: 37 × 52 ÷ 12 × 60 ÷ 2,176 ≈ 4.42. */
export const MINUTES_PER_WMT_POINT = (WMT_DEFAULT_CONTRACTED_HOURS * 52 * 60) / 12 / WMT_NOMINAL_TARGET_POINTS;
