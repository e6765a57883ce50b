/**
 * The metric catalogue (src/experiment/metric-catalogue.ts) defines every
 * metric a replication reports, in summary.json and in weekly.csv, once;
 * every summary.json reports every metric it defines; and every counter the
 * model counts is one of them. Checked on a quarter-year run of every bundled
 * scenario (tests may use the model; the catalogue itself does not).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionsOf, labelOf, metricCatalogue, rangeOf, summaryMetricNames } from '../../src/experiment/metric-catalogue.ts';
import { summariseRun } from '../../src/experiment/replication.ts';
import { summariseStudy } from '../../src/experiment/summary.ts';
import { buildModel, runModel } from '../../src/model/model.ts';
import { loadScenario } from '../../src/scenario/index.ts';

const folder = 'scenarios';
const summaryNames = new Set<string>();
const weeklyNames = new Set<string>();
const countedNames = new Set<string>();
const summaries = new Map<string, ReturnType<typeof summariseStudy>>();
for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
  const scenario = loadScenario(join(folder, file), { overrides: ['horizon.years=0.25', 'warmup.weeks=0'] }).scenario;
  const run = buildModel(scenario, { seed: '1.probe', warmupWeeks: 0 });
  runModel(run);
  for (const name of run.ctx.metrics.allTotals().keys()) countedNames.add(name);
  const result = summariseRun(run);
  for (const name of Object.keys(result.metrics)) summaryNames.add(name);
  for (const row of result.weekly) for (const name of Object.keys(row.values)) weeklyNames.add(name);
  summaries.set(file, summariseStudy(scenario, [{ replication: 0, seed: '1.probe', ...result }], 'test'));
}
const reported = new Set([...summaryNames, ...weeklyNames]);

describe('the metric catalogue', () => {
  it('defines every metric a bundled scenario reports, in summary.json or weekly.csv, each by exactly one family', () => {
    expect([...reported].filter((name) => definitionsOf(name).length !== 1)).toEqual([]);
  });

  it('puts every metric it defines in the summary.json of every bundled scenario, null only with the reason', () => {
    for (const [file, summary] of summaries) {
      expect(Object.keys(summary.metrics).sort(), file).toEqual([...summaryMetricNames]);
      for (const [name, metric] of Object.entries(summary.metrics)) {
        if (metric.n === 0) expect(metric.undefinedBecause, `${file}: ${name}`).toMatch(/\w/);
        else expect(metric.undefinedBecause, `${file}: ${name}`).toBeUndefined();
      }
    }
    // The period the totals are over, for figures a year: a quarter of a year, no warm-up.
    for (const summary of summaries.values()) expect(summary.study.measured).toEqual({ weeks: (0.25 * 365.25) / 7, years: 0.25 });
    // A group nothing counted for reports 0, not nothing: ring-fenced-20's officers are never redeployed.
    expect(summaries.get('ring-fenced-20.yaml')?.metrics['hours.offenderSupervisors.redeployed']).toEqual({ mean: 0, sd: NaN, ci95: [NaN, NaN], n: 1 });
    expect(summaries.get('baseline.yaml')?.metrics['oversight.deliveredShare'].undefinedBecause).toBe('oversight.hoursNeeded was 0, and a share or ratio of nothing is undefined');
  });

  it('defines every counter the model counts, so nothing counted is left out of summary.json', () => {
    expect([...countedNames].filter((name) => !summaryMetricNames.includes(name as never))).toEqual([]);
  });

  it('marks as weekly-only exactly the families that appear in weekly.csv and never in summary.json', () => {
    for (const name of reported) {
      const [definition] = definitionsOf(name);
      expect(definition.weeklyOnly === true, name).toBe(!summaryNames.has(name));
    }
  });

  it('gives every family a unit and a definition, and every family of summary.json the source of its value', () => {
    for (const entry of metricCatalogue) {
      expect(entry.unit, entry.family).not.toBe('');
      expect(entry.definition, entry.family).not.toBe('');
      expect('source' in entry, entry.family).toBe(!('weeklyOnly' in entry));
    }
  });

  it('labels every metric reported in words, its placeholders filled, no two families alike', () => {
    for (const name of reported) {
      expect(labelOf(name), name).not.toBe(name);
      expect(labelOf(name), name).not.toMatch(/[{}]|undefined/);
    }
    expect(labelOf('hours.probationServiceOfficers.otherDuties')).toBe('Hours of probation service officers: other duties');
    expect(labelOf('reports.parole.onTimeShare')).toBe('Parole reports on time');
    // Two summary metrics with one label would read alike in a table (a weekly stock shares its mean's label).
    const summaryLabels = [...summaryNames].map(labelOf);
    expect(summaryLabels.filter((label, i) => summaryLabels.indexOf(label) !== i)).toEqual([]);
  });

  it('gives each metric its range from its kind: a share 0 to 1, anything else never negative', () => {
    expect(rangeOf('contacts.deliveredShare')).toEqual([0, 1]);
    expect(rangeOf('staff.timeShare.idle')).toEqual([0, 1]);
    expect(rangeOf('custody.extraDays')).toEqual([0, Infinity]);
    expect(rangeOf('no.such.metric')).toBeUndefined();
    for (const entry of metricCatalogue) expect([entry.family, entry.kind === 'share'], entry.family).toEqual([entry.family, entry.unit === 'a share, 0 to 1']);
  });
});
