/**
 * What a scenario says to `omsim sensitivity`: which factors it holds fixed
 * at the scenario's own value, and which ranges it narrows or widens. A
 * factor is a number with a default: every assumption with a plausible range
 * in the schema's evidence is one, and any other number becomes one when the
 * scenario gives it a range here.
 */
import { z } from 'zod';
import { setting } from './evidence.ts';

const dottedPath = z.string().min(1).max(200);

export const sensitivitySchema = z
  .object({
    fixed: setting(
      z.array(dottedPath).max(1_000).default([]).describe('dotted parameter paths that omsim sensitivity holds at the scenario’s value rather than varying over their range'),
      'every assumption with a range is varied unless the study holds it fixed',
    ),
    ranges: setting(
      z
        .record(dottedPath, z.tuple([z.number(), z.number()]))
        .default({})
        .describe('dotted parameter paths and the range [low, high] omsim sensitivity varies each over, in place of the schema’s plausible range'),
      'the schema’s plausible ranges, unless the study narrows or widens one',
    ),
  })
  .strict();

export type SensitivitySettings = z.output<typeof sensitivitySchema>;
