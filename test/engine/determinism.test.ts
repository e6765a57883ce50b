/**
 * Determinism: a run is a function of its seed. The same seed gives the same
 * event trace, step for step, in a model full of ties, priorities, interrupts
 * and preemptions; streams depend only on the seed and their name.
 */
import { describe, expect, it } from 'vitest';
import { Interrupt, RandomStreams, Resource, Simulation, useResource, type Process, type ProcessBody } from '../../src/engine/index.ts';

type Trace = string[];

/**
 * A small clinic: patients of three priorities arrive at whole-number times
 * (so many arrive together), see one of two doctors (urgent patients preempt),
 * and a manager interrupts a random waiting or served patient every 7 hours.
 * Returns the simulation ready to run and the trace it fills.
 */
function clinic(seed: number | string): { sim: Simulation; trace: Trace } {
  const sim = new Simulation();
  const streams = new RandomStreams(seed);
  const arrivals = streams.stream('arrivals');
  const service = streams.stream('service');
  const triage = streams.stream('triage');
  const manager = streams.stream('manager');
  const trace: Trace = [];
  const log = (label: string): void => void trace.push(`${sim.now} ${label}`);
  const doctors = new Resource(sim, 2);
  const present: Process<void>[] = [];
  const policies = ['resume', 'restart', 'drop'] as const;

  function* patient(id: number): ProcessBody<void> {
    const priority = triage.pick([0, 1, 2], [1, 3, 6]);
    const policy = triage.pick(policies);
    log(`patient ${id} arrives, priority ${priority}, ${policy}`);
    try {
      const outcome = yield* useResource(sim, doctors, service.integer(1, 6), { priority, preempt: priority === 0, onPreempted: policy });
      log(`patient ${id} leaves ${JSON.stringify(outcome)}`);
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
      log(`patient ${id} called away (${String(e.cause)}, remaining ${e.remaining})`);
    } finally {
      present.splice(present.indexOf(sim.activeProcess as Process<void>), 1);
    }
  }

  sim.process(
    (function* (): ProcessBody<void> {
      for (let id = 0; id < 60; id++) {
        yield Math.round(arrivals.exponential(1.5));
        present.push(sim.process(patient(id), `patient ${id}`));
      }
    })(),
  );
  sim.process(
    (function* (): ProcessBody<void> {
      for (let round = 0; round < 12; round++) {
        yield 7;
        log(`manager round ${round}, ${present.length} present`);
        if (present.length > 0) present[manager.integer(0, present.length - 1)].interrupt(`round ${round}`);
      }
    })(),
  );
  return { sim, trace };
}

describe('same seed, same run', () => {
  it('gives an identical event trace, including ties, priorities, preemptions and interrupts', () => {
    const first = clinic(42);
    first.sim.run();
    const second = clinic(42);
    second.sim.run();
    expect(second.trace).toEqual(first.trace);
    // The trace exercises what it claims to.
    const times = first.trace.map((line) => line.split(' ')[0]);
    expect(new Set(times).size).toBeLessThan(times.length); // ties in time
    expect(first.trace.some((line) => /"preemptions":[1-9]/.test(line))).toBe(true);
    expect(first.trace.some((line) => line.includes('called away'))).toBe(true);
    expect(first.trace.some((line) => line.includes('"completed":false'))).toBe(true);
  });

  it('gives a different trace for a different seed', () => {
    const a = clinic(42);
    a.sim.run();
    const b = clinic(43);
    b.sim.run();
    expect(b.trace).not.toEqual(a.trace);
  });

  it('is unaffected by another run stepped in between', () => {
    const alone = clinic('side by side');
    alone.sim.run();
    const x = clinic('side by side');
    const y = clinic('other');
    let more = true;
    while (more) {
      const a = x.sim.step();
      const b = y.sim.step();
      more = a || b;
    }
    expect(x.trace).toEqual(alone.trace);
  });
});

describe('random streams', () => {
  const draws = (seed: number | string, name: string, n = 20): number[] => {
    const s = new RandomStreams(seed).stream(name);
    return Array.from({ length: n }, () => s.random());
  };

  it('give the same draws for the same seed and name', () => {
    expect(draws(7, 'arrivals')).toEqual(draws(7, 'arrivals'));
    expect(draws('scenario-a', 'service')).toEqual(draws('scenario-a', 'service'));
  });

  it('give different draws for different names, and for different seeds', () => {
    const base = draws(7, 'arrivals');
    expect(draws(7, 'service')).not.toEqual(base);
    expect(draws(8, 'arrivals')).not.toEqual(base);
    // No shared values at all, not merely a different order.
    expect(draws(7, 'service').filter((x) => base.includes(x))).toEqual([]);
  });

  it('keep a stream’s draws the same however much other streams draw', () => {
    const quiet = new RandomStreams(3);
    const alone = quiet.stream('b');
    const expected = Array.from({ length: 10 }, () => alone.normal());
    const busy = new RandomStreams(3);
    const other = busy.stream('a');
    for (let i = 0; i < 1000; i++) other.exponential(1);
    const b = busy.stream('b');
    for (let i = 0; i < 10; i++) {
      other.random();
      expect(b.normal()).toBe(expected[i]);
    }
  });

  it('match recorded draws, so a change of generator or seeding cannot pass unnoticed', () => {
    // Recorded from this engine: the first draws of seed 2024, stream "golden".
    const s = new RandomStreams(2024).stream('golden');
    expect([s.random(), s.random(), s.random()]).toEqual(GOLDEN);
  });
});

const GOLDEN = [0.8289325360674411, 0.2725816769525409, 0.04617230664007366];
