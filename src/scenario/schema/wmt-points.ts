/**
 * The WMT's points for one custody case a month, by the band each of the
 * model's tiers is read as (tiers 1 to 4 as D2, C2, B2 and A2; that reading is
 * an assumption). One source for the WMT's own view of a caseload
 * (wmt.custodyPointsByTier) and for the contact standard worked out from it
 * (contacts.byTier).
 */
export const WMT_CUSTODY_POINTS = { tier1: 14, tier2: 24, tier3: 48, tier4: 60 } as const;
