/** The casework: who is within the model, assessment, tiering, allocation, planning and contacts. */
import { z } from 'zod';
import { establishmentTypes, reoffendingLevels, roshLevels, sentenceTypes } from './population.ts';
import { staffGroups } from './staff.ts';
import { count, hours, minutes, months, perMonth, weeks } from './units.ts';

export const tiers = [1, 2, 3, 4] as const;
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
    // 2011 inspection scope: the 2011 joint inspection of offender management in prisons, note 3 (docs/sources.md).
    rules: z
      .array(caseConditionSchema)
      .max(100)
      .default([
        { sentence: ['determinate'], minSentenceMonths: 12, rosh: ['high', 'veryHigh'] },
        { sentence: ['determinate'], prolific: true },
        { sentence: ['ipp', 'life'] },
        { sentence: ['determinate'], youngAdult: true, minSentenceMonths: 0.92 },
      ])
      .describe('a sentenced person is within the model (assessed, allocated, supervised) when any rule matches'),
    assessEveryone: z
      .boolean()
      .default(false)
      .describe('true when every sentenced person is assessed and tiered, even those outside the model'),
  })
  .strict();

const tierRow = (rosh: string) =>
  z
    .array(z.number().int().min(1).max(4))
    .length(3)
    .describe(`tiers for ${rosh} Risk of Serious Harm at low, medium and high likelihood of reoffending (whole numbers 1–4)`);

export const tieringSchema = z
  .object({
    matrix: z
      .object({
        // Assumption: four tiers as in the 2005 NOMS model (PC65/2005, docs/sources.md), set by
        // Risk of Harm (rows) and likelihood of reoffending (columns low, medium, high).
        // Each row has its own default, so a scenario can change one row alone.
        low: tierRow('low').default([1, 1, 2]),
        medium: tierRow('medium').default([2, 2, 3]),
        high: tierRow('high').default([3, 3, 4]),
        veryHigh: tierRow('very high').default([4, 4, 4]),
      })
      .strict()
      .prefault({})
      .describe('tier 1 (lowest) to 4 (highest) for each Risk of Serious Harm level (rows) and likelihood of reoffending (low, medium, high)'),
  })
  .strict();

export const allocationSchema = z
  .object({
    policy: z
      .enum(['leastLoaded', 'continuity'])
      .default('leastLoaded')
      .describe('leastLoaded: the eligible supervisor with the fewest cases; continuity: the person who assessed the case when they can take it'),
    rules: z
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
      // Assumption for the 2011 model: the prison's probation officers take the very-high-harm
      // and indeterminate cases; prison-officer offender supervisors the rest. (Under OMiC, all
      // high and very high RoSH cases go to probation staff: docs/sources.md.)
      .default([
        { when: { rosh: ['veryHigh'] }, groups: ['probationOfficers', 'offenderSupervisors'] },
        { when: { sentence: ['ipp', 'life'] }, groups: ['probationOfficers', 'offenderSupervisors'] },
        { when: {}, groups: ['offenderSupervisors', 'probationServiceOfficers', 'probationOfficers'] },
      ])
      .describe('the first rule that matches a case names who may supervise it'),
    // An offender supervisor assigned within 2 working days of reception: National Standards
    // 2007 (docs/sources.md). null keeps the older order: allocation once the OASys is done.
    daysAfterReception: z
      .number()
      .min(0)
      .max(365)
      .nullable()
      .default(2)
      .describe('days after reception by which an in-scope case has a supervisor, before its OASys is done (days); null: allocated only once assessed'),
    // Assumption: a unit manager moves new cases to the next grade once the preferred grade
    // has more than about a week of casework waiting per person (a full-time officer has
    // about 20 hours of casework a week after absence and overheads).
    overflowHoursPerPerson: hours(
      'open work per person above which a group counts as overloaded: new cases go to the next group the rule allows, and administrative work to the supervisor; null: never',
    )
      .nullable()
      .default(20),
    administrativeWork: z
      .array(z.enum(writtenWorkKinds))
      .default(['hdc'])
      .describe('written work done by staff in the administration role (case administrators, or an offender management unit that writes the reports) when any are in post, rather than by the supervisor'),
    administrativeFallback: z
      .boolean()
      .default(true)
      .describe('true: administrative work falls back to the supervisor when every administrator is overloaded (see overflowHoursPerPerson); false: it waits for the administrators'),
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
        assessment: qualifiedFor('an OASys assessment').default(null),
        sentencePlan: qualifiedFor('a sentence plan').default(null),
        oasysReview: qualifiedFor('an OASys review').default(null),
        parole: qualifiedFor('a parole report').default(['probationOfficers']),
        hdc: qualifiedFor('a home detention curfew assessment').default(null),
        handover: qualifiedFor('the pre-release handover').default(null),
      })
      .strict()
      .prefault({})
      .describe(
        'written work only some grades may write: it goes to the case’s supervisor if their group is listed, else to the least busy member of the first listed group with anyone in post (an overseer counts), and only members of a listed group may take it over; administrative work goes only to administrators of a listed group',
      ),
  })
  .strict();

