import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WaitingLine } from '../../src/engine/waiting-line.ts';

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
