/** Paired differences of a comparison: the interval of the mean per-replication difference, and whether it leaves out zero. */
import { describe, expect, it } from 'vitest';
import { pairedDifference, scenarioLabels, comparisonFolders } from '../../src/experiment/compare.ts';
import { tQuantile } from '../../src/experiment/t-distribution.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

describe('pairedDifference', () => {
  it('is the t-interval of the differences replication by replication', () => {
    const base = [10, 12, 11, 13];
    const other = [11, 14, 12, 15]; // differences 1, 2, 1, 2: mean 1.5, sd 0.577
    const d = pairedDifference(base, other);
    const half = tQuantile(0.975, 3) * (Math.sqrt(1 / 3) / 2);
    expect(d.mean).toBeCloseTo(1.5, 12);
    expect(d.ci95[0]).toBeCloseTo(1.5 - half, 12);
    expect(d.ci95[1]).toBeCloseTo(1.5 + half, 12);
    expect(d.excludesZero).toBe(true);
  });

  it('does not flag a difference whose interval holds zero, or one that cannot be estimated', () => {
    expect(pairedDifference([1, 2, 3], [2, 1, 3]).excludesZero).toBe(false);
    expect(pairedDifference([1], [2]).excludesZero).toBe(false);
  });

  it('leaves out replications where either value is NaN', () => {
    expect(pairedDifference([1, NaN, 3, 4], [2, 5, 4, 5]).n).toBe(3);
  });
});

describe('scenario labels and folders', () => {
  it('tell scenarios of the same name apart', () => {
    const a = scenarioSchema.parse({ name: 'base' });
    const b = scenarioSchema.parse({ name: 'cut 10%' });
    const design = { kind: 'comparison' as const, scenarios: [a, b, a] };
    expect(scenarioLabels(design)).toEqual(['base #1', 'cut 10%', 'base #3']);
    expect(comparisonFolders(design)).toEqual(['1-base', '2-cut-10', '3-base']);
  });
});
