/** The explorer's levers: each a real parameter, described by the schema, and set exactly as `--set` sets it. */
import { describe, expect, it } from 'vitest';
import { filesOf } from '../../src/explorer/bundled-files.ts';
import { scenarioWith } from '../../src/explorer/designs.ts';
import { leverChange, leverLabel, levers, leverValue, scopePresetsOf } from '../../src/explorer/levers.ts';
import { bundledScenarioTexts } from '../../src/explorer/site.ts';
import { checkPath } from '../../src/scenario/schema-paths.ts';
import type { Scenario } from '../../src/scenario/schema/index.ts';

const texts = bundledScenarioTexts();
const files = filesOf(new Map(texts.map((t) => [t.file, t.text])));
const load = (file: string, changes: string[] = []): Scenario => {
  const loaded = scenarioWith({ files, file, text: texts.find((t) => t.file === file)!.text }, changes);
  if ('problems' in loaded) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
};
const bundled = texts.map((t) => load(t.file));
const presets = scopePresetsOf(bundled);
const all = levers(presets);

describe('the explorer’s levers', () => {
  it('include staff per group, redeployment, ring-fencing, the OMiC levers, caps, the working policy, scope, horizon, warm-up and replications', () => {
    expect(all.map((l) => l.path)).toEqual([
      'staff.offenderSupervisors.count',
      'staff.probationOfficers.count',
      'staff.probationServiceOfficers.count',
      'staff.caseAdministrators.count',
      'redeployment.shiftProbability',
      'staff.offenderSupervisors.ringFenced',
      'omic.keyWork.workers',
      'omic.keyWork.ringFenced',
      'omic.com.handoverRule',
      'caseload.cap',
      'workingPattern.priority',
      'scope',
      'horizon.years',
      'warmup.weeks',
      'replications',
    ]);
  });

  it('are multipliers of every establishment’s staff in a scenario of many establishments', () => {
    const estate = levers(presets, { estate: true });
    expect(estate.slice(0, 4).map((l) => l.path)).toEqual(['staff.offenderSupervisors.scale', 'staff.probationOfficers.scale', 'staff.probationServiceOfficers.scale', 'staff.caseAdministrators.scale']);
    const changed = load('scenarios/national-estate.yaml', [leverChange(estate[0], 0.9, presets)]);
    expect(leverValue(changed, estate[0], presets)).toBe(0.9);
  });

  it('each name a parameter of the scenario and carry its description from the schema', () => {
    for (const lever of [...all, ...levers(presets, { estate: true })]) {
      expect(checkPath(lever.path.split('.'), {}).ok, lever.path).toBe(true);
      expect(lever.description.length, lever.path).toBeGreaterThan(10);
    }
  });

  it('offer each distinct scope of the bundled scenarios once, by the first scenario that has it', () => {
    expect(presets.map((p) => p.name)).toContain('baseline');
    // Every sentenced person in scope and assessed: national-estate-omic's scope, and omic-2022's and tiering-all-sentenced's after it.
    expect(presets.map((p) => p.name)).toContain('national-estate-omic');
    expect(new Set(presets.map((p) => JSON.stringify(p.scope))).size).toBe(presets.length);
  });

  it('give the scenario the value set, for every kind of lever', () => {
    const wanted: Record<string, number | string | boolean | null> = {
      'staff.offenderSupervisors.count': 7,
      'staff.probationOfficers.count': 2,
      'staff.probationServiceOfficers.count': 3,
      'staff.caseAdministrators.count': 1,
      'redeployment.shiftProbability': 0.3,
      'staff.offenderSupervisors.ringFenced': true,
      'omic.keyWork.workers': 50,
      'omic.keyWork.ringFenced': true,
      'omic.com.handoverRule': 'before2023',
      'caseload.cap': 40,
      'workingPattern.priority': 'contactsFirst',
      scope: 'national-estate-omic',
      'horizon.years': 2,
      'warmup.weeks': 26,
      replications: 4,
    };
    const changed = load('scenarios/baseline.yaml', all.map((l) => leverChange(l, wanted[l.path], presets)));
    for (const lever of all) expect(leverValue(changed, lever, presets), lever.path).toEqual(wanted[lever.path]);
    // An empty cap is no cap.
    const uncapped = load('scenarios/baseline.yaml', [leverChange(all.find((l) => l.path === 'caseload.cap')!, null, presets)]);
    expect(uncapped.caseload.cap).toBeNull();
  });

  it('read a scenario before OMiC as having no OMiC setting, and put it under OMiC when one is set', () => {
    const workers = all.find((l) => l.path === 'omic.keyWork.workers')!;
    expect(leverValue(load('scenarios/baseline.yaml'), workers, presets)).toBeNull();
    const moved = load('scenarios/baseline.yaml', [leverChange(workers, 30, presets)]);
    expect(moved.omic?.keyWork.workers).toBe(30);
    expect(moved.omic?.com.handoverRule).toBe('since2023');
  });

  it('can each show a value a scenario leaves unset: a lever reading null on a bundled scenario can hold null, so moving another lever never sets it', () => {
    const holdsNull = (lever: (typeof all)[number]) => (lever.kind === 'choice' ? lever.unset !== undefined : lever.nullable === true);
    for (const file of ['scenarios/baseline.yaml', 'scenarios/omic-2022.yaml', 'scenarios/psp-benchmark-2014.yaml']) {
      const scenario = load(file);
      const unset = all.filter((lever) => leverValue(scenario, lever, presets) === null);
      expect(unset.filter((lever) => !holdsNull(lever)).map((lever) => `${file}: ${lever.path}`)).toEqual([]);
    }
  });
});

describe('a lever typed in per cent', () => {
  it('says so in its hint, with its range in per cent, where the schema says 0–1', () => {
    const chance = levers(presets).find((l) => l.path === 'redeployment.shiftProbability')!;
    expect(leverLabel(chance)).toMatch(/\(%\)$/);
    expect(chance.description).toMatch(/\(a chance in per cent, 0–100%\)$/);
    expect(chance.description).not.toMatch(/0–1\)/);
  });
});
