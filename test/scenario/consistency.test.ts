import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { lines, problemsOf } from './support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 'c.yaml');

describe('scenario/consistency', () => {
  it('reports shares that do not add up to 1', () => {
    const [problem] = problemsOf(load(lines('population:', '  reoffending: { low: 0.3, medium: 0.3, high: 0.3 }')));
    expect(problem).toMatchObject({ code: 'sharesDoNotSum', path: ['population', 'reoffending'], line: 2 });
    expect(describeProblem(problem)).toBe('the shares in population.reoffending must add up to 1; they add up to 0.9 (c.yaml:2:16)');
  });

  it('allows shares that miss 1 by rounding only', () => {
    expect(() => load('population: { reoffending: { low: 0.1, medium: 0.2, high: 0.7 } }\n')()).not.toThrow();
  });

  it('reports a distribution whose largest value is below its smallest', () => {
    const [problem] = problemsOf(load('population: { remandWeeks: { type: uniform, min: 10, max: 2 } }\n'));
    expect(describeProblem(problem)).toMatch(/^population\.remandWeeks\.max must be at least population\.remandWeeks\.min \(10\); found 2/);
  });

  it('checks the populations of estate groups, and their names', () => {
    const text = lines('estate:', '  - { name: a, population: { rosh: { low: 1, medium: 1, high: 0, veryHigh: 0 } } }', '  - { name: a }');
    expect(problemsOf(load(text)).map((p) => [p.code, p.line])).toEqual([
      ['sharesDoNotSum', 2],
      ['duplicateName', 3],
    ]);
  });

  it('reports a warm-up as long as the run', () => {
    const [problem] = problemsOf(load('horizon: { years: 1 }\nwarmup: { weeks: 60 }\n'));
    expect(problem).toMatchObject({ code: 'wrongOrder', path: ['warmup', 'weeks'], line: 2 });
  });

  it('reports report work that could only start after it is due', () => {
    const [problem] = problemsOf(load('reports: { parole: { startWeeksBefore: 4, dueWeeksBefore: 8 } }\n'));
    expect(problem).toMatchObject({ code: 'wrongOrder', path: ['reports', 'parole', 'startWeeksBefore'] });
  });

  it('runs alongside schema problems in other parameters', () => {
    const problems = problemsOf(load(lines('seed: x', 'population:', '  size: -1', '  rosh: { low: 1, medium: 1, high: 0, veryHigh: 0 }')));
    expect(problems.map((p) => p.code)).toEqual(['wrongType', 'tooSmall', 'sharesDoNotSum']);
  });
});
