/** The waiting line of a resource: priority order, first come first served within a priority, and bounded storage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fifo, WaitingLine } from '../../src/engine/waiting-line.ts';

describe('WaitingLine', () => {
  it('gives the best priority first, and the oldest first within a priority', () => {
    const line = new WaitingLine<string>();
    line.push(2, 'a2');
    line.push(0, 'b0');
    line.push(2, 'c2');
    line.push(-3, 'd-3');
    line.push(0, 'e0');
    const out: string[] = [];
    for (let item = line.shift(); item !== undefined; item = line.shift()) out.push(item);
    expect(out).toEqual(['d-3', 'b0', 'e0', 'a2', 'c2']);
  });

  it('is empty when new and when drained, and is reused after emptying', () => {
    const line = new WaitingLine<number>();
    expect(line.shift()).toBeUndefined();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) line.push(0, round * 10 + i);
      expect([line.shift(), line.shift()]).toEqual([round * 10, round * 10 + 1]);
      line.push(0, round * 10 + 5);
      expect([line.shift(), line.shift(), line.shift(), line.shift()]).toEqual([2, 3, 4, 5].map((i) => round * 10 + i));
      expect(line.shift()).toBeUndefined();
    }
  });

  it('matches a stable sort by priority under any mix of pushes and shifts', () => {
    const op = fc.oneof(fc.integer({ min: -3, max: 3 }).map((priority) => ({ push: priority })), fc.constant({ shift: true }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const line = new WaitingLine<number>();
        const reference: { priority: number; id: number }[] = [];
        let id = 0;
        for (const o of ops) {
          if ('push' in o) {
            line.push(o.push, id);
            reference.push({ priority: o.push, id: id++ });
          } else {
            // The reference: the lowest priority, earliest pushed.
            let best = -1;
            for (let i = 0; i < reference.length; i++) if (best < 0 || reference[i].priority < reference[best].priority) best = i;
            const expected = best < 0 ? undefined : reference.splice(best, 1)[0].id;
            expect(line.shift()).toBe(expected);
          }
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

describe('Fifo', () => {
  it('keeps its array in proportion to the items waiting, however many pass through', () => {
    for (const waiting of [2, 500]) {
      const fifo = new Fifo<number>();
      let next = 0;
      let expected = 0;
      for (let i = 0; i < waiting; i++) fifo.push(next++);
      // A queue that never empties: one in, one out, 200,000 times.
      for (let i = 0; i < 200_000; i++) {
        fifo.push(next++);
        expect(fifo.shift()).toBe(expected++);
      }
      // The ring doubles only when full, from 16 slots.
      expect(fifo.items.length).toBeLessThanOrEqual(Math.max(16, 2 * (waiting + 1)));
      // Nothing already taken is still held.
      expect(fifo.items.filter((item) => item !== undefined)).toHaveLength(waiting);
    }
  });

  it('gives items back in order as the ring wraps round and grows, while the queue grows and shrinks', () => {
    const fifo = new Fifo<number>();
    let pushed = 0;
    let taken = 0;
    let state = 12345;
    for (let step = 0; step < 50_000; step++) {
      // A fixed pseudo-random walk of pushes (60%) and shifts (40%).
      state = (state * 1103515245 + 12345) % 2147483648;
      if (state % 10 < 6) fifo.push(pushed++);
      else if (taken < pushed) expect(fifo.shift()).toBe(taken++);
      else expect(fifo.shift()).toBeUndefined();
    }
    while (taken < pushed) expect(fifo.shift()).toBe(taken++);
    expect(fifo.shift()).toBeUndefined();
  });
});
