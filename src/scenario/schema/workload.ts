/** How staff spend the hours they have, the oversight work of custody probation officers, and the WMT points view. */
import { z } from 'zod';
import { writtenWorkKinds } from './casework.ts';
import { assumed, published, setting, withEvidence, type Evidence } from './evidence.ts';
import { roshLevels } from './population.ts';
import { count, hours, hoursPerWeek, share } from './units.ts';
import { WMT_CUSTODY_POINTS, WMT_DEFAULT_CONTRACTED_HOURS, WMT_NOMINAL_TARGET_POINTS, WMT_PAROLE_REPORT_POINTS } from './wmt-points.ts';

/** What a person does first with their hours (see workingPattern.priority). */
export const priorityPolicies = ['triage', 'deadline', 'contactsFirst', 'reportsFirst'] as const;
export type PriorityPolicy = (typeof priorityPolicies)[number];

/** Each policy in plain words: the schema's description, the report's and the methods' (one source). */
export const priorityPolicyWords: Record<PriorityPolicy, string> = {
  triage:
    'work with release consequences first (parole reports before all else, then HDC assessments and the pre-release handover), then overdue work cut down to a short risk review, then supervision contacts from the highest tier down, a new case’s first OASys assessment coming before the contacts of the tier workingPattern.assessmentBeforeTier names, then sentence plans and reviews',
  deadline: 'the nearest deadline first, overdue work before everything else',
  contactsFirst: 'supervision contacts first, then everything else by deadline',
  reportsFirst: 'written work first, then supervision contacts',
};

/** The share of a kind of written work spent face to face with the prisoner: no published breakdown was found. */
function interviewEvidence(range: [number, number]) {
  return { why: 'the interview’s share of the work; the rest is reading, checking and writing; no published breakdown was found', range, informedBy: 'nomsTimeStudy2008' as const };
}

/** The oversight hours of the 2014 role description: the role is published, its hours are not. */
function oversightHours(what: string, range: [number, number]): Evidence {
  return { kind: 'assumption', why: `${what}; the NOMS letter of 19 May 2014 describes the custody probation officer’s role but gives no hours`, range, informedBy: 'pspBenchmark2014' };
}

/** The share of time at work off casework in the NOMS time study of 2008: the working pattern's default, and what a WMT point's time is net of. */
export const NOMS_OFF_CASEWORK_SHARE = 0.35;

export const workingPatternSchema = z
  .object({
    shiftsPerWeek: assumed(
      z.number().int().min(1).max(7).default(5).describe('shifts worked in a week; contracted hours are spread evenly over them (whole number)'),
      { why: 'a five-day week for staff of the offender management unit; some work longer shifts over four days', range: [4, 5] },
    ),
    overheadShare: published(share('share of time at work spent on meetings, travel, waiting for prisoners and other non-case work').default(NOMS_OFF_CASEWORK_SHARE), {
      source: 'nomsTimeStudy2008',
      era: { from: 2008 },
      how: '35% of probation staff time went on things other than direct contact (24%) and computer work (41%); measured for probation staff in the community and applied to every group; no later study was found',
    }),
    priority: assumed(
      z
        .enum(priorityPolicies)
        .default('triage')
        .describe(`what a person does first with the hours they have. ${priorityPolicies.map((p) => `${p}: ${priorityPolicyWords[p]}`).join('; ')}`),
      { why: 'triage as offender management unit staff describe it: release consequences first, then contacts by risk, then plans and reviews; a headline assumption, and the other policies are kept for comparison' },
    ),
    // null puts first assessments after every contact, with plans and reviews.
    assessmentBeforeTier: assumed(
      z
        .number()
        .int()
        .min(1)
        .max(4)
        .nullable()
        .default(2)
        .describe(
          'under triage, a new case’s first OASys assessment comes before supervision contacts of this tier and the tiers below it (whole number 1 to 4); null: after every contact',
        ),
      {
        why: 'resources follow risk (note 4): contacts with tier-4 and tier-3 cases, the highest harm, come before a new case’s first OASys, which sets its tier, risk management and plan, and that comes before routine contact with tiers 2 and 1',
        range: [1, 4],
        informedBy: 'jointInspection2011',
      },
    ),
    interviewShare: z
      .object({
        assessment: assumed(share('of an OASys assessment, the interview').default(0.3), interviewEvidence([0.15, 0.5])),
        sentencePlan: assumed(share('of a sentence plan, the planning meeting with the prisoner').default(0.25), interviewEvidence([0.1, 0.5])),
        oasysReview: assumed(share('of an OASys review, the review interview').default(0.25), interviewEvidence([0.1, 0.5])),
        parole: assumed(share('of a parole report, the interview for it').default(0.2), interviewEvidence([0.1, 0.4])),
        hdc: assumed(share('of an HDC assessment, the interview for it').default(0.1), interviewEvidence([0, 0.3])),
        handover: assumed(share('of the pre-release handover, the meeting with the prisoner').default(0.1), interviewEvidence([0, 0.4])),
      })
      .strict()
      .prefault({})
      .describe('share of each kind of written work spent face to face with the prisoner; it counts as direct contact'),
  })
  .strict();

