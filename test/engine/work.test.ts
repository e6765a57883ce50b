/** useResource: doing work on a resource unit, and what preemption does to it. */
import { describe, expect, it } from 'vitest';
import { Interrupt, Resource, Simulation, useResource, type ProcessBody, type WorkOptions, type WorkOutcome } from '../../src/engine/index.ts';

interface Job {
  outcome?: WorkOutcome;
  endedAt: number;
}

/** A process that arrives at `at` and does `duration` of work on `resource`. */
function job(sim: Simulation, resource: Resource, at: number, duration: number, options: WorkOptions = {}): Job {
  const result: Job = { endedAt: NaN };
  sim.process(
    (function* (): ProcessBody<void> {
      if (at > 0) yield at;
      result.outcome = yield* useResource(sim, resource, duration, options);
      result.endedAt = sim.now;
    })(),
  );
  return result;
}

describe('useResource', () => {
  it('without contention holds a unit for the duration and releases it', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const a = job(sim, resource, 0, 5);
    sim.run();
    expect(a.endedAt).toBe(5);
    expect(a.outcome).toEqual({ completed: true, preemptions: 0, timeHeld: 5, timeWaiting: 0 });
    expect(resource.inUse).toBe(0);
  });

  it('counts the time spent waiting for a unit', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    job(sim, resource, 0, 5);
    const b = job(sim, resource, 1, 3);
    sim.run();
    expect(b.endedAt).toBe(8);
    expect(b.outcome).toEqual({ completed: true, preemptions: 0, timeHeld: 3, timeWaiting: 4 });
  });

  // In the three policy tests, low-priority work of 10 starts at 0 and is
  // preempted at 4 by high-priority work of 3, which holds the unit 4..7.

  it("'resume' waits for a unit again and does only the work left: 10 of work ends at 13", () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const low = job(sim, resource, 0, 10, { priority: 1, onPreempted: 'resume' });
    const high = job(sim, resource, 4, 3, { priority: 0, preempt: true });
    sim.run();
    expect(high.endedAt).toBe(7);
    expect(low.endedAt).toBe(13);
    expect(low.outcome).toEqual({ completed: true, preemptions: 1, timeHeld: 10, timeWaiting: 3 });
  });

  it("'restart' waits for a unit again and does all the work again: ends at 17, having held the unit 14", () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const low = job(sim, resource, 0, 10, { priority: 1, onPreempted: 'restart' });
    job(sim, resource, 4, 3, { priority: 0, preempt: true });
    sim.run();
    expect(low.endedAt).toBe(17);
    expect(low.outcome).toEqual({ completed: true, preemptions: 1, timeHeld: 14, timeWaiting: 3 });
  });

  it("'drop' gives up at the preemption, with the work not completed", () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const low = job(sim, resource, 0, 10, { priority: 1, onPreempted: 'drop' });
    job(sim, resource, 4, 3, { priority: 0, preempt: true });
    sim.run();
    expect(low.endedAt).toBe(4);
    expect(low.outcome).toEqual({ completed: false, preemptions: 1, timeHeld: 4, timeWaiting: 0 });
  });

  it("'resume' is the default", () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const low = job(sim, resource, 0, 10, { priority: 1 });
    job(sim, resource, 4, 3, { priority: 0, preempt: true });
    sim.run();
    expect(low.endedAt).toBe(13);
  });

  it('counts every preemption and the work held across them', () => {
    // Work of 10 from 0; preempted at 2 (1 unit of high work) and at 5 (2 units).
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const low = job(sim, resource, 0, 10, { priority: 2 });
    job(sim, resource, 2, 1, { priority: 0, preempt: true });
    job(sim, resource, 5, 2, { priority: 0, preempt: true });
    sim.run();
    // Held 0..2, 3..5, 7..13: 2 + 2 + 6 = 10; waited 2..3 and 5..7.
    expect(low.endedAt).toBe(13);
    expect(low.outcome).toEqual({ completed: true, preemptions: 2, timeHeld: 10, timeWaiting: 3 });
  });

  it('preempted at the very instant the work finishes counts as completed (the urgent interrupt comes first, with 0 remaining)', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    // The preempting job is created first, so its wait ending at 10 runs
    // before the low job's work ends at 10, and its interrupt is urgent.
    const high = job(sim, resource, 10, 1, { priority: 0, preempt: true, onPreempted: 'drop' });
    const low = job(sim, resource, 0, 10, { priority: 1, onPreempted: 'drop' });
    sim.run();
    expect(low.outcome).toEqual({ completed: true, preemptions: 1, timeHeld: 10, timeWaiting: 0 });
    expect(low.endedAt).toBe(10);
    expect(high.endedAt).toBe(11);
  });

  it('an interrupt that is not this resource’s preemption is passed on after the unit is released', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    let caught: unknown;
    let inUseWhenCaught = NaN;
    const worker = sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield* useResource(sim, resource, 10);
        } catch (e) {
          caught = e;
          inUseWhenCaught = resource.inUse;
        }
      })(),
    );
    sim.call(3, () => worker.interrupt('called away'));
    sim.run();
    expect(caught).toBeInstanceOf(Interrupt);
    expect((caught as Interrupt).cause).toBe('called away');
    expect(inUseWhenCaught).toBe(0);
  });

  it('a preemption of another resource is passed on too', () => {
    const sim = new Simulation();
    const mine = new Resource(sim, 1);
    const other = new Resource(sim, 1);
    let caught: unknown;
    sim.process(
      (function* (): ProcessBody<void> {
        const held = other.request({ priority: 5 });
        yield held;
        try {
          yield* useResource(sim, mine, 10);
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.call(2, () => other.request({ priority: 0, preempt: true }));
    sim.run();
    expect(caught).toBeInstanceOf(Interrupt);
    expect(mine.inUse).toBe(0);
  });

  it('a unit taken after it was granted but before the work began leaves all of the work to do', () => {
    // At 5 the first holder releases and the waiting job is granted; before
    // the job resumes, a preempting request at the same instant takes the unit
    // for 2. The job waits again and does its whole 4 from 7 to 11.
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const first = resource.request({ priority: 0 });
    const low = job(sim, resource, 0, 4, { priority: 1, onPreempted: 'resume' });
    sim.call(5, () => resource.release(first));
    job(sim, resource, 5, 2, { priority: 0, preempt: true });
    sim.run();
    expect(low.endedAt).toBe(11);
    expect(low.outcome).toEqual({ completed: true, preemptions: 1, timeHeld: 4, timeWaiting: 7 });
  });
});
