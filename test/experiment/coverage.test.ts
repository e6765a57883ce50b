/**
 * Do the 95% intervals cover the truth 95% of the time? On the engine's M/M/c
 * queue, whose mean wait in queue is known exactly (Erlang C), 400
 * independent studies of 10 replications each estimate the mean wait with
 * summariseValues' t-interval; the number of intervals that cover the true
 * value must lie in the 99% acceptance region of Binomial(400, 0.95), which is
 * [368, 390] (computed below from the binomial distribution: P(X < 368) =
 * 0.0038, P(X > 390) = 0.0042, so P(368 ≤ X ≤ 390) = 0.992). Too few covering
 * means the intervals are too narrow or biased; too many, too wide.
 *
 * The queue: M/M/3 with λ = 2, μ = 1 (utilisation 2/3), true Wq =
 * C(3, 2)/(3μ − λ) = 4/9. Each replication serves 2,000 customers and
 * discards the first 200 as warm-up (about 100 time units, several
 * relaxation times of this queue). What remains of the start-up bias must be
 * small against the intervals or coverage would fall for the wrong reason:
 * the test checks the mean of all 4,000 replications lies within a tenth of
 * a typical half-width of the truth. Fixed seeds ("coverage/<study>/<k>")
 * make the test deterministic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricSummary } from '../../src/experiment/interval.ts';
import { runQueueModel } from '../../src/bench/queue-model.ts';
import { summariseValues } from '../../src/experiment/interval.ts';
import { binomialAcceptance } from './support/binomial.ts';
import { mmc } from '../engine/support/queueing-theory.ts';

const STUDIES = 400;
const REPLICATIONS = 10;
const QUEUE = { lambda: 2, mu: 1, servers: 3, customers: 2_000, warmupCustomers: 200, monitor: false } as const;

describe('95% confidence intervals (summariseValues)', () => {
  const truth = mmc(QUEUE.lambda, QUEUE.mu, QUEUE.servers).wq;
  let studies: number[][];
  let intervals: MetricSummary[];
  beforeAll(() => {
    studies = Array.from({ length: STUDIES }, (_, s) =>
      Array.from({ length: REPLICATIONS }, (_, k) => runQueueModel({ ...QUEUE, seed: `coverage/${s}/${k}` }).wq.mean),
    );
    intervals = studies.map((values) => summariseValues(values));
  });

  it('uses the right truth: Erlang C gives Wq = 4/9 for M/M/3 at λ = 2, μ = 1', () => {
    expect(truth).toBeCloseTo(4 / 9, 12);
  });

  it('has a 99% acceptance region of [368, 390] for 400 studies', () => {
    const region = binomialAcceptance(STUDIES, 0.95, 0.99);
    expect(region).toMatchObject({ low: 368, high: 390 });
    expect(region.probability).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps the start-up bias small against the intervals', () => {
    const grand = summariseValues(studies.flat());
    const typicalHalfWidth = intervals.reduce((sum, i) => sum + (i.ci95[1] - i.ci95[0]) / 2, 0) / STUDIES;
    if (process.env.OMSIM_EXPERIMENT_REPORT) console.log(`mean of all replications ${grand.mean} (truth ${truth}); bias / typical half-width = ${(grand.mean - truth) / typicalHalfWidth}`);
    expect(Math.abs(grand.mean - truth)).toBeLessThan(0.1 * typicalHalfWidth);
  });

  it('covers the true mean wait in a share of studies inside the acceptance region', () => {
    const covering = intervals.filter((i) => i.ci95[0] <= truth && truth <= i.ci95[1]).length;
    const region = binomialAcceptance(STUDIES, 0.95, 0.99);
    if (process.env.OMSIM_EXPERIMENT_REPORT) console.log(`coverage ${covering}/${STUDIES} = ${covering / STUDIES}; region [${region.low}, ${region.high}]`);
    expect(covering).toBeGreaterThanOrEqual(region.low);
    expect(covering).toBeLessThanOrEqual(region.high);
  });
});
