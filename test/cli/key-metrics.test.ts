/** The headline's numbers on the terminal (src/cli/key-metrics.ts). */
import { describe, expect, it } from 'vitest';
import { formatSummary, keyMetricOf, keyMetrics } from '../../src/cli/key-metrics.ts';
import { labelOf } from '../../src/experiment/metric-catalogue.ts';

const metric = (name: string) => keyMetrics.find((m) => m.name === name)!;

describe('formatSummary', () => {
  it('cuts a share’s interval off at 0%, as the report does: never "95% CI -0.2%"', () => {
    const parole = metric('reports.parole.onTimeShare');
    expect(formatSummary(parole, { mean: 0.003, sd: 0.004, ci95: [-0.002, 0.008], n: 5 })).toBe('0.3% (95% CI 0.0% to 0.8%)');
  });

  it('cuts a count’s interval off at 0', () => {
    const waiting = metric('cases.unallocated.mean');
    expect(formatSummary(waiting, { mean: 0.4, sd: 0.5, ci95: [-0.2, 1], n: 3 })).toBe('0.4 (95% CI 0.0 to 1.0)');
  });
});

describe('the terminal’s labels', () => {
  it('are the catalogue’s, with the unit where it is not per cent', () => {
    expect(metric('contacts.minutesPerPrisonerPerMonth').label).toBe(`${labelOf('contacts.minutesPerPrisonerPerMonth')} (minutes a month)`);
    expect(metric('reports.parole.onTimeShare')).toMatchObject({ label: labelOf('reports.parole.onTimeShare'), percent: true });
    expect(metric('workload.capacityPercent')).toMatchObject({ label: labelOf('workload.capacityPercent'), percent: false, inPercent: true });
    expect(keyMetricOf('hdc.daysLost')).toMatchObject({ label: 'Days of home detention curfew lost (days)', digits: 0 });
  });
});