export const oversightSchema = z
  .object({
    // The 2014 custody probation officer role: the NOMS letter of 19 May 2014 (docs/sources.md).
    qualityAssuranceHoursPerSupervisorPerMonth: withEvidence(
      hours('quality assurance of OASys and sampled case files, per supervisor overseen, each month').default(2),
      oversightHours('two hours a month to quality-assure the OASys assessments and a sample of the case files of each supervisor overseen', [0.5, 6]),
    ),
    newCaseAdviceHours: withEvidence(hours('advice to the supervisor on each newly allocated case').default(0.5), oversightHours('half an hour of advice on each new case', [0.25, 2])),
    complexCaseReviewsPerYear: published(z.number().min(0).max(52).default(2).describe('reviews of each complex case with its supervisor (per year)'), {
      source: 'pspBenchmark2014',
      era: { from: 2014, to: 2019 },
      how: 'complex and higher-risk cases reviewed with the supervisor twice a year, as the custody probation officer’s role of 2014 sets out',
    }),
    complexCaseReviewHours: withEvidence(hours('time for one complex-case review').default(1), oversightHours('an hour for each review of a complex case with its supervisor', [0.5, 3])),
    complexFor: assumed(z.array(z.enum(roshLevels)).default(['high', 'veryHigh']).describe('Risk of Serious Harm levels whose cases count as complex'), {
      why: 'the complex and higher-risk cases the 2014 role names are read as those of high or very high Risk of Serious Harm',
      informedBy: 'pspBenchmark2014',
    }),
    highRiskOversightHoursPerCasePerMonth: withEvidence(
      hours('oversight of each NPS (high-risk) case supervised by someone else, each month').default(0.5),
      oversightHours('half an hour a month to oversee and direct each NPS case a prison officer supervises', [0.25, 2]),
    ),
    paroleAdviceHours: withEvidence(hours('advice on each parole report written by a supervisor').default(1.5), oversightHours('an hour and a half of advice on each parole report a supervisor writes', [0.5, 4])),
    // The 2014 role has probation officers "oversee and direct" every NPS case a prison officer
    // supervises, and quality-assure OASys (the NOMS letter of 19 May 2014; docs/sources.md).
    signOff: z
      .object({
        kinds: assumed(
          z
            .array(z.enum(writtenWorkKinds))
            .default(['assessment', 'sentencePlan', 'oasysReview', 'parole'])
            .describe('written work on NPS cases that a probation officer must sign off before it counts as done, when written by someone else'),
          { why: 'the assessments, plans, reviews and parole reports of NPS cases, which the 2014 role has probation officers quality-assure and oversee', informedBy: 'pspBenchmark2014' },
        ),
        hours: withEvidence(hours('an overseer’s time to sign off one piece of written work').default(0.5), oversightHours('half an hour to read and countersign a piece of written work', [0.25, 1.5])),
        reworkShare: assumed(share('chance a piece of written work is sent back for rework at sign-off').default(0.1), {
          why: 'one piece in ten sent back for more work; no published rate was found',
          range: [0, 0.3],
        }),
        reworkShareOfHours: assumed(share('time for rework, as a share of the work’s standard hours').default(0.25), {
          why: 'rework takes a quarter of the time the work first took; no published figure was found',
          range: [0.1, 0.5],
        }),
      })
      .strict()
      .prefault({})
      .describe('the sign-off of NPS cases’ written work by a probation officer (roles oversight or caseloadAndOversight)'),
  })
  .strict();

