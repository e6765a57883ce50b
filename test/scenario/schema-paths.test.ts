import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';
import { checkPath, expectationOf, keysOf, splitPath } from '../../src/scenario/schema-paths.ts';

const defaults = scenarioSchema.parse({});

describe('scenario/schema-paths', () => {
  it('splits dotted paths, reading list positions as numbers', () => {
    expect(splitPath('estate.0.count')).toEqual(['estate', 0, 'count']);
    expect(splitPath('estate[0].count')).toEqual(['estate', 0, 'count']);
    expect(splitPath('estate[0].count', { brackets: false })).toEqual(['estate[0]', 'count']);
    expect(splitPath('a..b')).toBeUndefined();
  });

  it('follows a path through lists and through the chosen kind of distribution', () => {
    expect(checkPath(['scope', 'rules', 0, 'minSentenceMonths'], defaults).ok).toBe(true);
    expect(checkPath(['population', 'remandWeeks', 'median'], defaults).ok).toBe(true);
    expect(checkPath(['population', 'remandWeeks', 'value'], defaults).ok).toBe(false);
  });

  it('corrects each misspelt step of a path', () => {
    expect(checkPath(['stafff', 'offenderSupervisor', 'count'], defaults)).toMatchObject({ ok: false, at: 0, suggestion: 'staff.offenderSupervisors.count' });
  });

  it('lists the keys of a distribution of the kind written', () => {
    expect(keysOf(scenarioSchema.shape.population.unwrap().shape.remandWeeks, { type: 'fixed' })).toEqual(['type', 'value']);
  });

  it('reads what a value should be from the schema', () => {
    expect(expectationOf(scenarioSchema.shape.seed)).toEqual({ kind: 'number', whole: true, min: 0, max: 2 ** 31 - 1, nullable: false });
    expect(expectationOf(scenarioSchema.shape.caseload.unwrap().shape.cap)).toMatchObject({ kind: 'number', nullable: true, max: 10_000 });
  });
});
