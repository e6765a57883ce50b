/** Probability distributions a scenario can give for durations and lengths. */
import { z } from 'zod';

const positive = z.number().min(0).max(1e6);

export const distributionSchema = z
  .discriminatedUnion('type', [
    z
      .object({ type: z.literal('fixed'), value: positive.describe('the value every draw takes') })
      .strict(),
    z
      .object({
        type: z.literal('lognormal'),
        median: positive.describe('median of the distribution'),
        sigma: z.number().min(0).max(5).describe('standard deviation of the logarithm'),
        min: positive.optional().describe('draws below this are raised to it'),
        max: positive.optional().describe('draws above this are lowered to it'),
      })
      .strict(),
    z
      .object({
        type: z.literal('gamma'),
        mean: positive.describe('mean of the distribution'),
        sd: positive.describe('standard deviation of the distribution'),
      })
      .strict(),
    z
      .object({
        type: z.literal('uniform'),
        min: positive.describe('smallest value'),
        max: positive.describe('largest value'),
      })
      .strict(),
    z
      .object({
        type: z.literal('triangular'),
        min: positive.describe('smallest value'),
        mode: positive.describe('most likely value'),
        max: positive.describe('largest value'),
      })
      .strict(),
    z
      .object({
        type: z.literal('empirical'),
        values: z.array(positive).min(1).max(100_000).describe('observed values, drawn from with interpolation'),
      })
      .strict(),
  ])
  .describe('a distribution: fixed, lognormal, gamma, uniform, triangular or empirical');

export type Distribution = z.infer<typeof distributionSchema>;
