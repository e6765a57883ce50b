/** src/model/stages/transfer.ts: where people are moved within an estate. */
import { describe, expect, it } from 'vitest';
import { casesOnCaseloads, lifersOnly, run, runOpen, scenario } from '../helpers.ts';

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

  it('leave the recalled where they are received, however often the estate moves people serving sentences', () => {
    const estateOf = (recall: number) =>
      scenario({
        horizon: { years: 0.2 },
        establishment: { transferRatePerYear: 12 },
        population: { receptionMix: { remand: 0, determinate: 1 - recall, ipp: 0, life: 0, recall } },
        estate: [{ name: 'a', count: 2, population: { size: 400 } }],
      });
    expect(run(estateOf(1), 1, 0).metrics['prisoners.transferred'] ?? 0).toBe(0);
    expect(run(estateOf(0.5), 1, 0).metrics['prisoners.transferred']).toBeGreaterThan(0);
  });

  // The validation counts first receptions across the whole estate on this premise: a person
  // moved between establishments is received once, at the first.
  it('are not receptions: the estate receives the same people however often it moves them', () => {
    const estateMoving = (transferRatePerYear: number) =>
      scenario({ horizon: { years: 0.5 }, establishment: { transferRatePerYear }, estate: [{ name: 'a', count: 2, population: { size: 400 } }] });
    const still = run(estateMoving(0), 1, 0).metrics;
    const moving = run(estateMoving(12), 1, 0).metrics;
    expect(moving['prisoners.transferred']).toBeGreaterThan(0);
    expect(moving['prisoners.received']).toBe(still['prisoners.received']);
  });

  it('ask the new supervisor for a review only when none is open, so people moved often while reviews wait do not gather them', () => {
    // Lifers moved six times a year between two prisons whose staff cannot keep up with the reviews.
    const s = lifersOnly(1, 1, { establishment: { transferRatePerYear: 6 }, estate: [{ name: 'a', count: 2 }] });
    const { run: built, result } = runOpen(s, 1, 0);
    expect(result.metrics['prisoners.transferred']).toBeGreaterThan(1000);
    // A person's task list holds their open work only.
    const reviewsOpen = [...casesOnCaseloads(built)].map((p) => p.tasks.filter((task) => task.kind === 'oasysReview').length);
    expect(reviewsOpen.length).toBeGreaterThan(0);
    // The yearly review and, begun before it fell due, the review of one move.
    expect(Math.max(...reviewsOpen)).toBeLessThanOrEqual(2);
  });
});
