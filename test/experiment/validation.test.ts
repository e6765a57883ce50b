/**
 * The comparison with published figures: its verdicts and threshold
 * crossings; the catalogue's split between figures an input was set from
 * (calibration) and figures none was (validation); the warm-up every
 * comparison leaves out; and docs/validation.md in step with the catalogue.
 *
 * The page's model values come from `npm run validation`, which runs the
 * national estate for minutes; no test reruns all of it. The mechanics are
 * run here on a small prison of the test's own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { isMetricName } from '../../src/experiment/metric-catalogue.ts';
import {
  figuresNotCompared,
  figuresOfRole,
  publishedFigures,
  warmupWhereScenarioSetsNone,
  type ModelMeasure,
  type PublishedFigure,
} from '../../src/experiment/published-figures.ts';
import { measuredPeriod } from '../../src/experiment/measured-period.ts';
import { compareWithPublishedFigures, prepareUnit, thresholdCrossing, unitsOfFigure, verdictOf } from '../../src/experiment/validation.ts';
import { figureNote, notesHeadings, roleHeadings, validationMarkdown } from '../../src/report/validation-doc.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { getAt } from '../../src/scenario/merge.ts';
import { schemaEvidence } from '../../src/scenario/schema-evidence.ts';
import { sources } from '../../src/scenario/schema/sources.ts';
import { WEEK, YEAR } from '../../src/model/time.ts';

const summary = (mean: number, low: number, high: number) => ({ mean, sd: 0, ci95: [low, high] as [number, number], n: 5 });

describe('verdictOf', () => {
  it('is reproduced when the mean is in the range, borderline when only the interval reaches it, and not reproduced otherwise', () => {
    expect(verdictOf(summary(0.3, 0.25, 0.35), [0.2, 0.45])).toBe('reproduced');
    expect(verdictOf(summary(0.47, 0.44, 0.5), [0.2, 0.45])).toBe('borderline');
    expect(verdictOf(summary(0.1, 0.05, 0.15), [0.2, 0.45])).toBe('not reproduced');
  });
});

describe('thresholdCrossing', () => {
  it('interpolates where y first falls below the threshold as x rises, whatever order the points come in', () => {
    const points = [
      { x: 40, y: 0.7 },
      { x: 10, y: 1 },
      { x: 20, y: 0.95 },
      { x: 30, y: 0.85 },
    ];
    // Between x = 20 (0.95) and x = 30 (0.85): halfway.
    expect(thresholdCrossing(points, 0.9)).toBeCloseTo(25, 10);
  });

  it('is NaN when y never falls below the threshold, or is below it from the first point', () => {
    expect(thresholdCrossing([{ x: 1, y: 1 }, { x: 2, y: 0.95 }], 0.9)).toBeNaN();
    expect(thresholdCrossing([{ x: 1, y: 0.5 }, { x: 2, y: 0.4 }], 0.9)).toBeNaN();
  });
});

/** The metric names a measure reads, found by handing it metrics that record every name asked for. */
function metricsRead(measure: ModelMeasure, figure: PublishedFigure): string[] {
  const read = new Set<string>();
  const metrics = new Proxy({} as Record<string, number>, {
    get: (_, name) => {
      if (typeof name === 'string') read.add(name);
      return 1;
    },
  });
  const scenario = prepareUnit('scenarios', unitsOfFigure(figure)[0], 1, warmupWhereScenarioSetsNone).scenario;
  measure(metrics, { years: 1, scenario });
  return [...read];
}

const measuresOf = (figure: PublishedFigure): ModelMeasure[] => (figure.kind === 'scenario' ? [figure.value] : [figure.x, figure.y]);

