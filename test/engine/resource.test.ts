/** Resources: granting, queueing by priority then arrival, preemption, and changing capacity. */
import { describe, expect, it } from 'vitest';
import { Interrupt, Preempted, Resource, Simulation, type ProcessBody, type Request } from '../../src/engine/index.ts';

interface Use {
  name: string;
  granted: number;
  released: number;
  preempted?: Preempted;
  preemptedAt?: number;
  /** Position among all preemptions in the test, to tell their order within an instant. */
  preemptedOrder?: number;
}

let preemptions = 0;

/** A process that arrives at `at`, requests a unit, holds it for `hold`, and records what happened. */
function user(
  sim: Simulation,
  resource: Resource,
  log: Use[],
  name: string,
  at: number,
  hold: number,
  options: { priority?: number; preempt?: boolean } = {},
): void {
  sim.process(
    (function* (): ProcessBody<void> {
      if (at > 0) yield at;
      const request = resource.request(options);
      const use: Use = { name, granted: NaN, released: NaN };
      try {
        yield request;
        use.granted = sim.now;
        log.push(use);
        yield hold;
        resource.release(request);
        use.released = sim.now;
      } catch (e) {
        if (!(e instanceof Interrupt) || !(e.cause instanceof Preempted)) throw e;
        use.preempted = e.cause;
        use.preemptedAt = sim.now;
        use.preemptedOrder = preemptions++;
      }
    })(),
    name,
  );
}

const order = (log: Use[]): string[] => log.map((u) => u.name);
/** The preempted uses, in the order they were preempted. */
const preemptedInOrder = (log: Use[]): Use[] =>
  log.filter((u) => u.preempted !== undefined).sort((a, b) => (a.preemptedOrder as number) - (b.preemptedOrder as number));

