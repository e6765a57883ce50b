/** The comparison chart's verdicts (src/report/charts/comparison.ts): better, worse, clear, or chance. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../src/report/charts/comparison.ts';
import type { DifferenceRow } from '../../../src/report/chart-data.ts';

const row = (metric: string, mean: number, excludesZero: boolean) => ({ metric, mean, excludesZero }) as unknown as DifferenceRow;

describe('verdictOf', () => {
  it('calls a clear rise better where higher is better, and worse where lower is', () => {
    expect(verdictOf(row('contacts.deliveredShare', 0.05, true))).toBe('Better (interval excludes zero)');
    expect(verdictOf(row('reports.unfinishedShare', 0.05, true))).toBe('Worse (interval excludes zero)');
    expect(verdictOf(row('caseload.perSupervisor.mean', -1.5, true))).toBe('Better (interval excludes zero)');
  });

  it('calls a difference whose interval includes zero chance, whichever way it points', () => {
    expect(verdictOf(row('contacts.deliveredShare', -0.05, false))).toBe('Could be chance (interval includes zero)');
  });

  it('gives no better side to a measure that has none, such as the workload, which belongs in a band', () => {
    expect(verdictOf(row('workload.capacityPercent', 7, true))).toBe('Clear difference (interval excludes zero)');
  });
});
