/** The casework: who is within the model, assessment, tiering, allocation, planning and contacts. */
import { z } from 'zod';
import { assumed, published, setting, withEvidence, type Evidence } from './evidence.ts';
import { establishmentTypes, reoffendingLevels, roshLevels, sentenceTypes } from './population.ts';
import { staffGroups } from './staff.ts';
import { count, hours, minutes, months, perMonth, weeks } from './units.ts';
import { WMT_CUSTODY_POINTS } from './wmt-points.ts';

export const tiers = [1, 2, 3, 4] as const;

/** The years National Standards 2007 held: revised standards were issued in 2011. */
const NS2007 = { from: 2007, to: 2011 };
export type Tier = (typeof tiers)[number];

/** The kinds of written casework a scenario can route by grade: assessments, plans, reviews and reports. */
export const writtenWorkKinds = ['assessment', 'sentencePlan', 'oasysReview', 'parole', 'hdc', 'handover'] as const;
export type WrittenWorkKind = (typeof writtenWorkKinds)[number];

/** For one kind of written work, the staff groups qualified to write it; null for no restriction. */
const qualifiedFor = (what: string) =>
  z
    .array(z.enum(staffGroups))
    .min(1)
    .nullable()
    .describe(`staff groups qualified to write ${what}, in order of preference; null: anyone who may otherwise do the work`);

/** Conditions on a person; a rule matches when every condition given holds. */
export const caseConditionSchema = z
  .object({
    sentence: z.array(z.enum(sentenceTypes)).min(1).optional().describe('kinds of custody that match'),
    minSentenceMonths: months('sentence (or tariff) at least this long').optional(),
    rosh: z.array(z.enum(roshLevels)).min(1).optional().describe('Risk of Serious Harm levels that match'),
    reoffending: z.array(z.enum(reoffendingLevels)).min(1).optional().describe('likelihood-of-reoffending levels that match'),
    prolific: z.boolean().optional().describe('matches prolific and other priority offenders (true) or others (false)'),
    youngAdult: z.boolean().optional().describe('matches young adults (true) or adults (false)'),
    tiers: z.array(z.number().int().min(1).max(4)).min(1).optional().describe('tiers that match (known once assessed)'),
    owner: z.array(z.enum(['trust', 'nps', 'crc'])).min(1).optional().describe('community case owners that match'),
    establishmentType: z.array(z.enum(establishmentTypes)).min(1).optional().describe('kinds of establishment that match'),
  })
  .strict();

export type CaseCondition = z.infer<typeof caseConditionSchema>;

export const scopeSchema = z
  .object({
    rules: published(
      z
        .array(caseConditionSchema)
        .max(100)
        .default([
          { sentence: ['determinate'], minSentenceMonths: 12, rosh: ['high', 'veryHigh'] },
          { sentence: ['determinate'], prolific: true },
          { sentence: ['ipp', 'life'] },
          { sentence: ['determinate'], youngAdult: true, minSentenceMonths: 0.92 },
        ])
        .describe('a sentenced person is within the model (assessed, allocated, supervised) when any rule matches'),
      {
        source: 'jointInspection2011',
        era: { from: 2011, to: 2019 },
        how: 'the scope of the Offender Management Model in note 3: adults serving 12 months or more with high or very high Risk of Serious Harm, prolific and other priority offenders, indeterminate sentences, and young adults serving more than four weeks (4 weeks ≈ 0.92 months); taken to hold until the Offender Management in Custody model brought every sentenced adult into scope',
        otherEras: [{ value: [{ sentence: ['determinate', 'ipp', 'life'] }], era: { from: 2019 }, source: 'pomAllocationRules' }],
      },
    ),
    assessEveryone: published(
      z
        .boolean()
        .default(false)
        .describe('true when every sentenced person is assessed and tiered, even those outside the model'),
      {
        source: 'jointInspection2011',
        era: { from: 2011, to: 2019 },
        how: 'only prisoners in scope were assessed in 2011; the plan to assess and tier every sentenced prisoner (note 4) came later',
      },
    ),
  })
  .strict();

