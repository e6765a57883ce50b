/**
 * The floor under the M/M/c benchmark: the same queue, from the same random
 * streams, with each customer a bare generator resumed straight from the
 * engine's event calendar, and none of the machinery of processes, events
 * and resources (no priorities, interrupts, preemption, failures, waiting
 * on events or monitoring).
 *
 * Not a way to write models: a yardstick. It measures what this engine's
 * calendar, its random draws and the generator resumes cost on their own on
 * this machine, so the engine's figure (`bench mmc`) can be read against
 * them: the difference is the price of the process, event and resource
 * machinery.
 */
import { EventCalendar, Fifo, RandomStreams, Tally } from '../engine/index.ts';
import { timeQueueRun, type MmcBenchmarkOptions, type MmcBenchmarkResult, type TimedQueueRun } from './mmc.ts';

/** What a customer yields to wait for a server rather than for a time. */
const WAIT_FOR_SERVER = -1;

type Customer = Generator<number, void, void>;

/** Runs the queue until every customer has arrived and left. */
export function runGeneratorFloor(options: MmcBenchmarkOptions): TimedQueueRun {
  const calendar = new EventCalendar<Customer>();
  const streams = new RandomStreams(options.seed);
  // The stream names of the engine's queue model, so both see the same draws.
  const arrivalsRng = streams.stream('arrivals');
  const serviceRng = streams.stream('service');
  const meanService = 1 / options.mu;
  const wq = new Tally();
  const w = new Tally();
  // The clock and the totals live in an object's fields rather than in `let`
  // variables: a closure variable holding a fractional number is boxed afresh
  // on every update, a field is updated in place.
  const run = { now: 0, serviceTime: 0, arrivals: 0, departures: 0 };
  let freeServers = options.servers;
  // Customers waiting for a server, first come first served.
  const waiting = new Fifo<Customer>();

  function resume(customer: Customer): void {
    const next = customer.next();
    if (next.done) return;
    if (next.value === WAIT_FOR_SERVER) waiting.push(customer);
    else calendar.push(run.now + next.value, 0, customer);
  }

  function* customer(): Customer {
    const arrivedAt = run.now;
    if (freeServers > 0) freeServers--;
    else yield WAIT_FOR_SERVER;
    const waited = run.now - arrivedAt;
    const serviceTime = serviceRng.exponential(meanService);
    yield serviceTime;
    // The server passes to the longest waiting customer, through the calendar as a grant would.
    const longestWaiting = waiting.shift();
    if (longestWaiting !== undefined) calendar.push(run.now, 0, longestWaiting);
    else freeServers++;
    run.serviceTime += serviceTime;
    run.departures++;
    wq.add(waited);
    w.add(run.now - arrivedAt);
  }

  function* source(): Customer {
    const meanGap = 1 / options.lambda;
    for (let i = 0; i < options.customers; i++) {
      yield arrivalsRng.exponential(meanGap);
      run.arrivals++;
      resume(customer());
    }
  }

  resume(source());
  for (;;) {
    const next = calendar.pop();
    if (next === undefined) break;
    run.now = calendar.currentTime;
    resume(next);
  }
  return {
    customers: options.customers,
    events: run.arrivals + run.departures,
    simTime: run.now,
    wq,
    w,
    utilisation: run.serviceTime / run.now / options.servers,
  };
}

/** The engine benchmark's record, marked as the floor's (the two are otherwise alike in `bench all`). */
export type FloorBenchmarkResult = { benchmark: 'floor' } & MmcBenchmarkResult;

/** Runs the floor and reports its speed; only the simulation is timed. */
export function benchmarkGeneratorFloor(options: MmcBenchmarkOptions): FloorBenchmarkResult {
  return { benchmark: 'floor', ...timeQueueRun(options, runGeneratorFloor) };
}