describe('granting and queueing', () => {
  it('grants a free unit at once, synchronously, even outside a process', () => {
    const sim = new Simulation({ startTime: 2 });
    const resource = new Resource(sim, 2);
    const request = resource.request();
    expect(request.processed).toBe(true);
    expect(request.status).toBe('granted');
    expect(request.grantedAt).toBe(2);
    expect(request.value).toBe(request);
    expect(resource.inUse).toBe(1);
    expect(resource.holders).toEqual([request]);
    expect(resource.queueLength).toBe(0);
  });

  it('makes requests wait when every unit is held, and serves them first come first served', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const log: Use[] = [];
    user(sim, resource, log, 'A', 0, 5);
    user(sim, resource, log, 'B', 1, 5);
    user(sim, resource, log, 'C', 2, 5);
    sim.run({ until: 3 });
    expect(resource.queueLength).toBe(2);
    sim.run();
    expect(log.map((u) => [u.name, u.granted, u.released])).toEqual([
      ['A', 0, 5],
      ['B', 5, 10],
      ['C', 10, 15],
    ]);
  });

  it('serves waiting requests by priority (lower first), then in order of arrival', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const log: Use[] = [];
    user(sim, resource, log, 'holder', 0, 10);
    user(sim, resource, log, 'X2', 1, 1, { priority: 2 });
    user(sim, resource, log, 'Y0', 2, 1, { priority: 0 });
    user(sim, resource, log, 'Z2', 3, 1, { priority: 2 });
    user(sim, resource, log, 'W0', 4, 1, { priority: 0 });
    user(sim, resource, log, 'V-3', 5, 1, { priority: -3 });
    sim.run();
    expect(order(log)).toEqual(['holder', 'V-3', 'Y0', 'W0', 'X2', 'Z2']);
  });

  it('release withdraws a waiting request, which is then never granted', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const held = resource.request();
    const withdrawn = resource.request();
    const next = resource.request();
    expect(resource.queueLength).toBe(2);
    resource.release(withdrawn);
    expect(withdrawn.status).toBe('released');
    expect(resource.queueLength).toBe(1);
    resource.release(held);
    expect(next.status).toBe('granted');
    expect(withdrawn.status).toBe('released');
    expect(resource.holders).toEqual([next]);
    expect(resource.queueLength).toBe(0);
  });

  it('releasing a request twice is harmless', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 2);
    const a = resource.request();
    const b = resource.request();
    resource.release(a);
    resource.release(a);
    expect(resource.inUse).toBe(1);
    expect(resource.holders).toEqual([b]);
  });

  it('refuses to release a request made of another resource', () => {
    const sim = new Simulation();
    const one = new Resource(sim, 1);
    const two = new Resource(sim, 1);
    const request = one.request();
    expect(() => two.release(request)).toThrow();
    expect(one.inUse).toBe(1);
  });

  it('refuses request priorities that are not whole numbers in [−128, 127], and capacities that are not whole numbers ≥ 0', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    expect(() => resource.request({ priority: 0.5 })).toThrow(RangeError);
    expect(() => resource.request({ priority: 128 })).toThrow(RangeError);
    expect(() => resource.request({ priority: -129 })).toThrow(RangeError);
    expect(() => new Resource(sim, -1)).toThrow(RangeError);
    expect(() => new Resource(sim, 1.5)).toThrow(RangeError);
    expect(() => resource.setCapacity(Number.NaN)).toThrow(RangeError);
    expect(resource.inUse).toBe(0);
  });

  it('tells onChange after every change in holders or queue', () => {
    const sim = new Simulation();
    const seen: [number, number][] = [];
    const resource = new Resource(sim, 1, { onChange: (r) => seen.push([r.inUse, r.queueLength]) });
    const a = resource.request();
    const b = resource.request();
    resource.release(a);
    resource.release(b);
    resource.setCapacity(2);
    expect(seen).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('preemption', () => {
  it('a preempting request takes the unit of a holder of strictly worse priority, which is interrupted with the cause', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const log: Use[] = [];
    user(sim, resource, log, 'low', 1, 10, { priority: 1 });
    user(sim, resource, log, 'high', 4, 2, { priority: 0, preempt: true });
    sim.run();
    const low = log.find((u) => u.name === 'low') as Use;
    const high = log.find((u) => u.name === 'high') as Use;
    expect(low.preemptedAt).toBe(4);
    expect(low.preempted?.resource).toBe(resource);
    expect(low.preempted?.usageSince).toBe(1);
    expect(low.preempted?.by?.priority).toBe(0);
    expect(high.granted).toBe(4);
    expect(high.released).toBe(6);
  });

  it('a preempting request waits like any other when no holder has worse priority', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const log: Use[] = [];
    user(sim, resource, log, 'equal', 0, 10, { priority: 1 });
    user(sim, resource, log, 'challenger', 4, 2, { priority: 1, preempt: true });
    sim.run();
    expect(log.map((u) => [u.name, u.granted, u.preemptedAt])).toEqual([
      ['equal', 0, undefined],
      ['challenger', 10, undefined],
    ]);
  });

  it('a resource made preemptive lets requests preempt by default, unless they say otherwise', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1, { preemptive: true });
    const log: Use[] = [];
    user(sim, resource, log, 'low', 0, 10, { priority: 2 });
    user(sim, resource, log, 'polite', 1, 1, { priority: 1, preempt: false });
    user(sim, resource, log, 'default', 2, 1, { priority: 0 });
    sim.run();
    expect(log.find((u) => u.name === 'low')?.preemptedAt).toBe(2);
    expect(log.map((u) => [u.name, u.granted])).toEqual([
      ['low', 0],
      ['default', 2],
      ['polite', 3],
    ]);
  });

  it('preempts the holder of worst priority, and among equals the one granted most recently', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 3);
    const log: Use[] = [];
    user(sim, resource, log, 'A1', 0, 100, { priority: 1 });
    user(sim, resource, log, 'B2', 1, 100, { priority: 2 });
    user(sim, resource, log, 'C2', 2, 100, { priority: 2 });
    for (const t of [10, 11, 12]) user(sim, resource, log, `P${t}`, t, 100, { priority: 0, preempt: true });
    sim.run({ until: 50 });
    const preempted = preemptedInOrder(log).map((u) => [u.name, u.preemptedAt]);
    expect(preempted).toEqual([
      ['C2', 10],
      ['B2', 11],
      ['A1', 12],
    ]);
  });

  it('among equal holders granted at the same instant, preempts the one granted last', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 3);
    const x = resource.request({ priority: 0 });
    const a = resource.request({ priority: 1 });
    const b = resource.request({ priority: 1 });
    // Releasing the first holder reorders the others internally; it must not
    // change which of the two is the more recent.
    resource.release(x);
    resource.setCapacity(2);
    resource.request({ priority: 0, preempt: true });
    expect(b.status).toBe('released');
    expect(a.status).toBe('granted');
  });

  it('a holder with no process (requested outside one) simply loses its unit', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 1);
    const victim = resource.request({ priority: 5 });
    const taker = resource.request({ priority: 0, preempt: true });
    expect(victim.status).toBe('released');
    expect(taker.status).toBe('granted');
    expect(resource.holders).toEqual([taker]);
    expect(() => sim.run()).not.toThrow();
  });
});