// The tool's weights were not published; each is an assumption, with its reasoning.
export const probationToolSchema = z
  .object({
    setsCount: setting(
      z
        .boolean()
        .default(false)
        .describe('true: each establishment has the probation officers the tool sets, rounded up to whole officers, whatever staff.probationOfficers.count says'),
      'a switch of the modelled policy: the tool belongs to the PSP Benchmark of 2014, and scenarios of other models give their own count',
    ),
    officersPerSupervisor: assumed(
      z.number().min(0).max(10).default(0.25).describe('probation officers for each prison-officer offender supervisor at the reference turnover and risk'),
      {
        why: 'the 2014 benchmark took probation officers off caseloads to oversee the prison officers: one for every four prison-officer supervisors at the reference turnover and risk; the tool’s weights were not published',
        range: [0.1, 0.5],
        informedBy: 'pspBenchmark2014',
      },
    ),
    referenceTurnover: assumed(
      z.number().min(0.01).max(1_000).default(2).describe('receptions per place per year at which turnover neither raises nor lowers the complement'),
      { why: 'a local prison receives about twice its size in a year', range: [0.5, 4], informedBy: 'omsq2024' },
    ),
    turnoverWeight: assumed(z.number().min(0).max(2).default(0.5).describe('power of turnover ÷ reference turnover in the complement'), {
      why: 'new receptions bring advice on new cases, but oversight of a case lasts its whole stay, so the complement grows with the square root of turnover rather than in proportion',
      range: [0, 1],
    }),
    referenceHighRiskShare: assumed(
      share('share of prisoners of high or very high Risk of Serious Harm at which risk neither raises nor lowers the complement').default(0.2),
      { why: 'the default population’s risk profile (17% high, 3% very high Risk of Serious Harm)', range: [0.1, 0.4] },
    ),
    riskWeight: assumed(z.number().min(0).max(2).default(1).describe('power of high-risk share ÷ reference share in the complement'), {
      why: 'complex-case reviews and the oversight of NPS cases grow in proportion to the high-risk share',
      range: [0.5, 1.5],
    }),
  })
  .strict();

/** WMT custody points for the band the model's tier is read as: the points are published, the reading of tier 4..1 as A2, B2, C2, D2 is an assumption. */
const custodyPoints = {
  source: 'wmtSeed',
  era: { from: 2021 },
  how: 'points for one custody case: 14 for tier D2, 24 for C2, 48 for B2 and 60 for A2, the model’s tiers 1 to 4 being read as D2, C2, B2 and A2 (that reading is an assumption)',
} as const;

export const wmtSchema = z
  .object({
    custodyPointsByTier: z
      .object({
        tier1: published(count('points').default(WMT_CUSTODY_POINTS.tier1), custodyPoints),
        tier2: published(count('points').default(WMT_CUSTODY_POINTS.tier2), custodyPoints),
        tier3: published(count('points').default(WMT_CUSTODY_POINTS.tier3), custodyPoints),
        tier4: published(count('points').default(WMT_CUSTODY_POINTS.tier4), custodyPoints),
      })
      .strict()
      .prefault({})
      .describe('WMT points for one custody case of each tier'),
    paroleReportPoints: published(count('WMT points for a parole report').default(WMT_PAROLE_REPORT_POINTS), {
      source: 'wmtSeed',
      era: { from: 2021 },
      how: '120 points for each parole report by the offender manager completed in the last 30 days',
    }),
    nominalTargetPoints: published(count('WMT points a full-time officer is expected to carry').default(WMT_NOMINAL_TARGET_POINTS), {
      source: 'wmtSeed',
      era: { from: 2017 },
      how: 'nominal target of 2,176 points for a probation officer, the same in the 2017 seed data',
    }),
    defaultContractedHours: published(hoursPerWeek('contracted hours the nominal target assumes').default(WMT_DEFAULT_CONTRACTED_HOURS), {
      source: 'wmtSeed',
      era: { from: 2017 },
      how: 'default contracted hours of 37 for probation officers and probation service officers, the same in the 2017 seed data',
    }),
  })
  .strict();
