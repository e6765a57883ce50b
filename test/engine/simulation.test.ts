/** The simulation: clock, scheduling, events, timeouts, and the run loop's limits. */
import { describe, expect, it } from 'vitest';
import { NORMAL, Simulation, Timeout, URGENT } from '../../src/engine/index.ts';

describe('clock and run loop', () => {
  it('starts at the given time and, with nothing scheduled, has nothing to do', () => {
    const sim = new Simulation({ startTime: 5 });
    expect(sim.now).toBe(5);
    expect(sim.step()).toBe(false);
    sim.run();
    expect(sim.now).toBe(5);
    expect(sim.peek()).toBe(Infinity);
    expect(sim.processedCount).toBe(0);
  });

  it('run without a limit processes every entry and leaves the clock at the last', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (const t of [3, 1, 2]) sim.call(t, () => seen.push(sim.now));
    sim.run();
    expect(seen).toEqual([1, 2, 3]);
    expect(sim.now).toBe(3);
    expect(sim.processedCount).toBe(3);
  });

  it('run until processes entries at the limit, none later, and leaves the clock at the limit', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (const t of [3, 5, 7]) sim.call(t, () => seen.push(t));
    sim.run({ until: 5 });
    expect(seen).toEqual([3, 5]);
    expect(sim.now).toBe(5);
    sim.run({ until: 6 });
    expect(sim.now).toBe(6);
    expect(seen).toEqual([3, 5]);
    sim.run();
    expect(seen).toEqual([3, 5, 7]);
    expect(sim.now).toBe(7);
  });

  it('entries scheduled after run until stopped are timed from the limit', () => {
    const sim = new Simulation();
    sim.call(1, () => {});
    sim.run({ until: 4 });
    let at = NaN;
    sim.call(0, () => (at = sim.now));
    sim.call(2, () => {});
    sim.run();
    expect(at).toBe(4);
    expect(sim.now).toBe(6);
  });

  it('run until a time before the clock throws', () => {
    const sim = new Simulation({ startTime: 10 });
    expect(() => sim.run({ until: 9 })).toThrow(RangeError);
  });

  it('stopWhen stops right after the entry that makes it true', () => {
    const sim = new Simulation();
    let count = 0;
    for (let t = 1; t <= 10; t++) sim.call(t, () => count++);
    sim.run({ stopWhen: () => count === 4 });
    expect(count).toBe(4);
    expect(sim.now).toBe(4);
    sim.run();
    expect(count).toBe(10);
  });

  it('step processes exactly one entry and moves the clock to it', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.call(2, () => seen.push('a'));
    sim.call(2, () => seen.push('b'));
    expect(sim.step()).toBe(true);
    expect(seen).toEqual(['a']);
    expect(sim.now).toBe(2);
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
    expect(seen).toEqual(['a', 'b']);
  });

  it('a cancelled call never runs and is not counted as processed', () => {
    const sim = new Simulation();
    let ran = false;
    const handle = sim.call(1, () => (ran = true));
    sim.call(2, () => {});
    handle.cancel();
    sim.run();
    expect(ran).toBe(false);
    expect(sim.processedCount).toBe(1);
  });

  it('scheduling into the past, or with a delay that is not a number, throws', () => {
    const sim = new Simulation();
    expect(() => sim.call(-1, () => {})).toThrow(RangeError);
    expect(() => sim.call(Number.NaN, () => {})).toThrow(RangeError);
    expect(() => sim.timeout(-0.5)).toThrow(RangeError);
    expect(sim.pendingCount).toBe(0);
  });

  it('entries scheduled for now while an instant is processed run within it, after those already due', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.call(1, () => {
      seen.push('a');
      sim.call(0, () => seen.push('a-now'));
      sim.call(0, () => seen.push('a-urgent'), URGENT);
    });
    sim.call(1, () => seen.push('b'));
    sim.call(2, () => seen.push('later'));
    sim.run();
    expect(seen).toEqual(['a', 'a-urgent', 'b', 'a-now', 'later']);
  });

  it('peek and pendingCount describe what is left on the calendar', () => {
    const sim = new Simulation();
    sim.call(4, () => {});
    sim.call(2, () => {});
    expect(sim.peek()).toBe(2);
    expect(sim.pendingCount).toBe(2);
    sim.step();
    expect(sim.peek()).toBe(4);
    expect(sim.pendingCount).toBe(1);
  });
});