describe('the catalogue of published figures', () => {
  const validation = figuresOfRole('validation');
  const calibration = figuresOfRole('calibration');

  it('keeps the NOMS 2008 direct contact and the inspectorate’s caseload of 50 as validation figures, and the NAO 2008 parole figures as the calibration of lifers-2007-08’s staffing', () => {
    expect(validation.map((f) => f.id)).toEqual(expect.arrayContaining(['noms-2008-direct-contact', 'hmip-quality-above-50']));
    const nao = calibration.filter((f) => f.source === 'naoParole2008');
    expect(nao.map((f) => [f.id, f.scenario])).toEqual([
      ['nao-2008-hearings-on-time', 'lifers-2007-08.yaml'],
      ['nao-2008-deferred', 'lifers-2007-08.yaml'],
      ['nao-2008-lacking-oasys', 'lifers-2007-08.yaml'],
    ]);
  });

  it('splits into calibration and validation lists that are disjoint and cover it, with ids unique', () => {
    const ids = publishedFigures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const validationIds = new Set(validation.map((f) => f.id));
    expect(calibration.filter((f) => validationIds.has(f.id))).toEqual([]);
    expect(validation.length + calibration.length).toBe(publishedFigures.length);
    // The same published number from the same source cannot be both an input and a test of the model.
    const keyOf = (f: PublishedFigure) => `${f.source} ${f.published.toPrecision(6)}`;
    const calibrationKeys = new Set(calibration.map(keyOf));
    expect(validation.filter((f) => calibrationKeys.has(keyOf(f))).map((f) => f.id)).toEqual([]);
  });

  it('names, for every calibration figure, parameters of its scenario it sets, and for no validation figure any', () => {
    for (const figure of validation) expect([figure.id, 'sets' in figure]).toEqual([figure.id, false]);
    for (const figure of calibration) {
      if (figure.role !== 'calibration') continue;
      expect([figure.id, figure.sets.length > 0]).toEqual([figure.id, true]);
      const scenario = loadScenario(join('scenarios', figure.scenario)).scenario;
      for (const path of figure.sets) {
        const value = getAt(scenario, path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        // A number, or a distribution (time on remand).
        expect([figure.id, path, typeof value]).toEqual([figure.id, path, typeof value === 'object' && value !== null ? 'object' : 'number']);
        expect(value).not.toBeUndefined();
      }
    }
  });

  it('ties each calibration figure to the schema: a default it sets cites the figure’s source (for its era or another)', () => {
    const evidence = new Map(schemaEvidence().map((e) => [e.path, e.evidence]));
    const defaults = new Map(schemaEvidence().map((e) => [e.path, e.defaultValue]));
    for (const figure of calibration) {
      if (figure.role !== 'calibration') continue;
      const scenario = loadScenario(join('scenarios', figure.scenario)).scenario;
      for (const path of figure.sets) {
        const found = evidence.get(path);
        if (found === undefined) continue; // a parameter of the scenario file only (an estate group's size)
        // Set in the scenario file, away from the schema's default: its comment there gives the reason.
        if (!isDeepStrictEqual(getAt(scenario, path.split('.')), found === undefined ? undefined : defaults.get(path))) continue;
        const cited = found.kind === 'published' ? [found.source, ...(found.otherEras ?? []).map((e) => e.source)] : [];
        expect([figure.id, path, cited.includes(figure.source)]).toEqual([figure.id, path, true]);
      }
    }
  });

  it('says, for a validation figure whose source also sets a default, which parameter that is', () => {
    const setBySource = (source: string) =>
      schemaEvidence()
        .filter((e) => e.evidence?.kind === 'published' && [e.evidence.source, ...(e.evidence.otherEras ?? []).map((o) => o.source)].includes(source as never))
        .map((e) => e.path);
    for (const figure of validation) {
      for (const path of setBySource(figure.source)) expect([figure.id, figure.why.includes(`\`${path}\``)]).toEqual([figure.id, true]);
    }
  });

  it('has validation figures from scenarios of more than one era', () => {
    const eras = new Set(validation.map((f) => loadScenario(join('scenarios', f.scenario)).scenario.era));
    expect(eras.size).toBeGreaterThanOrEqual(2);
  });

  it('puts every published value inside its own range, and cites sources of the catalogue', () => {
    for (const figure of publishedFigures) {
      expect([figure.id, figure.accept[0] <= figure.published && figure.published <= figure.accept[1]]).toEqual([figure.id, true]);
      expect([figure.id, figure.source in sources]).toEqual([figure.id, true]);
    }
    for (const figure of figuresNotCompared) expect(figure.source in sources).toBe(true);
  });

  it('names existing scenarios, each with a warm-up of its own or the comparison’s, and reads only metrics the model reports', () => {
    for (const figure of publishedFigures) {
      for (const unit of unitsOfFigure(figure)) {
        const { scenario } = prepareUnit('scenarios', unit, 1, warmupWhereScenarioSetsNone);
        expect([figure.id, scenario.warmup.weeks !== null && scenario.warmup.weeks > 0]).toEqual([figure.id, true]);
      }
      for (const measure of measuresOf(figure)) {
        const unknown = metricsRead(measure, figure).filter((name) => !isMetricName(name));
        expect([figure.id, unknown]).toEqual([figure.id, []]);
      }
    }
  });
});

describe('the warm-up a comparison leaves out', () => {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-validation-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // A small prison of two years, which states no warm-up.
  writeFileSync(
    join(folder, 'small.yaml'),
    'name: small\nreplications: 2\nhorizon: { years: 2 }\nwarmup: { weeks: null }\npopulation: { size: 150 }\nstaff:\n  offenderSupervisors: { count: 2 }\n  probationOfficers: { count: 1 }\n',
  );
  const unit = { file: 'small.yaml', overrides: [] };

  it('is the scenario’s own where it sets one, else the comparison’s', () => {
    const own = prepareUnit(folder, { file: 'small.yaml', overrides: ['warmup.weeks=10'] }, 2, { 'small.yaml': { weeks: 26 } });
    expect([own.scenario.warmup.weeks, own.warmupFrom]).toEqual([10, 'scenario']);
    const fallback = prepareUnit(folder, unit, 2, { 'small.yaml': { weeks: 26 } });
    expect([fallback.scenario.warmup.weeks, fallback.warmupFrom]).toEqual([26, 'comparison']);
  });

  it('is refused, before anything runs, where there is none, or where it leaves less than a year measured', () => {
    expect(() => prepareUnit(folder, unit, 2, {})).toThrow(/small\.yaml sets no warm-up.*warmupWhereScenarioSetsNone/);
    expect(() => prepareUnit(folder, unit, 2, { 'small.yaml': { weeks: 60 } })).toThrow(/60 weeks leaves less than a year of its 2-year horizon measured/);
  });

  it('runs the scenario’s own replications unless the comparison sets one number for every scenario', () => {
    expect(prepareUnit(folder, unit, null, { 'small.yaml': { weeks: 26 } }).scenario.replications).toBe(2);
    expect(prepareUnit(folder, unit, 3, { 'small.yaml': { weeks: 26 } }).scenario.replications).toBe(3);
  });

  it('is taken off the years a figure’s counts are divided by', () => {
    const { scenario } = prepareUnit(folder, unit, 2, { 'small.yaml': { weeks: 26 } });
    expect(measuredPeriod(scenario).years).toBeCloseTo((2 * YEAR - 26 * WEEK) / YEAR, 12);
  });
});

describe('a comparison run end to end on a small prison', () => {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-validation-run-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(
    join(folder, 'small.yaml'),
    'name: small\nera: 2011\nreplications: 2\nhorizon: { years: 2 }\npopulation: { size: 150 }\nstaff:\n  offenderSupervisors: { count: 2 }\n  probationOfficers: { count: 1 }\n',
  );
  const common = { source: 'omsq2024', era: '2024', scenario: 'small.yaml', overrides: [], unit: 'people a year', why: 'a test' } as const;
  const yearsSeen: number[] = [];
  const figures: PublishedFigure[] = [
    {
      ...common,
      kind: 'scenario',
      role: 'validation',
      id: 'test-receptions',
      figure: 'People received a year',
      measure: 'prisoners.received ÷ years measured',
      value: (m, run) => {
        yearsSeen.push(run.years);
        return m['prisoners.received'] / run.years;
      },
      published: 300,
      accept: [0, 1e6],
    },
    {
      ...common,
      kind: 'scenario',
      role: 'calibration',
      sets: ['population.size'],
      id: 'test-population',
      figure: 'People held',
      measure: 'prisoners.population.mean',
      value: (m) => m['prisoners.population.mean'],
      unit: 'people',
      published: 150,
      accept: [0, 1e6],
    },
  ];

  it('leaves the warm-up out, divides counts by the years measured, and writes each figure under its role', { timeout: 60_000 }, async () => {
    const result = await compareWithPublishedFigures({ scenariosFolder: folder, replications: null, workers: 1, figures, warmups: { 'small.yaml': { weeks: 26 } } });
    // No number for every scenario: the scenario's own two.
    expect(result.runs.map((r) => [r.file, r.warmupWeeks, r.warmupFrom, r.era, r.replications])).toEqual([['small.yaml', 26, 'comparison', 2011, 2]]);
    expect(yearsSeen).toEqual([0, 1].map(() => (2 * YEAR - 26 * WEEK) / YEAR));
    expect(result.ampleStaff).toBeNull();
    expect(result.figures.map((r) => [r.figure.id, r.verdict, r.runs])).toEqual([
      ['test-receptions', 'reproduced', [0]],
      ['test-population', 'reproduced', [0]],
    ]);
    const page = validationMarkdown(result, 'test');
    expect(sectionOf(page, 'People received a year (300 people a year)')).toBe(roleHeadings.validation);
    expect(sectionOf(page, 'People held (150 people)')).toBe(roleHeadings.calibration);
  });
});

/** The last heading (of the levels given) before `text` on `page`. */
function sectionOf(page: string, text: string, level = '## '): string | undefined {
  const at = page.indexOf(text);
  if (at < 0) return undefined;
  return page
    .slice(0, at)
    .split('\n')
    .filter((line) => line.startsWith(level))
    .at(-1);
}

describe('docs/validation.md', () => {
  const page = readFileSync('docs/validation.md', 'utf8');

  it('lists every figure of the catalogue under its role, with its range and reasons as the catalogue states them now (run `npm run validation` after changing it)', () => {
    for (const figure of publishedFigures) {
      expect([figure.id, sectionOf(page, `| ${figure.figure} (`)]).toEqual([figure.id, roleHeadings[figure.role]]);
      expect([figure.id, sectionOf(page, figureNote(figure), '### ')]).toEqual([figure.id, notesHeadings[figure.role]]);
    }
    const notes = page.split('\n').filter((line) => line.startsWith('- **'));
    expect(notes.length).toBe(publishedFigures.length + figuresNotCompared.length);
  });
});
