import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';
import { lines, problemsOf } from './support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 'baseline.yaml');

describe('scenario/load', () => {
  it('fills every default into a scenario that gives nothing else', () => {
    const { scenario, problems } = loadScenarioText('name: scenario\n', 'defaults.yaml');
    expect(problems).toEqual([]);
    expect(scenario).toEqual(scenarioSchema.parse({}));
  });

  it('freezes the scenario all the way down', () => {
    const { scenario } = loadScenarioText('name: x\n', 'x.yaml');
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.staff.offenderSupervisors)).toBe(true);
    expect(Object.isFrozen(scenario.scope.rules[0])).toBe(true);
  });

  it('drops the editor’s $schema pointer, which says nothing about the run', () => {
    const { scenario } = loadScenarioText('$schema: ../scenario.schema.json\n', 'x.yaml');
    expect('$schema' in scenario).toBe(false);
  });

  it('reports a value out of range with the allowed range, what was found and where', () => {
    const text = lines('name: x', 'staff:', '  offenderSupervisors:', '    count: -3');
    const [problem] = problemsOf(load(text));
    expect(problem).toMatchObject({ code: 'tooSmall', path: ['staff', 'offenderSupervisors', 'count'], found: -3, file: 'baseline.yaml', line: 4, column: 12 });
    expect(describeProblem(problem)).toBe('staff.offenderSupervisors.count must be a whole number from 0 to 100,000; found -3 (baseline.yaml:4:12)');
  });

  it('reports a value of the wrong type', () => {
    const [problem] = problemsOf(load(lines('horizon:', '  years: five')));
    expect(problem).toMatchObject({ code: 'wrongType', path: ['horizon', 'years'], found: 'five', line: 2 });
    expect(describeProblem(problem)).toContain('horizon.years must be a number from 0.02 to 50; found "five"');
  });

  it('reports a fraction where a whole number is needed', () => {
    const [problem] = problemsOf(load('replications: 2.5\n'));
    expect(problem).toMatchObject({ code: 'notWhole', path: ['replications'], found: 2.5 });
  });

  it('reports a choice that is not one of the options, naming them', () => {
    const [problem] = problemsOf(load(lines('establishment:', '  type: jail')));
    expect(problem).toMatchObject({ code: 'notOneOf', line: 2 });
    expect(describeProblem(problem)).toContain('must be one of local, training, open, women; found "jail"');
  });

  it('reports an unknown key at the key, with the allowed key it is closest to', () => {
    const [problem] = problemsOf(load(lines('staff:', '  offenderSupervisors:', '    cuont: 3')));
    expect(problem).toMatchObject({ code: 'unknownKey', path: ['staff', 'offenderSupervisors', 'cuont'], suggestion: 'count', line: 3, column: 5 });
    expect(describeProblem(problem)).toBe('staff.offenderSupervisors.cuont is not a parameter; did you mean staff.offenderSupervisors.count? (baseline.yaml:3:5)');
  });

  it('lists the keys allowed when an unknown key is close to none of them', () => {
    const [problem] = problemsOf(load('caseload: { zzzzzz: 1 }\n'));
    expect(problem.suggestion).toBeUndefined();
    expect(describeProblem(problem)).toContain('allowed here: cap');
  });

  it('suggests extends for a misspelt extends', () => {
    const [problem] = problemsOf(load('extend: baseline.yaml\n'));
    expect(problem).toMatchObject({ code: 'unknownKey', suggestion: 'extends' });
  });

  it('points a missing required field at its nearest parent', () => {
    const text = lines('name: x', 'estate:', '  - count: 2', '    population: { size: 100 }');
    const [problem] = problemsOf(load(text));
    expect(problem).toMatchObject({ code: 'missing', path: ['estate', 0, 'name'], line: 3, column: 5 });
    expect(describeProblem(problem)).toContain('estate[0].name is missing; it must be text of 1 to 200 characters');
  });

  it('reports a distribution of no known type', () => {
    const [problem] = problemsOf(load(lines('population:', '  remandWeeks: { type: logn, median: 6 }')));
    expect(problem).toMatchObject({ code: 'notOneOf', path: ['population', 'remandWeeks', 'type'], found: 'logn', line: 2 });
  });

  it('reports every problem at once, in the order they appear in the file', () => {
    const text = lines('seed: -1', 'replications: 0', 'staff:', '  offenderSupervisors: { count: x, scal: 1 }', 'caseload: { cap: 0.5 }', 'population:', '  rosh: { low: 0.5, medium: 0.5, high: 0.5, veryHigh: 0 }');
    const problems = problemsOf(load(text));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['tooSmall', 1],
      ['tooSmall', 2],
      ['wrongType', 4],
      ['unknownKey', 4],
      ['notWhole', 5],
      ['sharesDoNotSum', 7],
    ]);
  });

  it('gives a ScenarioError that is the user’s to fix and lists every problem in its message', () => {
    try {
      loadScenarioText('seed: -1\nreplications: 0\n', 'x.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as { isUserError?: boolean }).isUserError).toBe(true);
      expect((error as Error).message).toMatch(/^x\.yaml is not a valid scenario \(2 problems\):\n  - seed.*\n  - replications/);
    }
  });

  it('reports a file that cannot be read', () => {
    const [problem] = problemsOf(() => loadScenario('/no/such/folder/scenario.yaml'));
    expect(problem).toMatchObject({ code: 'fileUnreadable', detail: 'ENOENT', line: 0 });
    expect(describeProblem(problem)).toBe('cannot read /no/such/folder/scenario.yaml: no such file (/no/such/folder/scenario.yaml)');
  });

  it('refuses a document that is not a mapping', () => {
    const [problem] = problemsOf(load('- a\n- b\n'));
    expect(problem).toMatchObject({ code: 'notAMapping', line: 1 });
  });
});
