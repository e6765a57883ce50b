/**
 * The floor under the M/M/c benchmark: the same queue, from the same random
 * streams, with each customer a bare generator resumed straight from the
 * engine's event calendar, and none of the machinery of processes, events
 * and resources (no priorities, interrupts, preemption, failures, waiting
 * on events or monitoring).
 *
 * Not a way to write models: it measures what generator resumes, the
 * calendar and the random draws alone cost on this machine, so the engine's
 * own figure (`bench mmc`) can be read against the least any engine built
 * on generator processes could spend.
 */
import { EventCalendar, RandomStreams, Tally } from '../engine/index.ts';
import type { MmcBenchmarkOptions, MmcBenchmarkResult } from './mmc.ts';

/** What a customer yields to wait for a server rather than for a time. */
const WAIT_FOR_SERVER = -1;

type Customer = Generator<number, void, void>;

export interface FloorQueueResult {
  customers: number;
  events: number;
  simTime: number;
  wq: Tally;
  w: Tally;
  utilisation: number;
}

/** Runs the queue until every customer has arrived and left. */
export function runGeneratorFloor(options: MmcBenchmarkOptions): FloorQueueResult {
  const calendar = new EventCalendar<Customer>();
  const streams = new RandomStreams(options.seed);
  // The stream names of the engine's queue model, so both see the same draws.
  const arrivalsRng = streams.stream('arrivals');
  const serviceRng = streams.stream('service');
  const meanService = 1 / options.mu;
  const wq = new Tally();
  const w = new Tally();
  const clock = { now: 0, serviceTime: 0 };
  let freeServers = options.servers;
  // Customers waiting for a server, first come first served; the array is
  // emptied whenever the queue is, which at any load below 1 keeps it short.
  const waiting: (Customer | undefined)[] = [];
  let head = 0;

  function resume(customer: Customer): void {
    const next = customer.next();
    if (next.done) return;
    if (next.value === WAIT_FOR_SERVER) waiting.push(customer);
    else calendar.push(clock.now + next.value, 0, customer);
  }

  function* customer(): Customer {
    const arrivedAt = clock.now;
    if (freeServers > 0) freeServers--;
    else yield WAIT_FOR_SERVER;
    const waited = clock.now - arrivedAt;
    const serviceTime = serviceRng.exponential(meanService);
    yield serviceTime;
    // The server passes to the longest waiting customer, through the calendar as a grant would.
    if (head < waiting.length) {
      calendar.push(clock.now, 0, waiting[head] as Customer);
      waiting[head++] = undefined;
      if (head === waiting.length) waiting.length = head = 0;
    } else {
      freeServers++;
    }
    clock.serviceTime += serviceTime;
    wq.add(waited);
    w.add(clock.now - arrivedAt);
  }

  function* source(): Customer {
    const meanGap = 1 / options.lambda;
    for (let i = 0; i < options.customers; i++) {
      yield arrivalsRng.exponential(meanGap);
      resume(customer());
    }
  }

  resume(source());
  for (;;) {
    const next = calendar.pop();
    if (next === undefined) break;
    clock.now = calendar.currentTime;
    resume(next);
  }
  return {
    customers: options.customers,
    events: 2 * options.customers,
    simTime: clock.now,
    wq,
    w,
    utilisation: clock.serviceTime / clock.now / options.servers,
  };
}

/** The engine benchmark's record, marked as the floor's (the two are otherwise alike in `bench all`). */
export type FloorBenchmarkResult = { benchmark: 'floor' } & MmcBenchmarkResult;

/** Runs the floor and reports its speed; only the simulation loop is timed. */
export function benchmarkGeneratorFloor(options: MmcBenchmarkOptions): FloorBenchmarkResult {
  const started = performance.now();
  const result = runGeneratorFloor(options);
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    benchmark: 'floor',
    customers: result.customers,
    events: result.events,
    simTime: result.simTime,
    wq: result.wq.mean,
    w: result.w.mean,
    utilisation: result.utilisation,
    wallSeconds,
    eventsPerSecond: result.events / wallSeconds,
    customersPerSecond: result.customers / wallSeconds,
  };
}
