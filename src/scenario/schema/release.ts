/** Reports with deadlines, and the release decisions that depend on them. */
import { z } from 'zod';
import { assumed, published, withEvidence, type Evidence } from './evidence.ts';
import { hours, months, probability, weeks } from './units.ts';
import { MINUTES_PER_WMT_POINT, WMT_PAROLE_REPORT_POINTS } from './wmt-points.ts';
import { NOMS_OFF_CASEWORK_SHARE } from './workload.ts';

/**
 * Hours of casework the WMT's 120 points for a parole report stand for: 120
 * points are 530 minutes of a full-time officer's contracted time (4.42
 * minutes a point), of which the NOMS time study's 35% is time off
 * casework; 5.75 hours to the nearest quarter-hour.
 */
const PAROLE_REPORT_HOURS = Math.round(((WMT_PAROLE_REPORT_POINTS * MINUTES_PER_WMT_POINT) / 60) * (1 - NOMS_OFF_CASEWORK_SHARE) * 4) / 4;

/** A report's defaults, each with its evidence (schema/evidence.ts). */
interface ReportDefaults {
  hours: number;
  start: number;
  due: number;
  evidence: { hours: Evidence; start: Evidence; due: Evidence };
}

const reportSchema = (what: string, defaults: ReportDefaults) =>
  z
    .object({
      hours: withEvidence(hours(`staff time to write ${what}`).default(defaults.hours), defaults.evidence.hours),
      startWeeksBefore: withEvidence(weeks(`work on ${what} can start this long before the event it serves`).default(defaults.start), defaults.evidence.start),
      dueWeeksBefore: withEvidence(weeks(`${what} is due this long before the event it serves`).default(defaults.due), defaults.evidence.due),
    })
    .strict()
    .prefault({});

export const reportsSchema = z
  .object({
    parole: reportSchema('a parole report', {
      hours: PAROLE_REPORT_HOURS,
      start: 26,
      due: 8,
      evidence: {
        hours: {
          kind: 'published',
          source: 'wmtSeed',
          era: { from: 2021 },
          how: `the WMT’s ${WMT_PAROLE_REPORT_POINTS} points for a parole report by the offender manager (PAROM): ${Math.round(WMT_PAROLE_REPORT_POINTS * MINUTES_PER_WMT_POINT)} minutes of a full-time officer’s contracted time at ${MINUTES_PER_WMT_POINT.toFixed(2)} minutes a point (2,176 points for 37 hours a week), less the ${NOMS_OFF_CASEWORK_SHARE * 100}% of time off casework in the NOMS time study: ${PAROLE_REPORT_HOURS} hours`,
        },
        start: {
          kind: 'published',
          source: 'pacParole2001',
          era: { from: 2000 },
          how: 'dossier work starts about 26 weeks before the parole date; no later timetable was read',
        },
        due: {
          kind: 'assumption',
          why: 'the report is due eight weeks before the hearing, ahead of the dossier’s cut-off; no published timetable for the parole report was found',
          range: [4, 16],
        },
      },
    }),
    hdc: reportSchema('a home detention curfew assessment', {
      hours: 3,
      start: 10,
      due: 4,
      evidence: {
        hours: { kind: 'assumption', why: 'an address check and a risk assessment; no published time was found', range: [1, 6] },
        start: {
          kind: 'assumption',
          why: 'work starts ten weeks before the HDC eligibility date; no published timetable was found. The range starts at 8 weeks, the latest the due date’s range allows, so that no pair of values from the two ranges has work start after it is due',
          range: [8, 16],
        },
        due: { kind: 'assumption', why: 'due four weeks before the HDC eligibility date, for the decision; no published timetable was found', range: [1, 8] },
      },
    }),
    handover: reportSchema('a pre-release handover', {
      hours: 3,
      start: 4,
      due: 0,
      evidence: {
        hours: { kind: 'assumption', why: 'a handover meeting and its notes for the community offender manager; no published time was found', range: [1, 6] },
        start: {
          kind: 'assumption',
          why: 'work starts four weeks before the handover; the allocation manager flags handovers due in the next eight weeks. The range starts at 4 weeks, the latest the due date’s range allows, so that no pair of values from the two ranges has work start after it is due',
          range: [4, 8],
          informedBy: 'handoverRulesBefore2023',
        },
        due: { kind: 'assumption', why: 'due on the handover date itself', range: [0, 4] },
      },
    }),
    handoverMonthsBeforeRelease: published(months('the handover to the community offender manager happens this long before release').default(2.76), {
      source: 'handoverRulesBefore2023',
      era: { from: 2014, to: 2019 },
      how: 'twelve weeks before release (2.76 months), the rule for community rehabilitation company cases from 2014 (until 2021), taken until the Offender Management in Custody handover of 2019; it is the only published pre-release date before that model, and under the 2011 model, where the community offender manager held the case throughout, no handover date was published',
      otherEras: [
        { value: 7.5, era: { from: 2019, to: 2023 }, source: 'handoverRulesBefore2023' },
        { value: 8.46, era: { from: 2023 }, source: 'handoverRules2023' },
      ],
    }),
    handoverMinCustodyMonths: published(months('no handover when time in custody is this short or shorter').default(10), {
      source: 'handoverRulesBefore2023',
      era: { from: 2019 },
      how: 'no handover for 10 months’ custody or less before April 2023; since April 2023 none when sentence start plus 10 months reaches the release date, the same 10 months',
    }),
  })
  .strict();

