/** src/model/stages/transfer.ts: where people are moved within an estate. */
import { describe, expect, it } from 'vitest';
import { run, scenario } from '../helpers.ts';

describe('transfers', () => {
  it('go only to establishments that hold people: none when the only other one is of size 0', () => {
    const s = scenario({
      horizon: { years: 0.2 },
      establishment: { transferRatePerYear: 12 },
      estate: [
        { name: 'held', population: { size: 400 } },
        { name: 'empty', population: { size: 0 } },
      ],
    });
    expect(run(s, 1, 0).metrics['prisoners.transferred'] ?? 0).toBe(0);
  });

  it('go ahead between establishments that hold people', () => {
    const s = scenario({ horizon: { years: 0.2 }, establishment: { transferRatePerYear: 12 }, estate: [{ name: 'a', count: 2, population: { size: 400 } }] });
    expect(run(s, 1, 0).metrics['prisoners.transferred']).toBeGreaterThan(0);
  });
});