const tierRow = (rosh: string) =>
  z
    .array(z.number().int().min(1).max(4))
    .length(3)
    .describe(`tiers for ${rosh} Risk of Serious Harm at low, medium and high likelihood of reoffending (whole numbers 1–4)`);

/** The tiering matrix's evidence, for each of its rows. */
const tierMatrixEvidence: Evidence = {
  kind: 'assumption',
  why: 'four tiers as in the 2005 NOMS framework, which tiers by resources, Risk of Harm, likelihood of reoffending and complexity but gives no table; here the tier rises with Risk of Serious Harm first and likelihood of reoffending second',
  informedBy: 'tiering2005',
};

export const tieringSchema = z
  .object({
    matrix: z
      .object({
        // Four tiers as in the 2005 NOMS model, set by Risk of Harm (rows) and likelihood of
        // reoffending (columns low, medium, high). Each row has its own default, so a scenario
        // can change one row alone.
        low: withEvidence(tierRow('low').default([1, 1, 2]), tierMatrixEvidence),
        medium: withEvidence(tierRow('medium').default([2, 2, 3]), tierMatrixEvidence),
        high: withEvidence(tierRow('high').default([3, 3, 4]), tierMatrixEvidence),
        veryHigh: withEvidence(tierRow('very high').default([4, 4, 4]), tierMatrixEvidence),
      })
      .strict()
      .prefault({})
      .describe('tier 1 (lowest) to 4 (highest) for each Risk of Serious Harm level (rows) and likelihood of reoffending (low, medium, high)'),
  })
  .strict();

export const allocationSchema = z
  .object({
    policy: assumed(
      z
        .enum(['leastLoaded', 'continuity'])
        .default('leastLoaded')
        .describe('leastLoaded: the eligible supervisor with the fewest cases; continuity: the person who assessed the case when they can take it'),
      { why: 'a unit manager gives a new case to whoever holds fewest; no source describes how cases were shared out' },
    ),
    rules: assumed(
      z
        .array(
          z
            .object({
              when: caseConditionSchema.prefault({}).describe('the cases this rule covers'),
              groups: z.array(z.enum(staffGroups)).min(1).describe('staff groups that may supervise these cases, in order of preference'),
            })
            .strict(),
        )
        .min(1)
        .max(100)
        .default([
          { when: { rosh: ['veryHigh'] }, groups: ['probationOfficers', 'offenderSupervisors'] },
          { when: { sentence: ['ipp', 'life'] }, groups: ['probationOfficers', 'offenderSupervisors'] },
          { when: {}, groups: ['offenderSupervisors', 'probationServiceOfficers', 'probationOfficers'] },
        ])
        .describe('the first rule that matches a case names who may supervise it'),
      {
        why: 'for the 2011 model, the prison’s probation officers take the very-high-harm and indeterminate cases and prison-officer offender supervisors the rest; who did the work varied from prison to prison (Justice Committee 2009, para 175), and under OMiC every high and very high RoSH case goes to probation staff',
        informedBy: 'justiceCommittee2009',
      },
    ),
    // null keeps the older order: allocation once the OASys is done.
    daysAfterReception: published(
      z
        .number()
        .min(0)
        .max(365)
        .nullable()
        .default(2)
        .describe('days after reception by which an in-scope case has a supervisor, before its OASys is done (days); null: allocated only once assessed'),
      {
        source: 'nationalStandards2007',
        era: NS2007,
        how: 'offender supervisor assigned within two working days, read as two days (the revised standards of 2011 were not read)',
      },
    ),
    overflowHoursPerPerson: assumed(
      hours(
        'open work per person above which a group counts as overloaded: new cases go to the next group the rule allows, and administrative work to the supervisor; null: never',
      )
        .nullable()
        .default(20),
      {
        why: 'a unit manager moves new cases to the next grade once the preferred grade has about a week of casework waiting per person (a full-time officer has about 20 hours of casework a week after absence and overheads)',
        range: [5, 60],
      },
    ),
    administrativeWork: assumed(
      z
        .array(z.enum(writtenWorkKinds))
        .default(['hdc'])
        .describe('written work done by staff in the administration role (case administrators, or an offender management unit that writes the reports) when any are in post, rather than by the supervisor'),
      { why: 'the HDC assessment is the paperwork an offender management unit’s administrators take on when there are any; the rest stays with the supervisor' },
    ),
    administrativeFallback: assumed(
      z
        .boolean()
        .default(true)
        .describe('true: administrative work falls back to the supervisor when every administrator is overloaded (see overflowHoursPerPerson); false: it waits for the administrators'),
      { why: 'a supervisor picks up administrative work when the administrators cannot, rather than let its deadline pass' },
    ),
    // Assumption: the parole dossier's report on an indeterminate case, the offender manager's
    // report (PAROM1), is written by a qualified probation officer; a prison-officer offender
    // supervisor contributes the prison's own reports but cannot write it, whatever time they
    // have spare. No source document fixes who may write which report before 2014; the PSP
    // Benchmark of 2014 had prison officers complete reports for parole hearings with a
    // probation officer's advice (the NOMS letter of 19 May 2014; psp-benchmark-2014.yaml).
    // The other kinds of written work have no restriction by default: any grade that may
    // supervise a case writes its OASys, plans, reviews, HDC assessment and handover.
    // Each kind has its own default, so a scenario can change one kind alone.
    qualifiedGroups: z
      .object({
        assessment: assumed(qualifiedFor('an OASys assessment').default(null), anyGradeMayWrite('OASys assessments')),
        sentencePlan: assumed(qualifiedFor('a sentence plan').default(null), anyGradeMayWrite('sentence plans')),
        oasysReview: assumed(qualifiedFor('an OASys review').default(null), anyGradeMayWrite('OASys reviews')),
        parole: assumed(qualifiedFor('a parole report').default(['probationOfficers']), {
          why: 'the offender manager’s report for an indeterminate case’s parole dossier (PAROM1) is written by a qualified probation officer; no source fixes who may write which report before 2014, and the PSP Benchmark of 2014 had prison officers complete reports for parole hearings with a probation officer’s advice',
          informedBy: 'pspBenchmark2014',
        }),
        hdc: assumed(qualifiedFor('a home detention curfew assessment').default(null), anyGradeMayWrite('HDC assessments')),
        handover: assumed(qualifiedFor('the pre-release handover').default(null), anyGradeMayWrite('pre-release handovers')),
      })
      .strict()
      .prefault({})
      .describe(
        'written work only some grades may write: it goes to the case’s supervisor if their group is listed, else to the least busy member of the first listed group with anyone in post (an overseer counts), and only members of a listed group may take it over; administrative work goes only to administrators of a listed group',
      ),
  })
  .strict();