export const paroleSchema = z
  .object({
    releaseProbability: published(probability('chance a hearing with a complete dossier directs release').default(0.18), {
      source: 'paroleBoard1011',
      era: { from: 2009, to: 2012 },
      // The Board's rate for determinate (DCR) cases, 18% in 2009/10 and in 2010/11; no rate for indeterminate cases of those years was read.
      how: 'the Parole Board directed release in 18% of determinate (DCR) cases in 2009/10 and in 2010/11, taken for 2009 to 2011',
      otherEras: [{ value: 0.28, era: { from: 2023, to: 2024 }, source: 'paroleBoard2324' }],
    }),
    releaseProbabilityWithoutReports: assumed(probability('chance a hearing without the reports directs release').default(0.05), {
      why: 'release is rare without reports: a prisoner whose dossier held no reports was refused parole (Role of the Prison Officer, para 179)',
      range: [0, 0.15],
      informedBy: 'justiceCommittee2009',
    }),
    // At most a year: a deferred hearing is listed again deferralWeeks later, and when its new
    // cut-off has passed already it is deferred again at once — with a cut-off of years,
    // thousands of times at one instant.
    dossierCutOffWeeks: assumed(weeks('the dossier must be complete this long before the hearing').max(52).default(4), {
      why: 'four weeks for the panel and the parties to read the dossier; the Parole Board’s rules set the listing timetable but no cut-off was found',
      range: [2, 8],
    }),
    dossierNeedsCurrentOasys: assumed(
      z
        .boolean()
        .default(true)
        .describe('a dossier is complete only if the case has no OASys assessment, sentence plan or OASys review overdue at the cut-off'),
      { why: 'a parole dossier holds the case’s current OASys and sentence plan as well as the reports; the NAO found 97 of 276 lifer cases lacking one or the other', informedBy: 'naoParole2008' },
    ),
    deferralProbabilityIncompleteDossier: assumed(
      probability('chance a hearing whose dossier is incomplete at the cut-off is deferred; otherwise it is heard without the reports').default(0.8),
      {
        why: 'most panels put a hearing back rather than decide without the reports; the NAO’s two thirds of lifer cases deferred at least once (2008) is a result the model is compared with, not this chance',
        range: [0.3, 0.95],
        informedBy: 'naoParole2008',
      },
    ),
    otherDeferralProbability: assumed(probability('chance a hearing is deferred on the day for reasons other than the dossier').default(0.05), {
      why: 'one hearing in twenty put back on the day for witnesses, the panel or legal representation; no published rate was found',
      range: [0, 0.2],
    }),
    // At least a week: a hearing put back by no time comes round again at the same
    // instant, where it may be put back again, for ever.
    deferralWeeks: assumed(weeks('how long a deferred hearing is put back', 1).default(12), {
      why: 'a deferred hearing is listed again about three months later; no published figure was found',
      range: [4, 26],
    }),
    // At least a month: a refused case with no time to its next hearing is heard again
    // at the same instant, for ever; and the initial population replays each lifer's hearings over
    // up to 40 years, one for each interval.
    reviewMonths: assumed(months('time to the next hearing after a refusal', 1).default(12), {
      why: 'a year to the next review after a refusal; the Secretary of State must refer the case again at least every two years',
      range: [6, 24],
      informedBy: 'ippFirstHearings2023',
    }),
  })
  .strict();

export const hdcSchema = z
  .object({
    minSentenceWeeks: published(weeks('shortest sentence eligible for home detention curfew').default(12), {
      source: 'hdcFramework',
      era: { from: 1999 },
      how: 'sentences of 12 weeks or more are eligible; prisoners serving more than three months were eligible from the scheme’s start on 28 January 1999 (written answer HL3841, 2000)',
    }),
    maxSentenceMonths: published(months('sentences this long or longer are not eligible').default(48), {
      source: 'hdcFramework',
      era: { from: 1999, to: 2024 },
      how: 'sentences under four years (48 months) are eligible, from the scheme’s start in 1999; the limit on sentence length was removed on 17 June 2024, which the field can express only as a limit beyond any sentence',
    }),
    maxDaysEarly: published(z.number().min(0).max(365).default(135).describe('most days before the automatic release date that HDC may start (days)'), {
      source: 'hdcStatement2003',
      era: { from: 2003, to: 2023 },
      how: 'up to 135 days before the halfway point, from 2003 until 6 June 2023',
      otherEras: [{ value: 180, era: { from: 2023 }, source: 'hdcOrder2023' }],
    }),
    // At least a day (the policy says 14): with none, HDC could release people the moment they
    // arrive, stays of no time that receptions without end would have to replace.
    minDaysInCustody: published(z.number().min(1).max(365).default(14).describe('least time in custody before HDC (days)'), {
      source: 'hdcFramework',
      era: { from: 2023 },
      how: 'at least 14 days in custody before HDC, as the current framework states; the earlier rule (at least a quarter of the sentence in custody, 2003) is not a number of days',
    }),
    // Calibrated, not validated: docs/validation.md lists the HDC share among the figures a scenario is set to.
    grantProbability: published(probability('chance HDC is granted when the assessment is done in time').default(0.2), {
      source: 'hdcShareOfEligible',
      era: { from: 2014, to: 2018 },
      how: '19%, 19%, 21% and 21% of those serving sentences of the right length were released on HDC in 2014 to 2017 (a count that includes the statutorily excluded), about a fifth; read as the chance of a grant when the assessment is done in time, since nearly all are',
      otherEras: [{ value: 0.36, era: { from: 2018, to: 2019 }, source: 'hdcShareOfEligible' }],
    }),
  })
  .strict();
