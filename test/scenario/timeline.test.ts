import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { lines, problemsOf } from './support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 't.yaml');

describe('scenario/timeline', () => {
  it('keeps a valid timeline as data, its values with defaults filled in', () => {
    const text = lines(
      'timeline:',
      '  - week: 52',
      '    set:',
      '      staff.offenderSupervisors.scale: 0.9',
      '      population.remandWeeks: { type: fixed, value: 4 }',
      '    note: a cut',
    );
    const { scenario } = load(text)();
    expect(scenario.timeline).toEqual([{ week: 52, set: { 'staff.offenderSupervisors.scale': 0.9, 'population.remandWeeks': { type: 'fixed', value: 4 } }, note: 'a cut' }]);
  });

  it('reports a path that names no parameter at the change’s line, with a suggestion', () => {
    const text = lines('timeline:', '  - week: 10', '    set:', '      staff.offenderSupervisors.scal: 0.9');
    const [problem] = problemsOf(load(text));
    expect(problem).toMatchObject({ code: 'unknownPath', suggestion: 'staff.offenderSupervisors.scale', line: 4, column: 7, change: { index: 0, week: 10 } });
    expect(describeProblem(problem)).toBe('staff.offenderSupervisors.scal names no parameter; did you mean staff.offenderSupervisors.scale? (t.yaml:4:7, in the timeline change at week 10)');
  });

  it('reports an invalid value at the value’s line', () => {
    const text = lines('timeline:', '  - week: 10', '    set: { caseload.cap: -1 }');
    const [problem] = problemsOf(load(text));
    expect(problem).toMatchObject({ code: 'tooSmall', path: ['caseload', 'cap'], found: -1, line: 3 });
    expect(describeProblem(problem)).toBe('caseload.cap must be a whole number from 0 to 10,000 or null; found -1 (t.yaml:3:26, in the timeline change at week 10)');
  });

  it('refuses changes to what is fixed for a whole run', () => {
    const [problem] = problemsOf(load(lines('timeline:', '  - week: 10', '    set: { seed: 3 }')));
    expect(problem).toMatchObject({ code: 'timelineFixed', path: ['seed'], line: 3 });
  });

  it('checks changes applied in week order against the rest of the scenario', () => {
    const text = lines(
      'timeline:',
      '  - week: 100',
      '    set: { population.rosh.low: 0.4 }',
      '  - week: 50',
      '    set: { population.rosh.medium: 0.4 }',
    );
    // Week 50 leaves the shares at 0.35 + 0.4 + 0.17 + 0.03 = 0.95; week 100 brings them back to 1.
    const problems = problemsOf(load(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'sharesDoNotSum', path: ['population', 'rosh'], line: 5, change: { index: 1, week: 50 } });
  });

  it('reports a list entry a change names but the scenario does not have', () => {
    const [problem] = problemsOf(load(lines('timeline:', '  - week: 1', '    set: { allocation.rules.7.groups: [probationOfficers] }')));
    expect(problem).toMatchObject({ code: 'noSuchEntry', line: 3 });
  });

  it('reads a change’s path by dots only, as the model does', () => {
    const [problem] = problemsOf(load(lines('timeline:', '  - week: 1', '    set: { "allocation.rules[0].groups": [probationOfficers] }')));
    expect(problem.code).toBe('unknownPath');
  });

  it('reports timeline problems alongside problems elsewhere in the file', () => {
    const problems = problemsOf(load(lines('seed: -1', 'timeline:', '  - week: 1', '    set: { caseload.capp: 3 }')));
    expect(problems.map((p) => p.code)).toEqual(['tooSmall', 'unknownPath']);
  });

  it('holds the values a change sets to the same limits as values written directly, counts times scales included', () => {
    const direct = problemsOf(load(lines('staff:', '  offenderSupervisors: { count: 100000, scale: 10 }')));
    expect(direct).toMatchObject([{ code: 'tooLarge', expected: { limit: 'totalStaff' }, found: 1_000_004 }]);
    const text = lines('timeline:', '  - week: 10', '    set:', '      staff.offenderSupervisors.count: 100000', '      staff.offenderSupervisors.scale: 10');
    const [problem, ...others] = problemsOf(load(text));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'tooLarge', path: ['staff', 'offenderSupervisors', 'count'], found: 1_000_004, line: 4, change: { index: 0, week: 10 } });
    expect(describeProblem(problem)).toBe(
      'staff.offenderSupervisors.count, as the timeline changes it, makes the number of staff across all groups and establishments 1,000,004, over the limit of 100,000: the whole offender-management workforce of England and Wales is a few thousand people, so more than 100,000 is taken to be a slip (t.yaml:4:40, in the timeline change at week 10)',
    );
  });

  it('holds a change to every establishment of an estate to the limit on the estate’s total', () => {
    const text = lines('estate:', '  - { name: a, count: 3 }', 'timeline:', '  - week: 5', '    set: { population.size: 1000000 }');
    const [problem, ...others] = problemsOf(load(text));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'tooLarge', path: ['population', 'size'], found: 3_000_000, expected: { limit: 'totalPopulation' }, line: 5 });
  });

  it('reports a limit the scenario passes before any change once, where it is written, not again at each change', () => {
    const text = lines('staff:', '  offenderSupervisors: { count: 100000, scale: 10 }', 'timeline:', '  - week: 5', '    set: { staff.offenderSupervisors.scale: 9 }');
    expect(problemsOf(load(text))).toMatchObject([{ code: 'tooLarge', line: 2 }]);
  });
});