/** The evidence for written work any grade that may supervise a case may write. */
function anyGradeMayWrite(what: string) {
  return { why: `no restriction: any grade that may supervise a case writes its ${what}; no source restricts them by grade` };
}

export const caseloadSchema = z
  .object({
    cap: assumed(count('most cases one supervisor may hold; null for no cap', 10_000).nullable().default(null), {
      why: 'no cap on caseloads was set under the 2011 model; a cap, when set, is a policy to try: the quality of supervision falls above about 50 cases, and 20 prisoners an officer was proposed in 2009',
      range: [15, 60],
      informedBy: 'hmipCaseloads2021',
    }),
  })
  .strict();

export const assessmentSchema = z
  .object({
    fullHours: published(hours('staff time for a full OASys assessment').default(5), {
      source: 'pso2205',
      era: { from: 2005 },
      how: 'about 5 hours (OASys 2), as agreed by the Employers’ Consultative Group, read as the full assessment that high-harm cases need (that reading is an assumption); no later figure was found',
    }),
    basicHours: published(hours('staff time for a basic OASys assessment').default(3), {
      source: 'pso2205',
      era: { from: 2005 },
      how: 'about 3 hours (OASys 1), read as the basic assessment of the other cases (that reading is an assumption); no later figure was found',
    }),
    fullFor: assumed(z.array(z.enum(roshLevels)).default(['high', 'veryHigh']).describe('Risk of Serious Harm levels that get a full assessment'), {
      why: 'the full assessment (with its risk of serious harm analysis) for high and very high Risk of Serious Harm cases, the basic one for the rest',
      informedBy: 'pso2205',
    }),
    dueWeeks: assumed(weeks('time from reception by which the assessment is due').default(6), {
      why: 'the OASys comes before the sentence plan, due 8 or 16 weeks after reception (National Standards 2007); no standard for the assessment itself was found',
      range: [2, 16],
      informedBy: 'nationalStandards2007',
    }),
    // At least four weeks: each review starts four weeks before it is due (src/model/stages/planning.ts),
    // so a shorter interval starts reviews faster than they fall due, and at 0 without end at one instant.
    reviewIntervalWeeks: published(weeks('time between OASys reviews while in custody', 4).default(52), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'sentence plans reviewed at least yearly, read as an OASys review every 52 weeks',
    }),
    reviewHours: assumed(hours('staff time for an OASys review').default(2), {
      why: 'a review updates an assessment that took 3 to 5 hours, so it takes under half as long',
      range: [1, 4],
      informedBy: 'pso2205',
    }),
    // The Interim Custodial OASys Prioritisation policy gave the lowest-priority overdue cases a
    // risk review only (docs/sources.md).
    shortReviewAfterWeeksOverdue: assumed(
      weeks('overdue assessment, plan or review work is cut down to a short risk review once this late; null: never').nullable().default(4),
      {
        why: 'the prioritisation policy gave the lowest-priority overdue cases a risk review only, but named no margin: a month late is taken',
        range: [1, 26],
        informedBy: 'oasysPrioritisation',
      },
    ),
    shortReviewHours: assumed(hours('staff time for the short risk review that replaces overdue assessment, plan or review work').default(1), {
      why: 'a risk review alone, a fraction of a full assessment’s hours',
      range: [0.5, 2],
      informedBy: 'oasysPrioritisation',
    }),
    transferHours: assumed(hours('staff time for a new supervisor to read and update a transferred case').default(2), {
      why: 'reading the file and meeting the prisoner; no published figure was found',
      range: [0.5, 4],
    }),
  })
  .strict();

