/** A supervisor's caseload: its cases, and its running counts of them by tier. */
import { describe, expect, it } from 'vitest';
import { Caseload } from '../../src/model/caseload.ts';
import type { Prisoner } from '../../src/model/types.ts';

const person = (tier: Prisoner['tier']) => ({ tier }) as Prisoner;

/** The counts by tier found by looking at every case, as the running counts must agree. */
function countedByLooking(caseload: Caseload): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const p of caseload) counts[p.tier]++;
  return counts;
}

const runningCounts = (caseload: Caseload) => [0, 1, 2, 3, 4].map((t) => caseload.countOfTier(t));

describe('Caseload', () => {
  it('counts the cases of each tier as cases come and go', () => {
    const caseload = new Caseload();
    const cases = [person(1), person(2), person(2), person(4), person(0)];
    for (const p of cases) caseload.add(p);
    expect(caseload.size).toBe(5);
    expect(runningCounts(caseload)).toEqual([1, 1, 2, 0, 1]);
    caseload.delete(cases[1]);
    expect(runningCounts(caseload)).toEqual([1, 1, 1, 0, 1]);
    expect(caseload.has(cases[1])).toBe(false);
    expect(runningCounts(caseload)).toEqual(countedByLooking(caseload));
  });

  it('ignores adding a case twice and deleting one it does not hold', () => {
    const caseload = new Caseload();
    const p = person(3);
    caseload.add(p);
    caseload.add(p);
    caseload.delete(person(3));
    expect(caseload.size).toBe(1);
    expect(runningCounts(caseload)).toEqual([0, 0, 0, 1, 0]);
  });

  it('moves a held case between tiers when it is re-tiered, and leaves others alone', () => {
    const caseload = new Caseload();
    const held = person(0);
    caseload.add(held);
    caseload.retier(held, 3);
    held.tier = 3;
    caseload.retier(person(1), 2);
    expect(runningCounts(caseload)).toEqual([0, 0, 0, 1, 0]);
    expect(runningCounts(caseload)).toEqual(countedByLooking(caseload));
    caseload.delete(held);
    expect(runningCounts(caseload)).toEqual([0, 0, 0, 0, 0]);
  });
});
