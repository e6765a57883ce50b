/**
 * src/scenario/schema: the lengths of time the schema refuses because the
 * model could not run them — a stay, an interval or a deferral of no time
 * loops at one instant, or floods the calendar (as does a dossier cut-off of
 * years). Each is refused with the allowed range and where it was written;
 * the nearest value allowed loads.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/scenario/load.ts';
import { describeProblem } from '../../../src/scenario/messages.ts';
import { lines, problemsOf } from '../support/scenarios.ts';

const load = (text: string) => () => loadScenarioText(text, 'short.yaml');

/** Each minimum: the section and field as written, the value refused, and the least value allowed. */
const minimums: { section: string; field: string; path: (string | number)[]; refused: string; least: string }[] = [
  { section: 'population', field: 'remandWeeks: { type: fixed, value: 0 }', path: ['population', 'remandWeeks', 'value'], refused: '0', least: 'remandWeeks: { type: fixed, value: 0.1 }' },
  {
    section: 'population',
    field: 'determinateSentenceMonths: { type: lognormal, median: 0, sigma: 1 }',
    path: ['population', 'determinateSentenceMonths', 'median'],
    refused: '0',
    least: 'determinateSentenceMonths: { type: lognormal, median: 0.1, sigma: 1, max: 360 }',
  },
  { section: 'population', field: 'tariffMonths: { type: gamma, mean: 0.5, sd: 0.1 }', path: ['population', 'tariffMonths', 'mean'], refused: '0.5', least: 'tariffMonths: { type: gamma, mean: 1, sd: 0.1 }' },
  { section: 'population', field: 'remandWeeks: { type: uniform, min: 0, max: 0 }', path: ['population', 'remandWeeks', 'max'], refused: '0', least: 'remandWeeks: { type: uniform, min: 0, max: 0.1 }' },
  { section: 'population', field: 'remandWeeks: { type: triangular, min: 0, mode: 0, max: 0.05 }', path: ['population', 'remandWeeks', 'max'], refused: '0.05', least: 'remandWeeks: { type: triangular, min: 0, mode: 0, max: 0.1 }' },
  { section: 'population', field: 'releaseFraction: 0', path: ['population', 'releaseFraction'], refused: '0', least: 'releaseFraction: 0.1' },
  { section: 'population', field: 'elapsedAtReception: 1', path: ['population', 'elapsedAtReception'], refused: '1', least: 'elapsedAtReception: 0.9' },
  { section: 'assessment', field: 'reviewIntervalWeeks: 0', path: ['assessment', 'reviewIntervalWeeks'], refused: '0', least: 'reviewIntervalWeeks: 4' },
  { section: 'parole', field: 'reviewMonths: 0', path: ['parole', 'reviewMonths'], refused: '0', least: 'reviewMonths: 1' },
  { section: 'parole', field: 'deferralWeeks: 0', path: ['parole', 'deferralWeeks'], refused: '0', least: 'deferralWeeks: 1' },
  { section: 'hdc', field: 'minDaysInCustody: 0', path: ['hdc', 'minDaysInCustody'], refused: '0', least: 'minDaysInCustody: 1' },
  { section: 'parole', field: 'dossierCutOffWeeks: 53', path: ['parole', 'dossierCutOffWeeks'], refused: '53', least: 'dossierCutOffWeeks: 52' },
];

describe('scenario/schema minimums', () => {
  it.each(minimums)('refuses $field in $section, with the allowed range and the line it is on', ({ section, field, path, refused }) => {
    const problems = problemsOf(load(lines(`${section}:`, `  ${field}`)));
    const problem = problems.find((p) => p.path.join('.') === path.join('.'));
    expect(problem, problems.map(describeProblem).join('\n')).toMatchObject({ file: 'short.yaml', line: 2 });
    expect(['tooSmall', 'tooBig']).toContain(problem?.code);
    expect(describeProblem(problem!)).toMatch(new RegExp(`^${path.join('\\.')} must be .*; found ${refused}`));
  });

  it.each(minimums)('loads $least in $section, the nearest value allowed', ({ section, least }) => {
    expect(() => loadScenarioText(lines(`${section}:`, `  ${least}`), 'least.yaml')).not.toThrow();
  });

  it('refuses a zero duration set by a timeline change, at the change', () => {
    const text = lines('timeline:', '  - week: 10', '    set: { population.remandWeeks: { type: fixed, value: 0 } }');
    const [problem] = problemsOf(load(text));
    expect(problem).toMatchObject({ code: 'tooSmall', path: ['population', 'remandWeeks', 'value'], line: 3 });
  });
});
