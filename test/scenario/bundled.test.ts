import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { sizeOf } from '../../src/scenario/limits.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { getAt, hasAt } from '../../src/scenario/merge.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';
import { scenariosFolder } from './support/scenarios.ts';

const files = readdirSync(scenariosFolder).filter((f) => f.endsWith('.yaml')).sort();
const load = (file: string) => loadScenario(join(scenariosFolder, file)).scenario;

describe('bundled scenarios', () => {
  it('include one scenario per organisational model', () => {
    expect(files).toEqual([
      'baseline.yaml',
      'cuts-10pct.yaml',
      'justice-committee-2009.yaml',
      'lifers-2007-08.yaml',
      'national-estate-2014.yaml',
      'national-estate-omic.yaml',
      'national-estate.yaml',
      'omic-2022.yaml',
      'personal-officer-2009.yaml',
      'psp-benchmark-2014-open.yaml',
      'psp-benchmark-2014-women.yaml',
      'psp-benchmark-2014.yaml',
      'redeployment-crisis.yaml',
      'ring-fenced-20.yaml',
      'tiering-all-sentenced.yaml',
    ]);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(scenariosFolder, file), 'utf8');

    it('validates', () => {
      expect(() => load(file)).not.toThrow();
    });

    it('points editors at the JSON Schema on its first line', () => {
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../scenario.schema.json');
    });

    it('states its own name (the file’s) and a description in plain words', () => {
      const own = parse(text) as Record<string, unknown>;
      expect(own.name).toBe(basename(file, '.yaml'));
      expect(typeof own.description).toBe('string');
      expect((own.description as string).length).toBeGreaterThan(40);
    });

    it('states the year it stands for', () => {
      const own = parse(text) as Record<string, unknown>;
      expect(Number.isInteger(own.era) && (own.era as number) >= 2007 && (own.era as number) <= 2024).toBe(true);
    });

    it('extends another scenario unless it is the baseline', () => {
      const own = parse(text) as Record<string, unknown>;
      expect('extends' in own).toBe(file !== 'baseline.yaml');
    });

    it('has every parameter the model depends on', () => {
      const scenario = load(file);
      for (const path of ['name', 'description', 'seed', 'replications', 'horizon.years', 'staff.offenderSupervisors.count', 'staff.probationOfficers.count', 'redeployment.shiftProbability', 'caseload.cap']) {
        expect(hasAt(scenario, path.split('.')), path).toBe(true);
      }
    });
  });

  it('baseline.yaml restates the schema’s defaults and nothing else, but its name, era, warm-up and the factors its sensitivity analysis holds fixed', () => {
    const defaults = scenarioSchema.parse({});
    // The warm-up is the study's choice, made by the baseline for every bundled scenario; the
    // schema's default (none) keeps a scenario written from scratch runnable over any horizon.
    // So is what a sensitivity analysis of the prison holds fixed (its size and staff).
    const baseline = load('baseline.yaml');
    expect(baseline.warmup.weeks).toBeGreaterThan(0);
    const choices = { name: defaults.name, description: defaults.description, era: defaults.era, warmup: defaults.warmup, sensitivity: defaults.sensitivity };
    expect({ ...baseline, ...choices }).toEqual(defaults);
  });

  it('represent the organisational models they are named after', () => {
    expect(load('ring-fenced-20.yaml')).toMatchObject({ caseload: { cap: null }, staff: { offenderSupervisors: { caseloadCap: 20, omShare: 0.5, ringFenced: true }, probationOfficers: { caseloadCap: null } } });
    expect(load('cuts-10pct.yaml').staff.offenderSupervisors.scale).toBe(0.9);
    const psp = load('psp-benchmark-2014.yaml');
    expect(psp.establishment.caseOwnership).toBe('npsCrc');
    expect(psp.staff.probationOfficers.role).toBe('oversight');
    expect(psp.staff.probationServiceOfficers.count).toBe(0);
    // Prison officers only, but for NPS cases in open and women's prisons, the benchmark's exception.
    expect(psp.allocation.rules).toEqual([
      { when: { owner: ['nps'], establishmentType: ['open', 'women'] }, groups: ['probationOfficers', 'offenderSupervisors'] },
      { when: {}, groups: ['offenderSupervisors'] },
    ]);
    for (const [file, type] of [
      ['psp-benchmark-2014-open.yaml', 'open'],
      ['psp-benchmark-2014-women.yaml', 'women'],
    ]) {
      const exception = load(file);
      expect(exception.establishment.type).toBe(type);
      expect(exception.allocation.rules).toEqual(psp.allocation.rules);
      expect(exception.staff.probationOfficers.role).toBe('caseloadAndOversight');
    }
    expect(load('tiering-all-sentenced.yaml').scope.assessEveryone).toBe(true);
    // 2007-08: lists worked in order of deadline, no cut-down; a full prison; prison-officer lifer managers
    // hold the indeterminate cases, the probation officers the very-high-harm ones, and only a probation
    // officer writes the parole report.
    const lifers = load('lifers-2007-08.yaml');
    expect(lifers.workingPattern.priority).toBe('deadline');
    expect(lifers.assessment.shortReviewAfterWeeksOverdue).toBeNull();
    expect(lifers.population.admission).toBe('keepFull');
    expect(lifers.allocation.rules).toEqual([
      { when: { rosh: ['veryHigh'] }, groups: ['probationOfficers'] },
      { when: {}, groups: ['offenderSupervisors'] },
    ]);
    expect(lifers.allocation.qualifiedGroups.parole).toEqual(['probationOfficers']);
    expect(getAt(load('justice-committee-2009.yaml'), ['scope', 'rules', 4])).toEqual({ sentence: ['determinate'], minSentenceMonths: 24.01 });
    const crisis = load('redeployment-crisis.yaml');
    expect(crisis.redeployment.shiftProbability + crisis.redeployment.shortfallSensitivity * crisis.establishment.operationalShortfall).toBeGreaterThan(0.5);
  });

  it('national-estate.yaml is England and Wales at scale (docs/sources.md)', () => {
    const estate = load('national-estate.yaml');
    const size = sizeOf(estate);
    expect(size.establishments).toBe(120);
    expect(size.totalPopulation).toBeGreaterThan(80_000);
    expect(size.totalPopulation).toBeLessThan(90_000);
    const supervisors = estate.estate.reduce((sum, g) => sum + g.count * (g.staff.offenderSupervisors?.count ?? 0), 0);
    expect(supervisors).toBeGreaterThan(2_400);
    expect(supervisors).toBeLessThan(2_600);
    expect(new Set(estate.estate.map((g) => g.establishment.type))).toEqual(new Set(['local', 'training', 'open', 'women']));
  });

  it('scenario.schema.json is the schema omsim prints (refresh with: node bin/omsim.js schema > scenario.schema.json)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });
});
