/**
 * The metric catalogue (src/experiment/metric-catalogue.ts) defines every metric
 * a replication reports, once, and nothing that none reports: checked on a
 * quarter-year probe of every bundled scenario.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeMetricNames } from '../../src/experiment/plan-study.ts';
import { definitionsOf, metricCatalogue } from '../../src/experiment/metric-catalogue.ts';
import { loadScenario } from '../../src/scenario/index.ts';

const folder = 'scenarios';
const reported = new Set(readdirSync(folder).filter((f) => f.endsWith('.yaml')).flatMap((f) => probeMetricNames(loadScenario(join(folder, f)).scenario)));

describe('the metric catalogue', () => {
  it('defines every metric a bundled scenario reports, each by exactly one family', () => {
    const undefinedOrTwice = [...reported].filter((name) => definitionsOf(name).length !== 1);
    expect(undefinedOrTwice).toEqual([]);
  });

  it('defines nothing that no bundled scenario reports', () => {
    const unused = metricCatalogue.filter((entry) => ![...reported].some((name) => definitionsOf(name).includes(entry))).map((e) => e.family);
    expect(unused).toEqual([]);
  });

  it('gives every family a unit and a definition', () => {
    for (const entry of metricCatalogue) {
      expect(entry.unit, entry.family).not.toBe('');
      expect(entry.definition, entry.family).not.toBe('');
    }
  });
});