export const sentencePlanSchema = z
  .object({
    hours: assumed(hours('staff time to draw up an initial sentence plan').default(2), {
      why: 'a planning meeting and writing up, on top of the assessment it follows; no published figure was found',
      range: [1, 4],
    }),
    dueWeeksShort: published(weeks('plan due this long after reception when release is near').default(8), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'custodial sentence of 12 months or more: plan within eight weeks if less than two years to release or tariff date',
    }),
    dueWeeksLong: published(weeks('plan due this long after reception when release is far').default(16), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'custodial sentence of 12 months or more: plan within 16 weeks if two years or more to release or tariff date',
    }),
    nearReleaseMonths: published(months('release (or tariff) within this counts as near').default(24), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'less than two years to release or tariff date counts as near (24 months)',
    }),
    minSentenceMonths: published(months('sentences shorter than this get no sentence plan').default(12), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'the custody sentence plan standard applies to custodial sentences of 12 months or more',
    }),
    // The custody sentence plan is a section of the OASys assessment (Prison Service Order 2205): drawn up with it, not after it.
    withAssessment: setting(
      z
        .boolean()
        .default(true)
        .describe(
          'true: the initial plan is drawn up as part of the OASys assessment (one piece of work, its time added to the assessment’s, due by the later of the two deadlines, and on time or late as the assessment is); false: a separate piece of work started once the OASys is done',
        ),
      'a switch between the plan drawn up within the OASys as Prison Service Order 2205 describes it (true, the default) and a separate piece of work after it (false, kept so that results of omsim before 0.2 can be reproduced)',
    ),
  })
  .strict();

/** One tier's contact level: how often and how long, each default with its evidence. */
const contactLevel = (perMonthDefault: number, minutesDefault: number, evidence: { perMonth: Evidence; minutes: Evidence }) =>
  z
    .object({
      perMonth: withEvidence(perMonth('supervision contacts required').default(perMonthDefault), evidence.perMonth),
      minutes: withEvidence(minutes('length of one contact').default(minutesDefault), evidence.minutes),
    })
    .strict()
    .prefault({});

