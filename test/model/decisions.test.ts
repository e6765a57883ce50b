/**
 * Chance decisions about a prisoner come from the prisoner's own sequence
 * (src/model/decisions.ts), so that common random numbers hold across
 * scenarios whose events fall in other orders.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/model/decisions.ts';
import type { Prisoner } from '../../src/model/types.ts';

const establishment = { decisionSalt: 12345 };
const prisoner = (id: number) => ({ id, establishment, decisionsTaken: 0 }) as unknown as Prisoner;

describe('decide', () => {
  it('gives a prisoner the same decisions whatever other prisoners decided in between, and in whatever order', () => {
    const alone = prisoner(7);
    const own = Array.from({ length: 20 }, () => decide(alone, 0.5));
    const crowded = prisoner(7);
    const others = [prisoner(1), prisoner(2), prisoner(3)];
    const interleaved = Array.from({ length: 20 }, (_, k) => {
      for (const other of others.slice(0, k % 4)) decide(other, 0.3);
      return decide(crowded, 0.5);
    });
    expect(interleaved).toEqual(own);
  });

  it('gives different prisoners different sequences', () => {
    const a = Array.from({ length: 40 }, ((p) => () => decide(p, 0.5))(prisoner(1)));
    const b = Array.from({ length: 40 }, ((p) => () => decide(p, 0.5))(prisoner(2)));
    expect(a).not.toEqual(b);
  });

  it('is true with probability p: 20,000 prisoners, one decision each at 0.28, within 4 binomial standard errors', () => {
    const n = 20_000;
    const p = 0.28;
    let yes = 0;
    for (let id = 0; id < n; id++) if (decide(prisoner(id), p)) yes++;
    expect(Math.abs(yes - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
  });

  it('is never true at 0 and always true at 1', () => {
    const p = prisoner(3);
    expect(Array.from({ length: 50 }, () => decide(p, 0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 50 }, () => decide(p, 1)).every(Boolean)).toBe(true);
  });
});
