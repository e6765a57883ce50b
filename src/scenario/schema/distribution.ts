/** Probability distributions a scenario can give for durations and lengths. */
import { z } from 'zod';

/** The largest value any parameter of a distribution may take. */
const MOST = 1e6;

const amount = z.number().min(0).max(MOST);

/**
 * The distributions of one length of time, whose typical value — the fixed
 * value, the median, the mean, or the largest value of a uniform or
 * triangular distribution — is at least `least` (in the field's unit). Each
 * caller says why its length can be no shorter: a length of no time at all
 * would have the model receive people without end to keep its population.
 * (An empirical sample is not bounded here: the model refuses a population
 * whose stays average under a day, see src/model/calibration.ts.)
 */
export function durationDistribution(least: number) {
  const typical = z.number().min(least).max(MOST);
  return z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('fixed'), value: typical.describe('the value every draw takes') }).strict(),
      z
        .object({
          type: z.literal('lognormal'),
          median: typical.describe('median of the distribution'),
          sigma: z.number().min(0).max(5).describe('standard deviation of the logarithm'),
          min: amount.optional().describe('draws below this are raised to it'),
          max: amount.optional().describe('draws above this are lowered to it'),
        })
        .strict(),
      z
        .object({
          type: z.literal('gamma'),
          mean: typical.describe('mean of the distribution'),
          sd: amount.describe('standard deviation of the distribution'),
        })
        .strict(),
      z
        .object({
          type: z.literal('uniform'),
          min: amount.describe('smallest value'),
          max: typical.describe('largest value'),
        })
        .strict(),
      z
        .object({
          type: z.literal('triangular'),
          min: amount.describe('smallest value'),
          mode: amount.describe('most likely value'),
          max: typical.describe('largest value'),
        })
        .strict(),
      z
        .object({
          type: z.literal('empirical'),
          values: z.array(amount).min(1).max(100_000).describe('observed values, drawn from with interpolation'),
        })
        .strict(),
    ])
    .describe('a distribution: fixed, lognormal, gamma, uniform, triangular or empirical');
}

export type Distribution = z.infer<ReturnType<typeof durationDistribution>>;