describe('changing capacity', () => {
  it('lowered without preempt: holders finish, and nobody is granted until use falls below the new capacity', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 3);
    const log: Use[] = [];
    user(sim, resource, log, 'H10', 0, 10);
    user(sim, resource, log, 'H15', 0, 15);
    user(sim, resource, log, 'H20', 0, 20);
    user(sim, resource, log, 'W', 1, 1);
    sim.call(5, () => resource.setCapacity(1));
    const inUse: [number, number][] = [];
    for (const t of [5, 12, 17]) sim.call(t, () => inUse.push([t, resource.inUse]), 5);
    sim.run();
    expect(inUse).toEqual([
      [5, 3],
      [12, 2],
      [17, 1],
    ]);
    expect(log.map((u) => [u.name, u.granted, u.released, u.preemptedAt])).toEqual([
      ['H10', 0, 10, undefined],
      ['H15', 0, 15, undefined],
      ['H20', 0, 20, undefined],
      ['W', 20, 21, undefined],
    ]);
  });

  it('lowered with preempt: the worst-priority, most recently granted holders are interrupted, by nobody', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 4);
    const log: Use[] = [];
    user(sim, resource, log, 'best', 0, 100, { priority: 0 });
    user(sim, resource, log, 'worst-early', 1, 100, { priority: 3 });
    user(sim, resource, log, 'worst-late', 2, 100, { priority: 3 });
    user(sim, resource, log, 'middle', 3, 100, { priority: 1 });
    sim.call(5, () => resource.setCapacity(1, { preempt: true }));
    sim.run({ until: 50 });
    const preempted = preemptedInOrder(log);
    expect(preempted.map((u) => [u.name, u.preemptedAt])).toEqual([
      ['worst-late', 5],
      ['worst-early', 5],
      ['middle', 5],
    ]);
    expect(preempted.every((u) => u.preempted?.by === null)).toBe(true);
    expect(preempted.find((u) => u.name === 'worst-early')?.preempted?.usageSince).toBe(1);
    expect(resource.holders.map((r) => r.priority)).toEqual([0]);
  });

  it('raised while requests wait: they are served at once, in priority then arrival order', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 0);
    const log: Use[] = [];
    user(sim, resource, log, 'a2', 1, 10, { priority: 2 });
    user(sim, resource, log, 'b0', 2, 10, { priority: 0 });
    user(sim, resource, log, 'c2', 3, 10, { priority: 2 });
    user(sim, resource, log, 'd1', 4, 10, { priority: 1 });
    sim.call(5, () => resource.setCapacity(3));
    sim.run({ until: 6 });
    expect(log.map((u) => [u.name, u.granted])).toEqual([
      ['b0', 5],
      ['d1', 5],
      ['a2', 5],
    ]);
    expect(resource.queueLength).toBe(1);
    sim.run();
    expect(log.map((u) => [u.name, u.granted])).toEqual([
      ['b0', 5],
      ['d1', 5],
      ['a2', 5],
      ['c2', 15],
    ]);
  });

  it('a release grants the best waiting request', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, 2);
    const holders: Request[] = [resource.request(), resource.request()];
    const waiting = [resource.request({ priority: 1 }), resource.request({ priority: 0 })];
    resource.release(holders[0]);
    expect(waiting.map((r) => r.status)).toEqual(['waiting', 'granted']);
    resource.release(holders[1]);
    expect(waiting.map((r) => r.status)).toEqual(['granted', 'granted']);
  });
});
