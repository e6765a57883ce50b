/**
 * The scenario: every parameter of a study, with its default, unit and
 * source. One definition gives the validator, the TypeScript type and the
 * published JSON Schema.
 */
import { z } from 'zod';
import { changesTo } from './changes.ts';
import { setting } from './evidence.ts';
import { allocationSchema, assessmentSchema, caseloadSchema, contactsSchema, scopeSchema, sentencePlanSchema, tieringSchema } from './casework.ts';
import { establishmentSchema, populationSchema } from './population.ts';
import { omicSchema } from './omic.ts';
import { hdcSchema, paroleSchema, reportsSchema } from './release.ts';
import { redeploymentSchema, staffGroups, staffSchema } from './staff.ts';
import { sensitivitySchema } from './sensitivity.ts';
import { count, weeks } from './units.ts';
import { oversightSchema, probationToolSchema, wmtSchema, workingPatternSchema } from './workload.ts';

const groupCounts = z
  .object(Object.fromEntries(staffGroups.map((g) => [g, z.object({ count: count(`head count in each establishment of this group`, 100_000) }).strict().optional()])) as Record<
    (typeof staffGroups)[number],
    z.ZodOptional<z.ZodObject<{ count: z.ZodNumber }>>
  >)
  .strict();

export const estateGroupSchema = z
  .object({
    name: z.string().min(1).max(200).describe('name of this group of establishments'),
    count: count('number of establishments like this', 1_000).default(1),
    establishment: changesTo(establishmentSchema).default({}).describe('how these establishments differ from the scenario’s establishment'),
    population: changesTo(populationSchema).default({}).describe('how their populations differ (each given field replaces the scenario’s)'),
    staff: groupCounts.default({}).describe('staff head counts in each of these establishments'),
  })
  .strict();

export const timelineChangeSchema = z
  .object({
    week: weeks('the week from which the change applies'),
    set: z
      .record(z.string(), z.unknown())
      .describe('dotted parameter paths and their new values, e.g. "staff.offenderSupervisors.scale": 0.9; each value replaces the one at its path'),
    note: z.string().max(500).optional().describe('what the change stands for'),
  })
  .strict();

export const scenarioSchema = z
  .object({
    $schema: z.string().optional().describe('where an editor finds this schema'),
    name: setting(z.string().min(1).max(200).default('scenario').describe('short name of the scenario, used in outputs'), 'a label for the outputs'),
    description: setting(z.string().max(5_000).default('').describe('what the scenario represents and where its figures come from'), 'words for the reader of the outputs'),
    era: setting(
      z
        .number()
        .int()
        .min(1900)
        .max(2100)
        .nullable()
        .default(null)
        .describe(
          'the year the scenario stands for, e.g. 2011 (whole number); omsim warns when a parameter takes the published figure of other years rather than that of this one; null: no year stated',
        ),
      'the year a scenario stands for is a choice of the study; null states none, and nothing is checked against it',
    ),
    seed: setting(
      z.number().int().min(0).max(2 ** 31 - 1).default(1).describe('random seed; the same seed gives the same results (whole number)'),
      'any seed will do: it fixes the random numbers so a run can be repeated',
    ),
    replications: setting(count('independent runs to average over', 10_000).min(1).default(10), 'ten replications give stable means for one prison; raise them for narrower intervals'),
    horizon: z
      .object({
        years: setting(
          z.number().min(0.02).max(50).default(5).describe('simulated time (years)'),
          'long enough for the parole cycles of indeterminate sentences to show; a choice of the study',
        ),
      })
      .strict()
      .prefault({})
      .describe('how long each run lasts'),
    warmup: z
      .object({
        weeks: setting(weeks('time at the start whose statistics are discarded').max(2080).nullable().default(null), 'null lets omsim suggest a warm-up from the run itself'),
      })
      .strict()
      .prefault({})
      .describe('warm-up period; null lets omsim suggest one'),
    establishment: establishmentSchema.prefault({}).describe('the prison (or, with estate, the template for every establishment)'),
    population: populationSchema.prefault({}).describe('who is held and received'),
    staff: staffSchema.prefault({}).describe('staff groups working on offender management'),
    redeployment: redeploymentSchema.prefault({}).describe('when offender supervisors are pulled to other prison duties'),
    caseload: caseloadSchema.prefault({}).describe('limits on caseloads'),
    scope: scopeSchema.prefault({}).describe('who comes within the model'),
    tiering: tieringSchema.prefault({}).describe('how an assessed case is given a tier'),
    allocation: allocationSchema.prefault({}).describe('who supervises whom'),
    assessment: assessmentSchema.prefault({}).describe('OASys assessments and reviews'),
    sentencePlan: sentencePlanSchema.prefault({}).describe('initial sentence plans'),
    contacts: contactsSchema.prefault({}).describe('supervision contacts'),
    reports: reportsSchema.prefault({}).describe('reports with deadlines'),
    parole: paroleSchema.prefault({}).describe('parole hearings for indeterminate sentences'),
    hdc: hdcSchema.prefault({}).describe('home detention curfew'),
    workingPattern: workingPatternSchema.prefault({}).describe('how staff spend their hours'),
    oversight: oversightSchema.prefault({}).describe('custody probation officers’ oversight work (roles oversight or caseloadAndOversight)'),
    probationTool: probationToolSchema
      .prefault({})
      .describe(
        'the resource allocation tool of 2014 that sets the probation-officer complement from the prison-officer offender supervisors, weighted for turnover and risk: supervisors × officersPerSupervisor × (turnover ÷ reference)^turnoverWeight × (high-risk share ÷ reference)^riskWeight',
      ),
    wmt: wmtSchema.prefault({}).describe('Workload Measurement Tool points, for the points view of the same caseload'),
    omic: omicSchema
      .optional()
      .describe('Offender Management in Custody (2018 onwards): key work and the community offender manager; absent for the model before it (give {} for its defaults)'),
    estate: setting(
      z
        .array(estateGroupSchema)
        .max(1_000)
        .default([])
        .describe('several establishments: each group repeats the establishment with its own changes; empty for one prison'),
      'one prison unless the study names an estate',
    ),
    sensitivity: sensitivitySchema.prefault({}).describe('for omsim sensitivity: factors held fixed, and ranges narrowed or widened'),
    timeline: setting(z.array(timelineChangeSchema).max(1_000).default([]).describe('parameter changes during the run'), 'no changes during the run unless the study names some'),
  })
  .strict();

/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario with every default filled in: what the model runs. */
export type Scenario = z.output<typeof scenarioSchema>;
export type EstateGroup = z.output<typeof estateGroupSchema>;
export type TimelineChange = z.output<typeof timelineChangeSchema>;