/**
 * The contact standard by tier. No published frequency of custody contacts by
 * tier was found (National Standards 2007 set allocation, first contact and
 * the sentence plan only), so the standard is read from the WMT's custody
 * points: the model's tiers 1 to 4 are the WMT's D2, C2, B2 and A2 (14, 24,
 * 48 and 60 points a month), a point is 4.42 minutes of a full-time
 * officer's month (2,176 points for 37 hours a week: 37 × 52 ÷ 12 × 60 ÷
 * 2,176), and each tier's contact time a month (contact and recording) is in
 * proportion to its points. The scale is set by tier 4: one 60-minute contact
 * a month and its 25 minutes' recording, 85 of the 265 minutes its 60 points
 * stand for (a third; the rest is the case's assessment, plan, reviews and
 * reports, and time off casework). Tier k's contacts a month are then
 * points(k) ÷ 60 × 85 ÷ (its minutes + 25).
 */
const TIER4_CONTACT_MINUTES_WITH_RECORDING = 60 + 25;
const WMT_A2_POINTS = WMT_CUSTODY_POINTS.tier4;
const contactsPerMonth = (points: number, minutes: number) => Math.round(((points / WMT_A2_POINTS) * TIER4_CONTACT_MINUTES_WITH_RECORDING * 100) / (minutes + 25)) / 100;

const contactEvidence = (points: number, minutes: number, perMonthRange: [number, number], minutesRange: [number, number]) => ({
  perMonth: {
    kind: 'assumption',
    why: `in proportion to the WMT’s ${points} custody points a month for the tier, scaled so that tier 4 has one contact a month (a third of the 265 minutes its 60 points stand for); ${contactsPerMonth(points, minutes)} contacts of ${minutes} minutes and their recording take ${points} ÷ 60 of tier 4’s 85 minutes. No published frequency of custody contacts by tier was found`,
    range: perMonthRange,
    informedBy: 'wmtSeed',
  } satisfies Evidence,
  minutes: { kind: 'assumption', why: 'a contact lengthens with tier; no published length of a custody contact was found', range: minutesRange } satisfies Evidence,
});

/** One tier's level, its contacts a month worked out from its WMT points and its contact's length. */
const tierLevel = (points: number, minutes: number, perMonthRange: [number, number], minutesRange: [number, number]) =>
  contactLevel(contactsPerMonth(points, minutes), minutes, contactEvidence(points, minutes, perMonthRange, minutesRange));

export const contactsSchema = z
  .object({
    byTier: z
      .object({
        tier1: tierLevel(WMT_CUSTODY_POINTS.tier1, 30, [0.15, 1], [15, 60]),
        tier2: tierLevel(WMT_CUSTODY_POINTS.tier2, 45, [0.25, 2], [20, 60]),
        tier3: tierLevel(WMT_CUSTODY_POINTS.tier3, 45, [0.5, 3], [30, 60]),
        tier4: tierLevel(WMT_CUSTODY_POINTS.tier4, 60, [0.5, 4], [30, 90]),
      })
      .strict()
      .prefault({})
      .describe('contacts required each month, and their length, by tier'),
    recordingMinutes: assumed(minutes('computer time to record one contact').default(25), {
      why: 'probation staff spent 41% of their time at the computer against 24% in contact, so recording takes a large share of a contact’s length',
      range: [10, 45],
      informedBy: 'nomsTimeStudy2008',
    }),
    firstContactWeeks: published(weeks('time from allocation by which the first contact is due').default(2), {
      source: 'nationalStandards2007',
      era: NS2007,
      how: 'offender supervisor contact within 10 working days, two weeks',
    }),
    floorWeeks: assumed(
      weeks(
        'a case not seen for this long has its next contact put before every other contact and first assessment (under triage, after parole and release work; under the other policies, before all work); null: no floor, a low tier may go unseen for as long as higher ones fill the hours',
        1,
      )
        .nullable()
        .default(13),
      {
        why: 'a unit manager sees that every case is seen at some minimum, however stretched the unit, and a case that has waited grows more urgent; no published minimum for custody cases was found, and a quarter is the commonest review interval of supervision plans',
        range: [4, 26],
      },
    ),
  })
  .strict();

export type ContactsParams = z.infer<typeof contactsSchema>;
