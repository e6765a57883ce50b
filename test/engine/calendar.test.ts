/**
 * The event calendar: entries leave by time, then priority (lower first),
 * then insertion order — and the instant-queue shortcut for zero-delay
 * entries at priorities −1 and 0 must never change that order.
 */
import { describe, expect, it } from 'vitest';
import { EventCalendar, MAX_PRIORITY, MIN_PRIORITY } from '../../src/engine/calendar.ts';
import { Simulation } from '../../src/engine/index.ts';

/** A small deterministic generator for the randomized tests (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drain<T>(calendar: EventCalendar<T>): T[] {
  const out: T[] = [];
  for (let item = calendar.pop(); item !== undefined; item = calendar.pop()) out.push(item);
  return out;
}

/** The reference: a plain list, scanned for the least (time, priority, insertion number). */
class ReferenceCalendar<T> {
  private entries: { time: number; priority: number; sequence: number; item: T }[] = [];
  private sequence = 0;

  get size(): number {
    return this.entries.length;
  }

  push(time: number, priority: number, item: T): void {
    this.entries.push({ time, priority, sequence: this.sequence++, item });
  }

  popUntil(until: number): { time: number; item: T } | undefined {
    if (this.entries.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.entries.length; i++) {
      const a = this.entries[i];
      const b = this.entries[best];
      if (a.time < b.time || (a.time === b.time && (a.priority < b.priority || (a.priority === b.priority && a.sequence < b.sequence)))) best = i;
    }
    if (this.entries[best].time > until) return undefined;
    const [entry] = this.entries.splice(best, 1);
    return { time: entry.time, item: entry.item };
  }

  remove(item: T): void {
    this.entries = this.entries.filter((entry) => entry.item !== item);
  }
}

