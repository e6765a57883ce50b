/** Timetables: capacity that follows a list of (time, capacity) steps, once or repeating. */
import { describe, expect, it } from 'vitest';
import { followTimetable, Interrupt, Preempted, Resource, Simulation, type ProcessBody } from '../../src/engine/index.ts';

/** The resource's capacity at each of `times`, read after anything else due then (priority 100). */
function capacityAt(sim: Simulation, resource: Resource, times: readonly number[]): number[] {
  const seen: number[] = [];
  for (const t of times) sim.call(t - sim.now, () => seen.push(resource.capacity), 100);
  return seen;
}

describe('followTimetable', () => {
  it('sets the capacity at each step’s time, taking the steps in time order, then ends', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 0);
    const timetable = followTimetable(sim, resource, [
      { at: 8, capacity: 1 },
      { at: 0, capacity: 2 },
      { at: 5, capacity: 4 },
    ]);
    const seen = capacityAt(sim, resource, [0, 4, 5, 7, 8, 30]);
    sim.run();
    expect(seen).toEqual([2, 2, 4, 4, 1, 1]);
    expect(timetable.isAlive).toBe(false);
  });

  it('repeats every period', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 0);
    followTimetable(
      sim,
      resource,
      [
        { at: 0, capacity: 1 },
        { at: 6, capacity: 3 },
      ],
      { period: 10 },
    );
    const seen = capacityAt(sim, resource, [3, 6, 7, 10, 13, 16, 17, 23, 96]);
    sim.run({ until: 100 });
    expect(seen).toEqual([1, 3, 3, 1, 1, 3, 3, 1, 3]);
  });

  it('is timed from the moment it is started', () => {
    const sim = new Simulation({ startTime: 100 });
    const resource = new Resource(sim, 1);
    followTimetable(sim, resource, [{ at: 5, capacity: 7 }]);
    const seen = capacityAt(sim, resource, [104, 105]);
    sim.run();
    expect(seen).toEqual([1, 7]);
  });

  it('serves waiting requests as soon as capacity rises', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 0);
    followTimetable(sim, resource, [{ at: 9, capacity: 2 }]);
    const granted: number[] = [];
    for (let i = 0; i < 3; i++) {
      sim.process(
        (function* (): ProcessBody<void> {
          yield resource.request();
          granted.push(sim.now);
        })(),
      );
    }
    sim.run();
    expect(granted).toEqual([9, 9]);
    expect(resource.queueLength).toBe(1);
  });

  it('lets holders finish when capacity falls, unless told to preempt them', () => {
    for (const preempt of [false, true]) {
      const sim = new Simulation();
      const resource = new Resource(sim, 2);
      followTimetable(sim, resource, [{ at: 3, capacity: 1 }], { preempt });
      const ends: (string | number)[] = [];
      for (let i = 0; i < 2; i++) {
        sim.process(
          (function* (): ProcessBody<void> {
            const request = resource.request();
            yield request;
            try {
              yield 10;
              resource.release(request);
              ends.push(sim.now);
            } catch (e) {
              if (!(e instanceof Interrupt && e.cause instanceof Preempted && e.cause.by === null)) throw e;
              ends.push(`preempted at ${sim.now}`);
            }
          })(),
        );
      }
      sim.run();
      expect(ends, `preempt: ${preempt}`).toEqual(preempt ? ['preempted at 3', 10] : [10, 10]);
    }
  });

  it('refuses repeating steps outside [0, period) and periods that are not positive', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    expect(() => followTimetable(sim, resource, [{ at: 10, capacity: 1 }], { period: 10 })).toThrow(RangeError);
    expect(() => followTimetable(sim, resource, [{ at: -1, capacity: 1 }], { period: 10 })).toThrow(RangeError);
    expect(() => followTimetable(sim, resource, [], { period: 0 })).toThrow(RangeError);
    expect(() => followTimetable(sim, resource, [{ at: 0, capacity: 1 }], { period: Number.NaN })).toThrow(RangeError);
  });

  it('with no steps ends at once, even when it repeats', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 3);
    const timetable = followTimetable(sim, resource, [], { period: 24 });
    sim.run({ until: 100 });
    expect(timetable.isAlive).toBe(false);
    expect(resource.capacity).toBe(3);
  });
});
