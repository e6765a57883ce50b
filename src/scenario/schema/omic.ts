/**
 * Offender Management in Custody (OMiC, 2018 onwards): key work by band 3
 * officers, and the community offender manager (COM) who supports each case
 * in custody and takes responsibility for it from the handover date. The
 * prison offender managers (POMs) are the existing caseload groups: prison
 * POMs are the offender supervisors (prison officers), probation POMs the
 * probation officers, allocated by the scenario's allocation rules.
 *
 * The section is optional: a scenario without it is of the model before
 * OMiC, and runs as it always has.
 */
import { z } from 'zod';
import { assumed, published } from './evidence.ts';
import { count, hours, minutes, share, weeks } from './units.ts';
import { WMT_LICENCE_POINTS } from './wmt-points.ts';

/** When the COM takes responsibility for a case: the rules of the allocation manager's code, or a fixed time before release. */
export const handoverRules = ['since2023', 'before2023', 'monthsBeforeRelease'] as const;
export type HandoverRule = (typeof handoverRules)[number];

export const handoverRuleWords: Record<HandoverRule, string> = {
  since2023: 'since April 2023: 8 months 14 days before release (indeterminate: 12 months before tariff end)',
  before2023: 'before April 2023: 7 months 15 days before release (indeterminate: 8 months before tariff end)',
  monthsBeforeRelease: 'reports.handoverMonthsBeforeRelease before release',
};

const OMIC = { from: 2018 };

export const keyWorkSchema = z
  .object({
    workers: assumed(
      count('key workers (band 3 prison officers) in each establishment; null: enough for everyone held at the caseload', 100_000).nullable().default(null),
      {
        why: 'every man in the closed estate was to have a key worker, so by default each establishment has enough (its population ÷ the caseload, rounded up); no count per prison is published, and a scenario or a lever names fewer',
        range: [0, 300],
        informedBy: 'keyWorkAnswer2018',
      },
    ),
    caseload: published(count('prisoners one key worker holds', 100).min(1).default(6), {
      source: 'keyWorkAnswer2018',
      era: OMIC,
      how: 'about six prisoners per band 3 officer (the key worker code’s default capacity of 2018 is the same; it is 9 in later versions)',
    }),
    sessionsPerWeek: published(z.number().min(0).max(7).default(1).describe('key-work sessions owed to each prisoner with a key worker a week (a number; 0.5 for fortnightly)'), {
      source: 'keyworkerApi',
      era: OMIC,
      how: 'sessions every week: the key worker code’s session frequency of one week',
    }),
    sessionMinutes: published(minutes('length of one key-work session').default(45), {
      source: 'keyWorkAnswer2018',
      era: OMIC,
      how: 'about 45 minutes per prisoner per week',
    }),
    absenceShare: assumed(share('share of a key worker’s weeks lost to leave, sickness and training (no sessions that week)').default(0.19), {
      why: 'a prison officer’s leave, sickness and training, as the staff groups’ defaults (12%, 5% and 2%)',
      range: [0.12, 0.26],
      informedBy: 'naoSickness2004',
    }),
    ringFenced: assumed(z.boolean().default(false).describe('true when key work is protected: never cut when officers are redeployed'), {
      why: 'key work was not protected: it is what a prison short of officers stops first, and the POA and the Prison Reform Trust said so from its start',
      informedBy: 'keyWorkAnswer2018',
    }),
    cutFirstFactor: assumed(
      z
        .number()
        .min(1)
        .max(20)
        .default(2)
        .describe('how much likelier a key-work session is lost than an offender supervisor’s shift is redeployed: chance lost = factor × (redeployment.shiftProbability + shortfallSensitivity × shortfall), at most 1'),
      {
        why: 'key work is the first of an officer’s duties cut when a prison is short, before the regime and the offender management unit: a session is lost at twice the rate an offender supervisor is redeployed; no published rate was found',
        range: [1, 4],
      },
    ),
  })
  .strict();

const licenceEvidence = (tier: keyof typeof WMT_LICENCE_POINTS, band: string) =>
  published(count(`WMT points a month for a case of tier ${tier.slice(4)} the COM is responsible for`, 1_000).default(WMT_LICENCE_POINTS[tier]), {
    source: 'wmtSeed',
    era: { from: 2021 },
    how: `the WMT’s licence-case points for ${band} (${WMT_LICENCE_POINTS[tier]}), the band the model’s tier ${tier.slice(4)} is read as (as for the custody points)`,
  });

export const comSchema = z
  .object({
    handoverRule: published(
      z
        .enum(handoverRules)
        .default('since2023')
        .describe(`when the COM takes responsibility: ${handoverRules.map((r) => `${r}: ${handoverRuleWords[r]}`).join('; ')}; a case with 10 months or less in custody is the COM’s from the start`),
      {
        source: 'handoverRules2023',
        era: { from: 2023 },
        how: 'determinate: release − 8 months 14 days; indeterminate: tariff end − 12 months; no handover (the COM responsible from the start) when sentence start + 10 months reaches release',
        otherEras: [{ value: 'before2023', era: { from: 2019, to: 2023 }, source: 'handoverRulesBefore2023' }],
      },
    ),
    licencePointsByTier: z
      .object({
        tier1: licenceEvidence('tier1', 'D2'),
        tier2: licenceEvidence('tier2', 'C2'),
        tier3: licenceEvidence('tier3', 'B2'),
        tier4: licenceEvidence('tier4', 'A2'),
      })
      .strict()
      .prefault({})
      .describe('the COM’s WMT points for a case once responsible (the custody points of the wmt section before that)'),
    preRelease: z
      .object({
        hours: assumed(hours('staff time for the pre-release work on a case: contact before release and release planning').default(4), {
          why: 'a meeting with the prisoner, the licence conditions and arrangements for accommodation and the first appointment; no published time was found',
          range: [2, 8],
        }),
        startWeeksBefore: assumed(weeks('the pre-release work starts this long before release').default(12), {
          why: 'release planning starts twelve weeks before release, as for the community rehabilitation companies’ cases (release − 12 weeks)',
          range: [6, 26],
          informedBy: 'handoverRulesBefore2023',
        }),
        dueWeeksBefore: assumed(weeks('the pre-release work is due this long before release').default(2), {
          why: 'the arrangements are in place a fortnight before release, so the licence can be issued',
          range: [0, 6],
        }),
        interviewShare: assumed(share('of the pre-release work, the contact with the prisoner before release').default(0.25), {
          why: 'a meeting with the prisoner before release, the rest the arrangements for release; no published split was found',
          range: [0.1, 0.5],
        }),
      })
      .strict()
      .prefault({})
      .describe('the work before release that falls to whoever is responsible for the case when it starts: the COM from the handover date, else the POM'),
    staffedShare: published(share('the COMs’ hours as a share of those their cases need: the chance a COM does the pre-release work that falls to them').default(0.7), {
      source: 'hmipResettlement2023',
      era: { from: 2022 },
      how: 'regions 30% short of practitioners for resettlement work, read as 70% of the work done (that reading is an assumption)',
    }),
  })
  .strict();

export const omicSchema = z
  .object({
    keyWork: keyWorkSchema.prefault({}).describe('key work: band 3 officers, each with a few prisoners, a session a week each'),
    com: comSchema.prefault({}).describe('the community offender manager: supporting in custody, responsible from the handover date'),
  })
  .strict();

export type OmicParams = z.output<typeof omicSchema>;
export type KeyWorkParams = OmicParams['keyWork'];
export type ComParams = OmicParams['com'];