describe('EventCalendar', () => {
  it('releases entries in order of time', () => {
    const calendar = new EventCalendar<string>();
    calendar.push(3, 0, 'c');
    calendar.push(1, 0, 'a');
    calendar.push(2, 0, 'b');
    expect(drain(calendar)).toEqual(['a', 'b', 'c']);
  });

  it('releases entries at the same time by priority, lower first', () => {
    const calendar = new EventCalendar<string>();
    calendar.push(1, 5, 'p5');
    calendar.push(1, MAX_PRIORITY, 'max');
    calendar.push(1, -1, 'urgent');
    calendar.push(1, MIN_PRIORITY, 'min');
    calendar.push(1, 0, 'normal');
    expect(drain(calendar)).toEqual(['min', 'urgent', 'normal', 'p5', 'max']);
  });

  it('releases entries with equal time and priority in insertion order', () => {
    const calendar = new EventCalendar<number>();
    for (let i = 0; i < 100; i++) calendar.push(7, 3, i);
    expect(drain(calendar)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('rejects priorities that are not whole numbers in [−128, 127]', () => {
    const calendar = new EventCalendar<string>();
    expect(() => calendar.push(0, MIN_PRIORITY - 1, 'x')).toThrow(RangeError);
    expect(() => calendar.push(0, MAX_PRIORITY + 1, 'x')).toThrow(RangeError);
    expect(() => calendar.push(0, 0.5, 'x')).toThrow(RangeError);
    expect(() => calendar.push(0, Number.NaN, 'x')).toThrow(RangeError);
    expect(calendar.size).toBe(0);
  });

  it('reports its size and earliest time, including zero-delay entries for the current instant', () => {
    const calendar = new EventCalendar<string>();
    expect(calendar.peekTime()).toBe(Infinity);
    calendar.push(2, 0, 'a');
    calendar.push(5, 0, 'b');
    expect(calendar.size).toBe(2);
    expect(calendar.peekTime()).toBe(2);
    expect(calendar.pop()).toBe('a');
    calendar.push(2, 0, 'now'); // goes to the instant queue
    expect(calendar.size).toBe(2);
    expect(calendar.peekTime()).toBe(2);
    expect(calendar.pop()).toBe('now');
    expect(calendar.peekTime()).toBe(5);
  });

  it('popUntil releases nothing later than its limit', () => {
    const calendar = new EventCalendar<string>();
    calendar.push(1, 0, 'a');
    calendar.push(4, 0, 'b');
    expect(calendar.popUntil(3)).toBe('a');
    expect(calendar.popUntil(3)).toBeUndefined();
    expect(calendar.popUntil(4)).toBe('b');
  });

  it('counts and peeks at entries waiting in far buckets', () => {
    const calendar = new EventCalendar<string>({ bucketWidth: 10 });
    calendar.push(35, 0, 'far');
    calendar.push(3, 0, 'near');
    calendar.push(12, 1, 'next bucket');
    expect(calendar.size).toBe(3);
    expect(calendar.peekTime()).toBe(3);
    expect(calendar.pop()).toBe('near');
    expect(calendar.peekTime()).toBe(12);
    expect(calendar.size).toBe(2);
    expect(drain(calendar)).toEqual(['next bucket', 'far']);
    expect(calendar.peekTime()).toBe(Infinity);
  });

  it('keeps insertion order among equal times at a bucket boundary that division rounds', () => {
    // 1.7 / 0.1 rounds down to bucket 16.999… → 17 by floor, while 17 × 0.1
    // is 1.7000000000000002: membership decided by comparing times with such
    // products would put a later push at 1.7 in the heap ahead of an earlier one.
    const calendar = new EventCalendar<string>({ bucketWidth: 0.1 });
    calendar.push(1.65, 0, 'b');
    calendar.push(1.7, 0, 'a');
    expect(calendar.pop()).toBe('b');
    calendar.push(1.7, 0, 'd');
    expect(drain(calendar)).toEqual(['a', 'd']);
  });

  it('keeps an entry for time Infinity last, with or without buckets', () => {
    for (const bucketWidth of [Infinity, 1]) {
      const calendar = new EventCalendar<string>({ bucketWidth });
      calendar.push(Infinity, 0, 'never');
      calendar.push(2, 0, 'two');
      expect(drain(calendar)).toEqual(['two', 'never']);
    }
  });

  it('rejects a bucket width that is not a positive number', () => {
    for (const bucketWidth of [0, -1, Number.NaN]) expect(() => new EventCalendar({ bucketWidth })).toThrow(RangeError);
  });

  it('orders zero-delay entries created while an instant is processed exactly as a plain heap would', () => {
    // At instant 1 the heap already holds entries at priorities −2, −1, 0 and
    // 1; entries pushed during the instant at −1 and 0 take the instant queues
    // and must interleave with them by priority, then insertion.
    const calendar = new EventCalendar<string>();
    calendar.push(1, 0, 'first');
    calendar.push(1, 1, 'heap+1');
    calendar.push(1, 0, 'heap0');
    calendar.push(1, -1, 'heap-1');
    calendar.push(1, -2, 'heap-2');
    const out: string[] = [];
    out.push(calendar.pop() as string); // heap-2
    calendar.push(1, 0, 'now0');
    calendar.push(1, -1, 'now-1');
    calendar.push(1, -2, 'now-2');
    out.push(...drain(calendar));
    expect(out).toEqual(['heap-2', 'now-2', 'heap-1', 'now-1', 'first', 'heap0', 'now0', 'heap+1']);
  });

  // Far buckets narrower than, about as wide as, and wider than the delays.
  it.each([Infinity, 0.3, 1, 2.5, 40])('matches a reference ordering on random interleavings of pushes and pops (2,000 trials, bucket width %s)', (bucketWidth) => {
    const priorities = [-3, -1, -1, -1, 0, 0, 0, 0, 1, 4];
    const delays = [0, 0, 0, 0, 0, 1, 1, 2, 0.5, 3.7, 12];
    for (let trial = 0; trial < 2000; trial++) {
      const random = generator(trial);
      const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
      const calendar = new EventCalendar<number>({ bucketWidth });
      const reference = new ReferenceCalendar<number>();
      let next = 0;
      let now = 0;
      const push = (time: number): void => {
        const priority = pick(priorities);
        calendar.push(time, priority, next);
        reference.push(time, priority, next);
        next++;
      };
      const initial = 1 + Math.floor(random() * 8);
      for (let i = 0; i < initial; i++) push(pick([0, 0, 1, 2, 7]));
      const actual: (number | undefined)[] = [];
      const expected: (number | undefined)[] = [];
      for (let steps = 0; steps < 200 && reference.size > 0; steps++) {
        // Sometimes stop short of the next entry, as run({ until }) does, and
        // carry on from the limit; otherwise take the next entry.
        const until = random() < 0.1 ? now + pick([0, 0.25, 1]) : Infinity;
        const entry = reference.popUntil(until);
        expected.push(entry?.item);
        actual.push(calendar.popUntil(until));
        if (entry === undefined) now = until;
        else now = entry.time;
        const children = Math.floor(random() * 4);
        for (let i = 0; i < children; i++) push(now + pick(delays));
      }
      expect(actual, `trial ${trial}`).toEqual(expected);
      expect(calendar.size).toBe(reference.size);
    }
  });
});

describe('Simulation ordering', () => {
  it.each([Infinity, 1.5])('runs scheduled calls in the reference order, with cancellations, on random models (500 trials, bucket width %s)', (calendarBucketWidth) => {
    // Each entry, when it fires, schedules up to three children and may cancel
    // an entry still pending; the decisions depend only on the entry's number,
    // so the engine and the reference make the same ones as long as they agree
    // on the order.
    for (let trial = 0; trial < 500; trial++) {
      const sim = new Simulation({ calendarBucketWidth });
      const fired: number[] = [];
      const handles = new Map<number, { cancel(): void }>();
      let next = 0;
      type Decision = { delay: number; priority: number }[];
      const decisions = new Map<number, { children: Decision; cancel: number | null }>();
      const decide = (id: number): { children: Decision; cancel: number | null } => {
        let d = decisions.get(id);
        if (d === undefined) {
          const random = generator(trial * 100_003 + id);
          const count = id < 400 ? Math.floor(random() * 4) : 0;
          const children = Array.from({ length: count }, () => ({
            delay: [0, 0, 0, 1, 2][Math.floor(random() * 5)],
            priority: [-5, -1, -1, 0, 0, 0, 3][Math.floor(random() * 7)],
          }));
          d = { children, cancel: random() < 0.2 && id > 2 ? Math.floor(random() * id) : null };
          decisions.set(id, d);
        }
        return d;
      };

      // The engine.
      const schedule = (delay: number, priority: number): void => {
        const id = next++;
        handles.set(
          id,
          sim.call(
            delay,
            () => {
              fired.push(id);
              handles.delete(id);
              const d = decide(id);
              for (const child of d.children) schedule(child.delay, child.priority);
              if (d.cancel !== null) handles.get(d.cancel)?.cancel();
            },
            priority,
          ),
        );
      };
      for (let i = 0; i < 5; i++) schedule(i % 2, i % 3 === 0 ? -1 : 0);
      sim.run();

      // The reference.
      const reference = new ReferenceCalendar<number>();
      const pending = new Set<number>();
      const expected: number[] = [];
      let refNext = 0;
      const refSchedule = (time: number, priority: number): void => {
        pending.add(refNext);
        reference.push(time, priority, refNext++);
      };
      for (let i = 0; i < 5; i++) refSchedule(i % 2, i % 3 === 0 ? -1 : 0);
      for (let entry = reference.popUntil(Infinity); entry !== undefined; entry = reference.popUntil(Infinity)) {
        pending.delete(entry.item);
        expected.push(entry.item);
        const d = decide(entry.item);
        for (const child of d.children) refSchedule(entry.time + child.delay, child.priority);
        if (d.cancel !== null && pending.has(d.cancel)) {
          pending.delete(d.cancel);
          reference.remove(d.cancel);
        }
      }
      expect(fired, `trial ${trial}`).toEqual(expected);
      expect(sim.processedCount).toBe(expected.length);
    }
  });
});