describe('events', () => {
  it('an event succeeds after its delay and hands its value to callbacks', () => {
    const sim = new Simulation();
    const event = sim.event<string>();
    const seen: [number, string | undefined][] = [];
    event.addCallback((e) => seen.push([sim.now, e.value]));
    expect(event.triggered).toBe(false);
    event.succeed('done', 3);
    expect(event.triggered).toBe(true);
    expect(event.processed).toBe(false);
    sim.run();
    expect(event.processed).toBe(true);
    expect(seen).toEqual([[3, 'done']]);
  });

  it('triggering an event twice throws', () => {
    const sim = new Simulation();
    const event = sim.event();
    event.succeed();
    expect(() => event.succeed()).toThrow();
    expect(() => event.fail(new Error('x'))).toThrow();
  });

  it('a cancelled event is never processed', () => {
    const sim = new Simulation();
    const event = sim.event();
    let called = false;
    event.addCallback(() => (called = true));
    event.succeed(1, 2);
    event.cancel();
    sim.run();
    expect(called).toBe(false);
    expect(event.processed).toBe(false);
  });

  it('cancelling, or adding a callback to, a processed event throws', () => {
    const sim = new Simulation();
    const event = sim.event();
    event.succeed();
    sim.run();
    expect(() => event.cancel()).toThrow();
    expect(() => event.addCallback(() => {})).toThrow();
  });

  it('a failed event that nobody handles stops the run with its error', () => {
    const sim = new Simulation();
    const error = new Error('nobody listens');
    sim.event().fail(error, 2);
    sim.call(5, () => {});
    expect(() => sim.run()).toThrow(error);
    expect(sim.now).toBe(2);
  });

  it('a failed event with a callback is handled and the run goes on', () => {
    const sim = new Simulation();
    const event = sim.event();
    let seen: unknown;
    event.addCallback((e) => (seen = e.value));
    const error = new Error('handled');
    event.fail(error, 1);
    sim.call(5, () => {});
    sim.run();
    expect(seen).toBe(error);
    expect(event.ok).toBe(false);
    expect(sim.now).toBe(5);
  });

  it('a removed callback is not called', () => {
    const sim = new Simulation();
    const event = sim.event();
    const seen: string[] = [];
    const a = (): void => void seen.push('a');
    event.addCallback(a);
    event.addCallback(() => seen.push('b'));
    event.removeCallback(a);
    event.succeed();
    sim.run();
    expect(seen).toEqual(['b']);
  });
});

describe('timeouts', () => {
  it('a timeout happens after its delay with its value, and knows when and how long remains', () => {
    const sim = new Simulation({ startTime: 1 });
    const timeout = sim.timeout(4, 'v');
    expect(timeout).toBeInstanceOf(Timeout);
    expect(timeout.at).toBe(5);
    expect(timeout.remaining).toBe(4);
    sim.call(3, () => expect(timeout.remaining).toBe(1));
    sim.run();
    expect(timeout.processed).toBe(true);
    expect(timeout.value).toBe('v');
    expect(timeout.remaining).toBe(0);
  });

  it('timeouts due at the same time are processed by priority, then creation order', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    for (const [name, priority] of [
      ['normal-1', NORMAL],
      ['late', 5],
      ['urgent', URGENT],
      ['normal-2', NORMAL],
      ['early', -7],
    ] as const) {
      sim.timeout(1, name, priority).addCallback((e) => seen.push(e.value as string));
    }
    sim.run();
    expect(seen).toEqual(['early', 'urgent', 'normal-1', 'normal-2', 'late']);
  });
});
