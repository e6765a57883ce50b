/**
 * The shape of a shard file, as zod schemas: what `omsim merge` checks before
 * it trusts a shard (shard-file.ts says in which order). The envelope (slice,
 * design, checksum) is checked whole; the records one by one, so that a
 * problem can name the replication it is in. Numbers JSON cannot hold arrive
 * as the strings the file writes them as ("NaN", "-0"…) and leave as numbers.
 */
import { z } from 'zod';
import { scenarioSchema } from '../scenario/index.ts';
import { maxShards } from './shards.ts';

/** How the shard file writes the numbers JSON cannot hold (and −0, which JSON would write as 0). */
const numberWords: readonly unknown[] = ['NaN', 'Infinity', '-Infinity', '-0'];

/** A metric's value: a JSON number or one of numberWords, read as a number. Anything else (null, "abc", true) is refused. */
const encodedNumber = z
  .custom<number | string>((value) => typeof value === 'number' || numberWords.includes(value), { error: 'expected a number' })
  .transform((value) => Number(value));

const hasEntries = (values: object) => Object.keys(values).length > 0;

const values = z.record(z.string(), encodedNumber);

const weeklyRow = z.object({
  week: z.number().int().min(0),
  values: values.refine(hasEntries, { error: "expected the week's values" }),
});

/** Weeks 0, 1, 2 … in order: a week dropped or moved is a damaged series. */
function weeklySeries(kept: boolean) {
  const rows = kept ? z.array(weeklyRow).min(1, { error: 'expected the weekly series (a run or a comparison keeps it)' }) : z.array(weeklyRow);
  return rows.superRefine((series, context) => {
    const at = series.findIndex((row, i) => row.week !== i);
    if (at >= 0) context.addIssue({ code: 'custom', message: `expected week ${at} (weeks are numbered from 0, in order)`, path: [at, 'week'], input: series[at].week });
  });
}

/** One replication's results; `keepsWeekly` says whether its study keeps the weekly series (runs and comparisons do, sweeps do not). */
export function replicationRecordSchema(keepsWeekly: boolean) {
  return z.object({
    replication: z.number().int().min(0),
    seed: z.string().min(1),
    metrics: values.refine(hasEntries, { error: "expected the replication's metrics" }),
    weekly: weeklySeries(keepsWeekly),
    events: z.number().int().min(0),
  });
}

/** One entry of a shard's records: the task's place in the study and its record. */
export function shardEntrySchema(keepsWeekly: boolean) {
  return z.object({ task: z.number().int().min(0), record: replicationRecordSchema(keepsWeekly) });
}

const sweepPoint = z.object({ point: z.number().int().min(0), values: z.record(z.string(), z.number()) });

/** A factor of a sensitivity analysis (design.ts SensitivityDesign). */
const sensitivityFactor = z.object({
  path: z.string(),
  low: z.number(),
  high: z.number(),
  distribution: z.enum(['uniform', 'triangular']),
  whole: z.boolean(),
  value: z.number().nullable(),
  why: z.string(),
});

/** A sweep's chart choice (formats.ts SweepDisplay). */
export const sweepDisplaySchema = z.object({
  measures: z.array(z.string()).min(1),
  target: z.object({ metric: z.string(), comparison: z.enum(['<=', '>=', '<', '>']), threshold: z.number(), percent: z.boolean().optional(), text: z.string() }).optional(),
});

/** The study's design (design.ts): its scenarios checked as the scenario loader checks them. */
export const designSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('run'), scenario: scenarioSchema }),
  z.object({ kind: z.literal('comparison'), scenarios: z.array(scenarioSchema).min(1), measures: z.array(z.string()).min(1).optional() }),
  z
    .object({
      kind: z.literal('sweep'),
      scenario: scenarioSchema,
      parameters: z.array(z.string()).min(1),
      points: z.array(sweepPoint).min(1),
      pointScenarios: z.array(scenarioSchema).min(1),
      display: sweepDisplaySchema.optional(),
    })
    .refine((d) => d.pointScenarios.length === d.points.length, { error: 'expected one scenario for each point', path: ['pointScenarios'] }),
  z
    .object({
      kind: z.literal('sensitivity'),
      scenario: scenarioSchema,
      method: z.enum(['oat', 'morris', 'sobol', 'file']),
      factors: z.array(sensitivityFactor).min(1),
      metrics: z.array(z.string()).min(1),
      settings: z.object({ trajectories: z.number().int().min(0), levels: z.number().int().min(0), base: z.number().int().min(0) }),
      points: z.array(sweepPoint).min(1),
      pointScenarios: z.array(scenarioSchema).min(1),
    })
    .refine((d) => d.pointScenarios.length === d.points.length, { error: 'expected one scenario for each point', path: ['pointScenarios'] }),
]);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 hexadecimal digits)' });

/** Everything in a shard file but its records' contents (each record is checked on its own). */
export const shardEnvelopeSchema = z.object({
  format: z.string(),
  omsim: z.object({ version: z.string().min(1) }),
  kind: z.enum(['run', 'comparison', 'sweep', 'sensitivity']),
  seed: z.number(),
  fingerprint: sha256,
  shard: z
    .object({ index: z.number().int().min(0), count: z.number().int().min(1).max(maxShards) })
    .refine((slice) => slice.index < slice.count, { error: 'expected an index below the number of shards', path: ['index'] }),
  tasks: z.number().int().min(0),
  design: designSchema,
  checksum: sha256,
  records: z.array(z.unknown()),
});
