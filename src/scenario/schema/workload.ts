/** How staff spend the hours they have, the oversight work of custody probation officers, and the WMT points view. */
import { z } from 'zod';
import { writtenWorkKinds } from './casework.ts';
import { roshLevels } from './population.ts';
import { count, hours, hoursPerWeek, share } from './units.ts';

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

export const workingPatternSchema = z
  .object({
    shiftsPerWeek: z.number().int().min(1).max(7).default(5).describe('shifts worked in a week; contracted hours are spread evenly over them (whole number)'),
    // NOMS study, Dec 2008: 24% direct contact, 41% computer, 35% other (docs/sources.md).
    overheadShare: share('share of time at work spent on meetings, travel, waiting for prisoners and other non-case work').default(0.35),
    // Assumption: triage as OMU staff describe it (release consequences first, then contacts by
    // risk, then plans and reviews); the other policies are kept for comparison.
    priority: z
      .enum(priorityPolicies)
      .default('triage')
      .describe(`what a person does first with the hours they have. ${priorityPolicies.map((p) => `${p}: ${priorityPolicyWords[p]}`).join('; ')}`),
    // Assumption: resources follow risk (the 2011 joint inspection of offender management in
    // prisons, note 4; docs/sources.md). Contacts with tier-4 and tier-3 cases, the highest
    // harm, come before a new case's first OASys; the first OASys, which sets the case's tier,
    // its risk management and its plan, comes before routine contact with cases already known
    // to be tier 2 or 1. null puts first assessments after every contact, with plans and reviews.
    assessmentBeforeTier: z
      .number()
      .int()
      .min(1)
      .max(4)
      .nullable()
      .default(2)
      .describe(
        'under triage, a new case’s first OASys assessment comes before supervision contacts of this tier and the tiers below it (whole number 1 to 4); null: after every contact',
      ),
    // Assumption: the share of each kind of written work spent face to face with the prisoner
    // (the interview); no published breakdown was found.
    interviewShare: z
      .object({
        assessment: share('of an OASys assessment, the interview').default(0.3),
        sentencePlan: share('of a sentence plan, the planning meeting with the prisoner').default(0.25),
        oasysReview: share('of an OASys review, the review interview').default(0.25),
        parole: share('of a parole report, the interview for it').default(0.2),
        hdc: share('of an HDC assessment, the interview for it').default(0.1),
        handover: share('of the pre-release handover, the meeting with the prisoner').default(0.1),
      })
      .strict()
      .prefault({})
      .describe('share of each kind of written work spent face to face with the prisoner; it counts as direct contact'),
  })
  .strict();

export const oversightSchema = z
  .object({
    // The 2014 custody probation officer role: the NOMS letter of 19 May 2014 (docs/sources.md). Hours are assumptions.
    qualityAssuranceHoursPerSupervisorPerMonth: hours('quality assurance of OASys and sampled case files, per supervisor overseen, each month').default(2),
    newCaseAdviceHours: hours('advice to the supervisor on each newly allocated case').default(0.5),
    complexCaseReviewsPerYear: z.number().min(0).max(52).default(2).describe('reviews of each complex case with its supervisor (per year)'),
    complexCaseReviewHours: hours('time for one complex-case review').default(1),
    complexFor: z.array(z.enum(roshLevels)).default(['high', 'veryHigh']).describe('Risk of Serious Harm levels whose cases count as complex'),
    highRiskOversightHoursPerCasePerMonth: hours('oversight of each NPS (high-risk) case supervised by someone else, each month').default(0.5),
    paroleAdviceHours: hours('advice on each parole report written by a supervisor').default(1.5),
    // The 2014 role has probation officers "oversee and direct" every NPS case a prison officer
    // supervises, and quality-assure OASys (the NOMS letter of 19 May 2014; docs/sources.md).
    signOff: z
      .object({
        kinds: z
          .array(z.enum(writtenWorkKinds))
          .default(['assessment', 'sentencePlan', 'oasysReview', 'parole'])
          .describe('written work on NPS cases that a probation officer must sign off before it counts as done, when written by someone else'),
        // Assumption: half an hour to read and countersign a piece of written work.
        hours: hours('an overseer’s time to sign off one piece of written work').default(0.5),
        // Assumption: one piece in ten is sent back for more work.
        reworkShare: share('chance a piece of written work is sent back for rework at sign-off').default(0.1),
        // Assumption: rework takes a quarter of the time the work first took.
        reworkShareOfHours: share('time for rework, as a share of the work’s standard hours').default(0.25),
      })
      .strict()
      .prefault({})
      .describe('the sign-off of NPS cases’ written work by a probation officer (roles oversight or caseloadAndOversight)'),
  })
  .strict();

// The tool's weights were not published; each is an assumption, with its reasoning beside it.
export const probationToolSchema = z
  .object({
    setsCount: z
      .boolean()
      .default(false)
      .describe('true: each establishment has the probation officers the tool sets, whatever staff.probationOfficers.count says'),
    // Assumption: the 2014 benchmark took probation officers off caseloads; one for every four
    // prison-officer supervisors, at the reference turnover and risk, to oversee them.
    officersPerSupervisor: z.number().min(0).max(10).default(0.25).describe('probation officers for each prison-officer offender supervisor at the reference turnover and risk'),
    // Assumption: a local prison receives about twice its size in a year.
    referenceTurnover: z.number().min(0.01).max(1_000).default(2).describe('receptions per place per year at which turnover neither raises nor lowers the complement'),
    // Assumption: new receptions bring advice on new cases, but oversight of a case lasts its whole
    // stay, so the complement grows with the square root of turnover rather than in proportion.
    turnoverWeight: z.number().min(0).max(2).default(0.5).describe('power of turnover ÷ reference turnover in the complement'),
    // Assumption: the reference risk profile is the default population's (17% high, 3% very high).
    referenceHighRiskShare: share('share of prisoners of high or very high Risk of Serious Harm at which risk neither raises nor lowers the complement').default(0.2),
    // Assumption: complex-case reviews and oversight of NPS cases grow in proportion to the high-risk share.
    riskWeight: z.number().min(0).max(2).default(1).describe('power of high-risk share ÷ reference share in the complement'),
  })
  .strict();

export const wmtSchema = z
  .object({
    // Custody points per case, hmpps-workload seed data (docs/sources.md). Assumption: tiers 4..1
    // mapped to A2, B2, C2, D2.
    custodyPointsByTier: z
      .object({ tier1: count('points').default(14), tier2: count('points').default(24), tier3: count('points').default(48), tier4: count('points').default(60) })
      .strict()
      .prefault({})
      .describe('WMT points for one custody case of each tier'),
    paroleReportPoints: count('WMT points for a parole report').default(120),
    nominalTargetPoints: count('WMT points a full-time officer is expected to carry').default(2176),
    defaultContractedHours: hoursPerWeek('contracted hours the nominal target assumes').default(37),
  })
  .strict();
