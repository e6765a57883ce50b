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
