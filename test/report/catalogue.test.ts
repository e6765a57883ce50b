/**
 * src/report/metrics.ts and src/report/methods/parameters.ts name metrics and
 * parameters of other layers by string; these tests keep the names true to
 * the model's results and the scenario schema (tests may import any layer;
 * the report itself may not import the model).
 */
import { describe, expect, it } from 'vitest';
import { runStudy } from '../../src/experiment/run-study.ts';
import { timeCategories } from '../../src/model/types.ts';
import { keyMetrics, metricRange, metricWords, staffTimeCategories } from '../../src/report/metrics.ts';
import { describeValue, keyParameters, valueAt } from '../../src/report/methods/parameters.ts';
import { chartedWeeklyMetrics } from '../../src/report/read/study-folder.ts';
import { scenarioSchema } from '../../src/scenario/index.ts';
import { schemaEvidence } from '../../src/scenario/schema-evidence.ts';
import { sources } from '../../src/scenario/schema/sources.ts';

describe('the metric catalogue', async () => {
  const records = await runStudy(scenarioSchema.parse({ name: 'tiny', horizon: { years: 0.2 }, replications: 1 }), { workers: 1 });
  const [record] = records;

  it('names only metrics a replication reports', () => {
    for (const name of Object.keys(keyMetrics)) expect([name, name in record.metrics]).toEqual([name, true]);
  });

  it('has words for every staff time category of the model, and those are the shares a replication reports', () => {
    expect(Object.keys(staffTimeCategories).sort()).toEqual([...timeCategories].sort());
    for (const category of timeCategories) expect(`staff.timeShare.${category}` in record.metrics).toBe(true);
  });

  it('draws weekly series the model records', () => {
    for (const name of chartedWeeklyMetrics) expect(name in record.weekly[0].values).toBe(true);
  });

  it('knows shares lie in 0–1 and key measures are never negative', () => {
    expect(metricRange('contacts.deliveredShare')).toEqual([0, 1]);
    expect(metricRange('caseload.perSupervisor.mean')).toEqual([0, Infinity]);
    expect(metricRange('some.other.metric')).toBeUndefined();
    expect(metricWords('staff.timeShare.contact').label).toBe('Staff time (share of all hours): direct contact with prisoners');
    expect(metricWords('staff.atWorkShare.contact').label).toBe('Staff time (share of hours at work): direct contact with prisoners');
  });
});

describe('the key parameters of the methods', () => {
  const scenario = scenarioSchema.parse({});

  it('each name a path of the scenario, with a source', () => {
    for (const p of keyParameters) {
      expect([p.path, valueAt(scenario, p.path) !== undefined]).toEqual([p.path, true]);
      expect(p.source.length).toBeGreaterThan(10);
      if (p.assumption) expect(p.source).toMatch(/[Aa]ssum/);
    }
  });

  it('take their basis and source from the evidence on their fields, worded from the source catalogue', () => {
    const byPath = new Map(schemaEvidence().map((p) => [p.path, p.evidence]));
    for (const p of keyParameters) {
      const kinds = [...byPath].filter(([path]) => path === p.path || path.startsWith(`${p.path}.`)).map(([, evidence]) => evidence?.kind);
      expect([p.path, p.assumption]).toEqual([p.path, kinds.includes('assumption')]);
    }
    const maxDaysEarly = keyParameters.find((p) => p.path === 'hdc.maxDaysEarly')!;
    expect(maxDaysEarly.basis).toBe('published figure');
    expect(maxDaysEarly.source).toContain(`${sources.hdcStatement2003.title}, ${sources.hdcStatement2003.publisher}, ${sources.hdcStatement2003.date}; the figure in 2003–2023`);
    expect(maxDaysEarly.source).toContain('Other years: 180 since 2023');
    const redeployment = keyParameters.find((p) => p.path === 'redeployment.shiftProbability')!;
    expect(redeployment.source).toMatch(/^Assumption: .*Plausible range [\d.]+ to [\d.]+\.$/);
    // A group's members' evidence, each once: every tier's contact length shares its reason; each tier's frequency has its own, with a range.
    const contacts = keyParameters.find((p) => p.path === 'contacts.byTier')!;
    expect(contacts.source.match(/a contact lengthens with tier/g)).toHaveLength(1);
    expect(contacts.source.match(/in proportion to the WMT’s \d+ custody points/g)).toHaveLength(4);
    expect(contacts.source).toContain('tier4.perMonth 0.5 to 4');
  });

  it('are described in words', () => {
    expect(describeValue(valueAt(scenario, 'tiering.matrix'))).toBe('low 1/1/2, medium 2/2/3, high 3/3/4, veryHigh 4/4/4');
    expect(describeValue(valueAt(scenario, 'contacts.byTier'))).toBe('tier1 (perMonth 0.36, minutes 30), tier2 (perMonth 0.49, minutes 45), tier3 (perMonth 0.97, minutes 45), tier4 (perMonth 1, minutes 60)');
    expect(describeValue(null)).toBe('none');
    expect(describeValue([])).toBe('none');
  });
});