export const caseloadSchema = z
  .object({
    cap: count('most cases one supervisor may hold; null for no cap', 10_000)
      .nullable()
      .default(null),
  })
  .strict();

export const assessmentSchema = z
  .object({
    // About 3 h (OASys 1) and 5 h (OASys 2): PSO 2205 (docs/sources.md). Assumption: the longer
    // figure for the full assessment that high-harm cases need, the shorter for the rest.
    fullHours: hours('staff time for a full OASys assessment').default(5),
    basicHours: hours('staff time for a basic OASys assessment').default(3),
    fullFor: z.array(z.enum(roshLevels)).default(['high', 'veryHigh']).describe('Risk of Serious Harm levels that get a full assessment'),
    dueWeeks: weeks('time from reception by which the assessment is due').default(6),
    // Sentence plans reviewed at least yearly: NS 2007 (docs/sources.md). At least four weeks: each
    // review starts four weeks before it is due (src/model/stages/planning.ts), so a shorter interval
    // starts reviews faster than they fall due, and at 0 without end at one instant.
    reviewIntervalWeeks: weeks('time between OASys reviews while in custody', 4).default(52),
    reviewHours: hours('staff time for an OASys review').default(2),
    // The Interim Custodial OASys Prioritisation policy gave the lowest-priority overdue cases a
    // risk review only (docs/sources.md). Assumption: the margin and the review's length.
    shortReviewAfterWeeksOverdue: weeks('overdue assessment, plan or review work is cut down to a short risk review once this late; null: never')
      .nullable()
      .default(4),
    shortReviewHours: hours('staff time for the short risk review that replaces overdue assessment, plan or review work').default(1),
    transferHours: hours('staff time for a new supervisor to read and update a transferred case').default(2),
  })
  .strict();

export const sentencePlanSchema = z
  .object({
    hours: hours('staff time to draw up an initial sentence plan').default(2),
    // 8 weeks if under 2 years to release or tariff, else 16: National Standards 2007 (docs/sources.md).
    dueWeeksShort: weeks('plan due this long after reception when release is near').default(8),
    dueWeeksLong: weeks('plan due this long after reception when release is far').default(16),
    nearReleaseMonths: months('release (or tariff) within this counts as near').default(24),
    minSentenceMonths: months('sentences shorter than this get no sentence plan').default(12),
    // The custody sentence plan is a section of the OASys assessment (Prison Service Order 2205,
    // Offender Assessment and Sentence Management – OASys, 2005): drawn up with it, not after it.
    // false keeps the older model's separate plan, started once the OASys is done.
    withAssessment: z
      .boolean()
      .default(false)
      .describe(
        'true: the initial plan is drawn up as part of the OASys assessment (one piece of work, its time added to the assessment’s, due by the later of the two deadlines, and on time or late as the assessment is); false: a separate piece of work started once the OASys is done',
      ),
  })
  .strict();

const contactLevel = (perMonthDefault: number, minutesDefault: number) =>
  z
    .object({
      perMonth: perMonth('supervision contacts required').default(perMonthDefault),
      minutes: minutes('length of one contact').default(minutesDefault),
    })
    .strict()
    .prefault({});

export const contactsSchema = z
  .object({
    // Assumption: no published contact frequency by tier was found; these rise with tier.
    byTier: z
      .object({
        tier1: contactLevel(0.5, 30),
        tier2: contactLevel(1, 45),
        tier3: contactLevel(2, 45),
        tier4: contactLevel(4, 60),
      })
      .strict()
      .prefault({})
      .describe('contacts required each month, and their length, by tier'),
    recordingMinutes: minutes('computer time to record one contact').default(25),
    // First contact within 10 working days of allocation: National Standards 2007 (docs/sources.md).
    firstContactWeeks: weeks('time from allocation by which the first contact is due').default(2),
  })
  .strict();

export type ContactsParams = z.infer<typeof contactsSchema>;
