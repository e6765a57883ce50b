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
 *
 * With `apiCosts` the floor also pays what the engine's public API makes
 * unavoidable, and nothing else:
 * - a process starts after the step that created it, ahead of ordinary
 *   events at that instant, so each customer starts from the calendar's
 *   urgent queue rather than inside the arrival's step;
 * - a process waits for a server by yielding its request, so it is resumed
 *   once more even when a server is free;
 * - a process and a request are objects a model can hold (to wait for the
 *   process, interrupt it, or release the request), so each customer makes
 *   one of each, with the fewest fields that their part in the API needs.
 * An engine with this API can hardly come closer to the floor than this.
 */
import { EventCalendar, Fifo, RandomStreams, Tally, URGENT } from '../engine/index.ts';
import { timeQueueRun, type MmcBenchmarkOptions, type MmcBenchmarkResult, type TimedQueueRun } from './mmc.ts';

/** What a customer yields to wait for a server rather than for a time. */
const WAIT_FOR_SERVER = -1;
/** What a customer yields, with `apiCosts`, when a server was free: it is resumed at once. */
const SERVER_GRANTED = -2;

type Customer = Generator<number, void, void>;

export interface FloorOptions extends MmcBenchmarkOptions {
  /** Also pay the costs the engine's public API makes unavoidable (see above); default false. */
  apiCosts?: boolean;
}

/** The least a process must carry: its generator, whether it has ended and with what, who waits for it, when its hold ends. */
class ProcessRecord {
  ended = false;
  value: unknown = undefined;
  waiter: unknown = null;
  holdUntil = NaN;
  body: Customer | null = null;
}

/** The least a request must carry: its process and priority, whether it is granted and when, who waits for it. */
class RequestRecord {
  granted = false;
  grantedAt = NaN;
  waiter: unknown = null;
  constructor(
    readonly holder: ProcessRecord,
    readonly priority: number,
  ) {}
}

/** Runs the queue until every customer has arrived and left. */
export function runGeneratorFloor(options: FloorOptions): TimedQueueRun {
  const apiCosts = options.apiCosts ?? false;
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
    let next = customer.next();
    if (next.value === SERVER_GRANTED) next = customer.next();
    if (next.done) return;
    if (next.value === WAIT_FOR_SERVER) waiting.push(customer);
    else calendar.push(run.now + next.value, 0, customer);
  }

  function* customer(customerProcess: ProcessRecord | null): Customer {
    const arrivedAt = run.now;
    const request = customerProcess === null ? null : new RequestRecord(customerProcess, 0);
    if (freeServers > 0) {
      freeServers--;
      if (request !== null) yield SERVER_GRANTED;
    } else {
      yield WAIT_FOR_SERVER;
    }
    const waited = run.now - arrivedAt;
    if (request !== null) {
      request.granted = true;
      request.grantedAt = run.now;
    }
    const serviceTime = serviceRng.exponential(meanService);
    if (customerProcess !== null) customerProcess.holdUntil = run.now + serviceTime;
    yield serviceTime;
    if (customerProcess !== null) {
      customerProcess.holdUntil = NaN;
      customerProcess.ended = true;
    }
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
      if (apiCosts) {
        const customerProcess = new ProcessRecord();
        customerProcess.body = customer(customerProcess);
        calendar.push(run.now, URGENT, customerProcess.body);
      } else {
        resume(customer(null));
      }
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

/** The engine benchmark's record, marked as the floor's (the records are otherwise alike in `bench all`). */
export type FloorBenchmarkResult = { benchmark: 'floor' | 'floor-with-api-costs' } & MmcBenchmarkResult;

/** Runs the floor and reports its speed; only the simulation is timed. */
export function benchmarkGeneratorFloor(options: FloorOptions): FloorBenchmarkResult {
  const benchmark = options.apiCosts ? 'floor-with-api-costs' : 'floor';
  return { benchmark, ...timeQueueRun(options, runGeneratorFloor) };
}
