import { describe, expect, it } from 'vitest';
import { scenarioFactors } from '../../src/scenario/factors.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { lines, problemsOf } from './support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 't.yaml');

describe('scenario/sensitivity-check', () => {
  it('reads factors held fixed and ranges narrowed, widened or given to a published number', () => {
    const { scenario } = load(lines('sensitivity:', '  fixed: [redeployment.shiftProbability]', '  ranges:', '    contacts.recordingMinutes: [20, 30]', '    workingPattern.overheadShare: [0.3, 0.4]'))();
    const factors = new Map(scenarioFactors(scenario).map((f) => [f.path, f]));
    expect(factors.get('redeployment.shiftProbability')).toMatchObject({ fixed: true, low: 0.02, high: 0.5, rangeFrom: 'schema' });
    expect(factors.get('contacts.recordingMinutes')).toMatchObject({ fixed: false, low: 20, high: 30, rangeFrom: 'scenario', value: 25 });
    expect(factors.get('workingPattern.overheadShare')).toMatchObject({ fixed: false, low: 0.3, high: 0.4, rangeFrom: 'scenario' });
    // Published, and given no range by this scenario: no factor.
    expect(factors.has('workingPattern.shiftHours')).toBe(false);
    expect(factors.get('staff.offenderSupervisors.count')).toMatchObject({ whole: true });
  });

  it('reports a misspelt path, a path that is no factor, a factor both fixed and ranged, a range backwards and an end out of bounds, each where it was written', () => {
    const text = lines(
      'sensitivity:',
      '  fixed: [redeployment.shiftProbabilty, name, workingPattern.overheadShare, workingPattern.shiftsPerWeek]',
      '  ranges:',
      '    workingPattern.overheadShare: [0.3, 0.4]',
      '    redeployment.shiftProbability: [0.4, 0.1]',
      '    contacts.recordingMinutes: [-5, 30]',
      '    workingPattern.shiftsPerWeek: [4, 5]',
    );
    const problems = problemsOf(load(text)).map((p) => `${describeProblem(p)}`);
    expect(problems).toEqual([
      'redeployment.shiftProbabilty names no parameter; did you mean redeployment.shiftProbability? (t.yaml:2:11)',
      'name is not a factor omsim sensitivity can vary: a sensitivity analysis varies numbers with a default, and this is not one (t.yaml:2:41)',
      'workingPattern.overheadShare is both fixed and given a range in sensitivity; a factor is either held fixed or varied over a range (t.yaml:2:47)',
      'workingPattern.shiftsPerWeek is both fixed and given a range in sensitivity; a factor is either held fixed or varied over a range (t.yaml:2:77)',
      'the range of redeployment.shiftProbability must be [low, high] with low below high; found [0.4, 0.1] (t.yaml:5:36)',
      'contacts.recordingMinutes must be a number from 0 to 10,000; found -5 (t.yaml:6:33)',
    ]);
  });

  it('refuses to fix a number that has no range to vary it over', () => {
    const [problem] = problemsOf(load(lines('sensitivity:', '  fixed: [workingPattern.overheadShare]')));
    expect(problem).toMatchObject({ code: 'notAFactor', path: ['workingPattern', 'overheadShare'], line: 2 });
  });
});
