/** The headline on the terminal (src/cli/headline.ts). */
import { describe, expect, it } from 'vitest';
import { headline } from '../../src/cli/headline.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const summary = (warmupWeeks: number, suggestedWarmupWeeks: number) =>
  ({
    omsim: { version: 'test' },
    scenario: scenarioSchema.parse({ name: 'small' }),
    study: { replications: 1, seeds: ['1.0'], horizonYears: 2, warmupWeeks, suggestedWarmupWeeks },
    metrics: {},
  }) as StudySummary;

describe('headline', () => {
  it('says when the backlog settles after the warm-up ends, and how to leave the start out', () => {
    expect(headline(summary(0, 15), 'out').split('\n')[0]).toBe(
      'small: 1 replication of 2 years (warm-up 0 weeks; the backlog settles after about 15 weeks (MSER-5): --set warmup.weeks=15 leaves the start out)',
    );
  });

  it('says nothing more when the warm-up covers it', () => {
    expect(headline(summary(20, 15), 'out').split('\n')[0]).toBe('small: 1 replication of 2 years (warm-up 20 weeks)');
  });
});
