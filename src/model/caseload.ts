/**
 * The cases one supervisor holds, with a running count of them by tier: the
 * Workload Measurement Tool scores every caseload every week, and counting
 * as cases come and go spares that score a visit to every case (tens of
 * thousands of them, across an estate).
 */
import type { Prisoner } from './types.ts';

export class Caseload implements Iterable<Prisoner> {
  private readonly cases = new Set<Prisoner>();
  /** Cases held by tier number (0 for a case not yet tiered, then tiers 1 to 4). */
  private readonly tierCounts = [0, 0, 0, 0, 0];

  get size(): number {
    return this.cases.size;
  }

  has(p: Prisoner): boolean {
    return this.cases.has(p);
  }

  add(p: Prisoner): void {
    if (this.cases.has(p)) return;
    this.cases.add(p);
    this.tierCounts[p.tier]++;
  }

  delete(p: Prisoner): void {
    if (this.cases.delete(p)) this.tierCounts[p.tier]--;
  }

  /** Cases held of tier number `tier` (0: not yet tiered). */
  countOfTier(tier: number): number {
    return this.tierCounts[tier];
  }

  /** Moves a held case to the count of its new tier; call before `p.tier` changes. */
  retier(p: Prisoner, tier: Prisoner['tier']): void {
    if (!this.cases.has(p)) return;
    this.tierCounts[p.tier]--;
    this.tierCounts[tier]++;
  }

  [Symbol.iterator](): Iterator<Prisoner> {
    return this.cases.values();
  }
}
