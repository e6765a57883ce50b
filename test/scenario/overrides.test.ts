import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { folderWith, lines, problemsOf } from './support/scenarios.ts';

const withSet = (text: string, ...overrides: string[]) => () => loadScenarioText(text, 'x.yaml', { overrides });

describe('scenario/overrides', () => {
  it('applies --set after extends', () => {
    const folder = folderWith({ 'base.yaml': 'staff: { offenderSupervisors: { count: 12 } }\n', 'child.yaml': 'extends: base.yaml\nstaff: { offenderSupervisors: { count: 14 } }\n' });
    const { scenario } = loadScenario(join(folder, 'child.yaml'), { overrides: ['staff.offenderSupervisors.count=24'] });
    expect(scenario.staff.offenderSupervisors.count).toBe(24);
  });

  it('reads values as YAML: null, lists and mappings', () => {
    const { scenario } = withSet('caseload: { cap: 20 }\n', 'caseload.cap=null', 'redeployment.groups=[offenderSupervisors, probationOfficers]', 'population.remandWeeks={type: fixed, value: 3}')();
    expect(scenario.caseload.cap).toBeNull();
    expect(scenario.redeployment.groups).toEqual(['offenderSupervisors', 'probationOfficers']);
    expect(scenario.population.remandWeeks).toEqual({ type: 'fixed', value: 3 });
  });

  it('reads a value written as a percentage as the share it is, as --target does', () => {
    expect(withSet('name: x\n', 'redeployment.shiftProbability=15%')().scenario.redeployment.shiftProbability).toBeCloseTo(0.15, 12);
    expect(withSet('name: x\n', 'redeployment.shiftProbability=2.5 %')().scenario.redeployment.shiftProbability).toBeCloseTo(0.025, 12);
  });

  it('changes an entry of a list by its position', () => {
    const text = lines('estate:', '  - { name: a, count: 2 }', '  - { name: b, count: 3 }');
    expect(withSet(text, 'estate.1.count=5')().scenario.estate[1].count).toBe(5);
    expect(withSet(text, 'estate[0].count=6')().scenario.estate[0].count).toBe(6);
  });

  it('reports a path that names no parameter, with the path it is closest to', () => {
    const [problem] = problemsOf(withSet('name: x\n', 'staff.offenderSupervisor.cont=3'));
    expect(problem).toMatchObject({ code: 'unknownPath', suggestion: 'staff.offenderSupervisors.count', option: '--set staff.offenderSupervisor.cont=3' });
    expect(describeProblem(problem)).toBe('staff.offenderSupervisor.cont names no parameter; did you mean staff.offenderSupervisors.count? (--set staff.offenderSupervisor.cont=3)');
  });

  it('reports an invalid value at the option that gave it', () => {
    const [problem] = problemsOf(withSet('name: x\n', 'staff.offenderSupervisors.count=-3'));
    expect(describeProblem(problem)).toBe('staff.offenderSupervisors.count must be a whole number from 0 to 100,000; found -3 (--set staff.offenderSupervisors.count=-3)');
  });

  it('reports an option without path=value', () => {
    expect(problemsOf(withSet('name: x\n', 'caseload.cap'))[0]).toMatchObject({ code: 'overrideSyntax', found: 'caseload.cap' });
  });

  it('reports a value that is not YAML', () => {
    expect(problemsOf(withSet('name: x\n', 'redeployment.groups=[a'))[0]).toMatchObject({ code: 'overrideValue' });
  });

  it('reports a list entry that is not there', () => {
    expect(problemsOf(withSet('name: x\n', 'estate.0.count=3'))[0]).toMatchObject({ code: 'noSuchEntry', found: 0 });
  });

  it('reports problems with options alongside problems in the file', () => {
    const problems = problemsOf(withSet('seed: -1\n', 'nonsense=1'));
    expect(problems.map((p) => p.code).sort()).toEqual(['tooSmall', 'unknownPath']);
  });
});
