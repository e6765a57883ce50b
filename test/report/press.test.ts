/** A comparison for a press release (src/report/press.ts, src/report/charts/press.ts, src/experiment/staffing-change.ts). */
import { describe, expect, it } from 'vitest';
import type { ComparedMetric, ComparisonFile } from '../../src/experiment/formats.ts';
import { headCountChange } from '../../src/experiment/staffing-change.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { pressChart, pressRows } from '../../src/report/charts/press.ts';
import { pressSentences } from '../../src/report/press.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

describe('the change in staff, stated exactly', () => {
  it('gives both head counts and the change in per cent of the first', () => {
    expect(headCountChange('offenderSupervisors', 12, 11)).toBe('12 → 11 offender supervisors, 8.3% fewer');
    expect(headCountChange('probationOfficers', 4, 8)).toBe('4 → 8 probation officers, 100% more');
    expect(headCountChange('probationServiceOfficers', 0, 2)).toBe('0 → 2 probation service officers');
  });
});

describe('the press release of a comparison', () => {
  // The baseline's 12 supervisors against a 10% cut (11), two years measured with no warm-up.
  const summary = (name: string, scale: number) =>
    ({
      omsim: { version: 'test' },
      scenario: scenarioSchema.parse({ name, horizon: { years: 2 }, warmup: { weeks: 0 }, staff: { offenderSupervisors: { count: 12, scale } } }),
      study: { replications: 5, seeds: [], horizonYears: 2, warmupWeeks: 0 },
      metrics: {},
    }) as unknown as StudySummary;
  const delivered: ComparedMetric[] = [
    { scenario: 'baseline', summary: { mean: 20010, sd: 10, ci95: [20000, 20020], n: 5 } },
    { scenario: 'cut', summary: { mean: 16674, sd: 10, ci95: [16664, 16684], n: 5 }, difference: { mean: -3336, sd: 10, ci95: [-3346, -3326], n: 5, excludesZero: true } },
  ];
  const comparison: ComparisonFile = {
    omsim: { version: 'test' },
    scenarios: [{ name: 'baseline', folder: '1-baseline', summary: summary('baseline', 1) }, { name: 'cut', folder: '2-cut', summary: summary('cut', 0.9) }],
    press: 'contacts.delivered',
    metrics: { 'contacts.delivered': delivered },
  };

  it('says the change in staff exactly and the measure a year, with the interval of its difference', () => {
    expect(pressSentences(comparison, 'contacts.delivered')).toEqual([
      'With 12 → 11 offender supervisors, 8.3% fewer, supervision contacts delivered would go from 10,005.0 to 8,337.0 contacts a year: −1,668.0 contacts a year (95% confidence interval −1,673.0 contacts to −1,663.0 contacts).',
    ]);
  });

  it('draws each scenario’s level a year with its interval, on one scale from zero', () => {
    expect(pressRows(comparison, 'contacts.delivered')).toEqual([
      { scenario: 'baseline', order: 0, mean: 10005, low: 10000, high: 10010 },
      { scenario: 'cut', order: 1, mean: 8337, low: 8332, high: 8342 },
    ]);
    const spec = JSON.stringify(pressChart(comparison, 'contacts.delivered', { version: 'test', scenarios: ['baseline', 'cut'], replications: 5, horizonYears: 2, warmupWeeks: 0 }).spec);
    expect(spec).toContain('"scale":{"zero":true}');
    expect(spec).toContain('Supervision contacts delivered (contacts a year)');
  });
});
