import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/load.ts';
import { serialiseScenario } from '../../src/scenario/serialise.ts';
import { lines, scenariosFolder } from './support/scenarios.ts';

const files = readdirSync(scenariosFolder).filter((f) => f.endsWith('.yaml'));
// A saved scenario lives in a results folder, away from the files it was built from.
const savedAs = '/tmp/omsim-results/scenario.yaml';

describe('scenario/serialise', () => {
  it.each(files)('saves %s so that loading the saved text gives the same scenario', (file) => {
    const { scenario } = loadScenario(join(scenariosFolder, file));
    const text = serialiseScenario(scenario);
    expect(loadScenarioText(text, savedAs).scenario).toStrictEqual(scenario);
    expect(text).not.toContain('extends');
  });

  it('keeps awkward text, numbers and a timeline exactly', () => {
    const source = lines(
      'name: "odd: name # not a comment"',
      'description: "two\\nlines, \'quotes\', \\"double\\", tab\\t and ünïcödé"',
      'population: { releaseFraction: 0.30000000000000004, rosh: { low: 0.1, medium: 0.2, high: 0.7, veryHigh: 0 } }',
      'seed: 2147483647',
      'timeline:',
      '  - { week: 26.5, set: { caseload.cap: 30, population.remandWeeks: { type: empirical, values: [1, 2.5, 1e-7] } }, note: "- looks like a list" }',
    );
    const { scenario } = loadScenarioText(source, 'odd.yaml');
    expect(loadScenarioText(serialiseScenario(scenario), savedAs).scenario).toStrictEqual(scenario);
  });

  it('keeps a long description whose last lines hold only spaces', () => {
    // Found by the fuzz test: the yaml package folded this into a double-quoted
    // string that read back with a stray backslash.
    const source = lines('description: "The baseline prison with one offender supervisor in ten cut: 12 becomes 11 (head counts are rounded to whole people).\\n \\n "');
    const { scenario } = loadScenarioText(source, 'spaces.yaml');
    expect(scenario?.description).toMatch(/\n \n $/);
    expect(loadScenarioText(serialiseScenario(scenario!), savedAs).scenario).toStrictEqual(scenario);
  });

  it('heads the saved file with a comment saying what it is', () => {
    const text = serialiseScenario(loadScenarioText('name: scenario\n', 'x.yaml').scenario, { header: 'saved by a test' });
    expect(text.startsWith('# saved by a test\n')).toBe(true);
  });
});
