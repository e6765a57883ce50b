/** The sweep's chart (src/report/charts/central-curve.ts): the measures chosen when it was run, and a target line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SweepFile } from '../../../src/experiment/formats.ts';
import { centralCurveChart, curveMeasures, curveRows, sweepMeasures } from '../../../src/report/charts/central-curve.ts';
import { makeSweepFolder } from '../fixtures.ts';

const sweep = (): SweepFile => JSON.parse(readFileSync(join(makeSweepFolder(), 'sweep.json'), 'utf8'));
const source = { version: 'test', scenarios: ['baseline'], replications: 5, horizonYears: 1, warmupWeeks: 0 };

describe('sweepMeasures', () => {
  it('draws contact time and unfinished reports when nothing was chosen', () => {
    expect(sweepMeasures(sweep())).toBe(curveMeasures);
  });

  it('draws the measures chosen with --chart, a share in per cent', () => {
    const measures = sweepMeasures({ ...sweep(), display: { measures: ['reports.parole.onTimeShare'] } });
    expect(measures).toEqual([{ metric: 'reports.parole.onTimeShare', label: 'Parole reports on time (%)', scale: 100 }]);
  });
});

describe('centralCurveChart with a target', () => {
  it('draws the target as a dashed line on its measure’s panel, in the panel’s scale, and names it', () => {
    const display = { measures: ['reports.parole.onTimeShare'], target: { metric: 'reports.parole.onTimeShare', comparison: '>=' as const, threshold: 0.95, percent: true, text: 'reports.parole.onTimeShare >= 95%' } };
    const file = { ...sweep(), display };
    const measures = sweepMeasures(file);
    const chart = centralCurveChart(curveRows(file, measures), source, measures, display);
    const text = JSON.stringify(chart.spec);
    expect(text).toContain('"strokeDash":[6,4]');
    expect(text).toContain('"target":95');
    expect(text).toContain('target: reports.parole.onTimeShare >= 95%');
    expect(chart.title).toBe('Caseload per supervisor against parole reports on time');
  });
});
