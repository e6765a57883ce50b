import { describe, expect, it } from 'vitest';
import { limits } from '../../src/scenario/limits.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';
import { expectationOf } from '../../src/scenario/schema-paths.ts';
import { lines, problemsOf } from './support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 'big.yaml');

describe('scenario/limits', () => {
  it('refuses an estate holding more people than a national study could', () => {
    const [problem] = problemsOf(load(lines('estate:', '  - name: huge', '    count: 1000', '    population: { size: 5000 }')));
    expect(problem).toMatchObject({ code: 'tooLarge', found: 5_000_000, line: 2, expected: { kind: 'limit', limit: 'totalPopulation', max: 2_000_000 } });
    expect(describeProblem(problem)).toMatch(/^the number of people held across all establishments is 5,000,000, over the limit of 2,000,000: England and Wales hold about 88,000/);
  });

  it('refuses more work than the budget of person-years', () => {
    const [problem] = problemsOf(load(lines('population: { size: 100000 }', 'horizon: { years: 50 }', 'replications: 100')));
    expect(problem).toMatchObject({ code: 'tooLarge', found: 500_000_000, expected: { limit: 'personYears' }, line: 3 });
  });

  it('refuses more staff than the whole workforce', () => {
    const [problem] = problemsOf(load(lines('estate:', '  - name: a', '    count: 500', '    staff: { offenderSupervisors: { count: 300 } }')));
    expect(problem).toMatchObject({ code: 'tooLarge', expected: { limit: 'totalStaff' } });
  });

  it('refuses a timeline change that takes the staff over the limit, at the change, as the scenario itself would be', () => {
    const text = lines('timeline:', '  - week: 5', '    set:', '      staff.offenderSupervisors.omShare: 0.5', '      staff.offenderSupervisors.count: 100000', '  - week: 9', '    set: { staff.offenderSupervisors.count: 12 }');
    const problems = problemsOf(load(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'tooLarge', found: 100_004, expected: { limit: 'totalStaff' }, line: 5, change: { index: 0, week: 5 } });
    expect(describeProblem(problems[0])).toMatch(/^staff\.offenderSupervisors\.count, as the timeline changes it, makes the number of staff across all groups and establishments 100,004, over the limit of 100,000: .* \(big\.yaml:5:\d+, in the timeline change at week 5\)$/);
    // A scale counts as the head counts do; a change that stays within the limit, or touches no head count, is let through.
    expect(problemsOf(load(lines('staff: { offenderSupervisors: { count: 20000 } }', 'timeline:', '  - { week: 5, set: { staff.offenderSupervisors.scale: 6 } }')))[0]).toMatchObject({ code: 'tooLarge', line: 3 });
    expect(() => load(lines('staff: { offenderSupervisors: { count: 90000 } }', 'timeline:', '  - { week: 5, set: { staff.offenderSupervisors.omShare: 0.5 } }', '  - { week: 6, set: { staff.offenderSupervisors.scale: 1.1 } }'))()).not.toThrow();
  });

  it('refuses a timeline change that takes the people held over the limit, at the change', () => {
    const text = lines('estate:', '  - { name: a, count: 100 }', 'timeline:', '  - { week: 3, set: { population.size: 30000 } }');
    const problems = problemsOf(load(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'tooLarge', found: 3_000_000, expected: { limit: 'totalPopulation' }, line: 4, change: { index: 0, week: 3 } });
  });

  it('explains the schema’s bound on replications', () => {
    const [problem] = problemsOf(load('replications: 20000\n'));
    expect(describeProblem(problem)).toContain('beyond 10,000 replications the confidence intervals barely narrow');
  });

  it('lets a national study through: 90,000 people for 10 years with 100 replications', () => {
    const text = lines('replications: 100', 'horizon: { years: 10 }', 'estate:', '  - { name: all, count: 120, population: { size: 750 }, staff: { offenderSupervisors: { count: 21 } } }');
    expect(() => load(text)()).not.toThrow();
  });

  it('matches the schema’s own bounds on horizon and replications', () => {
    expect(expectationOf(scenarioSchema.shape.horizon.unwrap().shape.years)).toMatchObject({ max: limits.horizonYears });
    expect(expectationOf(scenarioSchema.shape.replications)).toMatchObject({ max: limits.replications });
  });
});
