/**
 * The result files a report reads, as zod schemas (their types are in
 * src/experiment/formats.ts): summary.json, comparison.json, sweep.json and
 * the rows of weekly.csv. A file is drawn only once it fits, so a tampered or
 * damaged file is refused by name and field instead of drawn as garbage.
 *
 * They check the JSON as written: a metric that could not be estimated is
 * null there (study-folder.ts reads it back as NaN).
 */
import { z } from 'zod';
import { sweepDisplaySchema } from '../../experiment/shard-schema.ts';
import { scenarioSchema } from '../../scenario/index.ts';

/** A number, or null for one that could not be estimated. */
const estimate = z.number().nullable();

const metricSummary = z.object({ mean: estimate, sd: estimate, ci95: z.tuple([estimate, estimate]), n: z.number().int().min(0), undefinedBecause: z.string().optional() });

const metrics = z.record(z.string(), metricSummary);

/** How far a series still moved across the second half of the measured period (src/experiment/drift.ts). */
const drift = z.object({
  level: estimate,
  change: metricSummary,
  perWeek: estimate,
  tolerance: estimate,
  settled: z.boolean(),
  weeksMeasured: z.number().int().min(0),
});

const version = z.object({ version: z.string() });

/** summary.json of a run (and each scenario's summary in comparison.json). */
export const summarySchema = z.object({
  omsim: version,
  scenario: scenarioSchema,
  study: z.object({
    replications: z.number().int().min(1),
    seeds: z.array(z.string()),
    horizonYears: z.number().positive(),
    warmupWeeks: z.number().min(0),
    measured: z.object({ weeks: z.number().min(0), years: z.number().min(0) }).optional(),
    suggestedWarmupWeeks: z.number().min(0).optional(),
    drift: z.object({ population: drift, backlog: drift }).optional(),
  }),
  metrics,
});

/** A comparison's subfolder: one name inside the comparison's folder, never a path out of it. */
const subfolder = z.string().regex(/^(?!\.\.?$)[^/\\]+$/, { error: 'expected the name of a folder inside this one' });

/** comparison.json. */
export const comparisonSchema = z.object({
  omsim: version,
  scenarios: z.array(z.object({ name: z.string(), folder: subfolder, summary: summarySchema })).min(1),
  measures: z.array(z.string()).min(1).optional(),
  press: z.string().min(1).optional(),
  metrics: z.record(
    z.string(),
    z.array(z.object({ scenario: z.string(), summary: metricSummary, difference: metricSummary.extend({ excludesZero: z.boolean() }).optional() })),
  ),
});

/** sweep.json. */
export const sweepSchema = z.object({
  omsim: version,
  display: sweepDisplaySchema.optional(),
  scenario: scenarioSchema,
  parameters: z.array(z.string()).min(1),
  points: z.array(z.object({ point: z.number().int().min(0), values: z.record(z.string(), z.number()), metrics })).min(1),
  study: z.object({ replications: z.number().int().min(1), warmupWeeks: z.number().min(0), horizonYears: z.number().positive() }),
});

/** A CSV cell holding a whole number. */
const wholeCell = z.custom<string>((cell) => typeof cell === 'string' && /^\d+$/.test(cell), { error: 'expected a whole number' }).transform(Number);

/** A CSV cell holding a number, or NA (empty, as an older omsim wrote it) for one that could not be computed (read as NaN). */
const numberCell = z
  .custom<string>((cell) => typeof cell === 'string' && /^(-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|NA)?$/i.test(cell), { error: 'expected a number' })
  .transform((cell) => (cell === '' || cell === 'NA' ? NaN : Number(cell)));

/** The columns of weekly.csv. */
export const weeklyColumns = ['scenario', 'replication', 'week', 'metric', 'value'] as const;

/** One row of weekly.csv, its cells by column. */
export const weeklyRowSchema = z.object({ scenario: z.string(), replication: wholeCell, week: wholeCell, metric: z.string(), value: numberCell });

const numberOrNull = z.number().nullable();

const planTarget = z.object({ metric: z.string().min(1), comparison: z.enum(['<=', '>=', '<', '>']), threshold: z.number(), percent: z.boolean().optional(), text: z.string() });
const planJudgement = z.object({ mean: numberOrNull, sd: numberOrNull, n: z.number().int().min(0), bound: numberOrNull, verdict: z.enum(['meets', 'fails', 'uncertain']) });

/** plan.json (formats.ts PlanFile); a mean or bound that could not be estimated is null. */
export const planSchema = z.object({
  omsim: version,
  scenario: scenarioSchema,
  parameter: z.string().min(1),
  target: planTarget,
  targets: z.array(planTarget).optional(),
  confidence: z.number().gt(0).lt(1),
  search: z.object({ min: z.number(), max: z.number(), step: z.number(), initialReplications: z.number(), batch: z.number(), maxReplications: z.number() }),
  answer: numberOrNull,
  conclusion: z.string(),
  warning: z.string().optional(),
  tried: z.array(
    z.object({ order: z.number().int().min(1), value: z.number(), n: z.number().int().min(0), mean: numberOrNull, sd: numberOrNull, bound: numberOrNull, verdict: z.enum(['meets', 'fails', 'uncertain']), targets: z.array(planJudgement).optional() }),
  ),
});
