/** Conditions: waiting for all, or any, of several events. */
import { describe, expect, it } from 'vitest';
import { Simulation, type ProcessBody, type SimEvent } from '../../src/engine/index.ts';

/** Runs a process that waits on `condition` and returns when and with what it resumed. */
function waitOn(sim: Simulation, condition: SimEvent<SimEvent<unknown>[]>): { at: number; values: unknown[]; error?: unknown } {
  const result: { at: number; values: unknown[]; error?: unknown } = { at: NaN, values: [] };
  sim.process(
    (function* (): ProcessBody<void> {
      try {
        const events: SimEvent<unknown>[] = yield condition;
        result.values = events.map((e) => e.value);
      } catch (error) {
        result.error = error;
      }
      result.at = sim.now;
    })(),
  );
  return result;
}

describe('allOf', () => {
  it('succeeds when the last of its events is processed, with all of them in the order given', () => {
    const sim = new Simulation();
    const a = sim.timeout(3, 'a');
    const b = sim.timeout(1, 'b');
    const c = sim.timeout(2, 'c');
    const result = waitOn(sim, sim.allOf([a, b, c]));
    sim.run();
    expect(result.at).toBe(3);
    expect(result.values).toEqual(['a', 'b', 'c']);
  });

  it('of no events succeeds at once', () => {
    const sim = new Simulation({ startTime: 4 });
    const result = waitOn(sim, sim.allOf([]));
    sim.run();
    expect(result.at).toBe(4);
    expect(result.values).toEqual([]);
  });

  it('counts events already processed when it is made', () => {
    const sim = new Simulation();
    const early = sim.timeout(1, 'early');
    sim.run();
    const late = sim.timeout(2, 'late');
    const result = waitOn(sim, sim.allOf([early, late]));
    sim.run();
    expect(result.at).toBe(3);
    expect(result.values).toEqual(['early', 'late']);
  });

  it('fails with the error of the first of its events to fail', () => {
    const sim = new Simulation();
    const error = new Error('one failed');
    const bad = sim.event();
    bad.fail(error, 2);
    const result = waitOn(sim, sim.allOf([sim.timeout(5), bad]));
    sim.run();
    expect(result.error).toBe(error);
    expect(result.at).toBe(2);
  });

  it('waits for processes too, receiving their return values', () => {
    const sim = new Simulation();
    const worker = (d: number): ProcessBody<number> =>
      (function* () {
        yield d;
        return d * 10;
      })();
    const result = waitOn(sim, sim.allOf([sim.process(worker(2)), sim.process(worker(1))]));
    sim.run();
    expect(result.at).toBe(2);
    expect(result.values).toEqual([20, 10]);
  });

  it('refuses events from another simulation', () => {
    const sim = new Simulation();
    const other = new Simulation();
    expect(() => sim.allOf([sim.timeout(1), other.timeout(1)])).toThrow();
  });
});

describe('anyOf', () => {
  it('succeeds when the first of its events is processed, with just that one', () => {
    const sim = new Simulation();
    const result = waitOn(sim, sim.anyOf([sim.timeout(3, 'slow'), sim.timeout(1, 'fast')]));
    sim.run();
    expect(result.at).toBe(1);
    expect(result.values).toEqual(['fast']);
  });

  it('lists only the events processed so far when several are due at the same instant', () => {
    // Both timeouts happen at time 2, but the condition is met by the first
    // processed and its value is taken then.
    const sim = new Simulation();
    const result = waitOn(sim, sim.anyOf([sim.timeout(2, 'x'), sim.timeout(2, 'y')]));
    sim.run();
    expect(result.at).toBe(2);
    expect(result.values).toEqual(['x']);
  });

  it('lists, in the order given, every event already processed when it is made', () => {
    const sim = new Simulation();
    const a = sim.timeout(2, 'a');
    const b = sim.timeout(1, 'b');
    const pending = sim.timeout(5, 'pending');
    sim.run({ until: 3 });
    const result = waitOn(sim, sim.anyOf([pending, a, b]));
    sim.run();
    expect(result.at).toBe(3);
    expect(result.values).toEqual(['a', 'b']);
  });

  it('of no events succeeds at once', () => {
    const sim = new Simulation();
    const result = waitOn(sim, sim.anyOf([]));
    sim.run();
    expect(result.at).toBe(0);
    expect(result.values).toEqual([]);
  });

  it('serves as a time limit on a wait: the timeout wins when the event is late', () => {
    const sim = new Simulation();
    const reply = sim.event<string>();
    const limit = sim.timeout(4, 'gave up');
    const result = waitOn(sim, sim.anyOf([reply, limit]));
    sim.call(6, () => reply.succeed('too late'));
    sim.run();
    expect(result.at).toBe(4);
    expect(result.values).toEqual(['gave up']);
  });
});
