/**
 * A multi-server queue (M/M/c, M/D/c, or with priority classes) written with
 * the engine's public process and resource API: the benchmark's workload and
 * the engine's validation model.
 */
import { RandomStreams, Resource, Simulation, Tally, TimeWeighted, type ProcessBody } from '../engine/index.ts';

export interface QueueModelOptions {
  /** Arrival rate (customers per unit time), Poisson arrivals. */
  lambda: number;
  /** Service rate of one server. */
  mu: number;
  servers: number;
  customers: number;
  seed: number | string;
  /** 'exponential' (M/M/c) or 'deterministic' (M/D/c) service. */
  service?: 'exponential' | 'deterministic';
  /** Share of arrivals in each priority class, best first; default one class. */
  classShares?: readonly number[];
  /** Customers whose statistics are discarded at the start. */
  warmupCustomers?: number;
  /** Track time-average queue and system sizes (needed for Little's law; off for speed). */
  monitor?: boolean;
  /** Stop the run at this time even if customers are still present (default: run until all have left). */
  until?: number;
}

export interface QueueModelResult {
  customers: number;
  /** Scheduled model events: one arrival and one departure per customer. */
  events: number;
  simTime: number;
  /** Mean wait in queue and in system, over all and per class. */
  wq: Tally;
  w: Tally;
  wqByClass: Tally[];
  /**
   * Time-average number in queue, in system, and busy servers, from the
   * arrival of the first customer after the warm-up to the end of the run.
   */
  lq: number;
  l: number;
  busy: number;
  utilisation: number;
  /** Length of the window the time averages cover. */
  measuredTime: number;
  arrivals: number;
  departures: number;
  /** Customers that arrived and had not left when the run ended. */
  inSystemAtEnd: number;
  /** What the server resource itself held and queued when the run ended. */
  inServiceAtEnd: number;
  inQueueAtEnd: number;
}

/** Builds and runs the queue until `customers` have arrived and all have left. */
export function runQueueModel(options: QueueModelOptions): QueueModelResult {
  const sim = new Simulation();
  const streams = new RandomStreams(options.seed);
  const arrivalsRng = streams.stream('arrivals');
  const serviceRng = streams.stream('service');
  const classRng = streams.stream('class');
  const shares = options.classShares ?? [1];
  const meanService = 1 / options.mu;
  const deterministic = options.service === 'deterministic';
  const warmup = options.warmupCustomers ?? 0;

  const wq = new Tally();
  const w = new Tally();
  const wqByClass = shares.map(() => new Tally());
  const inQueue = new TimeWeighted();
  const inSystem = new TimeWeighted();
  const busy = new TimeWeighted();
  const monitor = options.monitor ?? true;
  // Service time of the customers measured (those after the warm-up). A
  // field, not a `let`: a closure variable holding a fractional number is
  // boxed afresh on every update, a field is updated in place.
  const served = { time: 0 };
  let measuredFrom = 0;
  const servers = new Resource(sim, options.servers, {
    onChange: monitor
      ? (r) => {
          inQueue.update(sim.now, r.queueLength);
          busy.update(sim.now, r.inUse);
        }
      : undefined,
  });
  let arrivals = 0;
  let departures = 0;
  let present = 0;

  function* customer(index: number, priority: number): ProcessBody<void> {
    const arrivedAt = sim.now;
    present++;
    if (monitor) inSystem.add(sim.now, 1);
    const request = servers.request({ priority });
    yield request;
    const waited = sim.now - arrivedAt;
    const serviceTime = deterministic ? meanService : serviceRng.exponential(meanService);
    yield serviceTime;
    servers.release(request);
    present--;
    if (monitor) inSystem.add(sim.now, -1);
    departures++;
    if (index >= warmup) {
      served.time += serviceTime;
      wq.add(waited);
      if (shares.length > 1) wqByClass[priority].add(waited);
      w.add(sim.now - arrivedAt);
    }
  }

  function* source(): ProcessBody<void> {
    const meanGap = 1 / options.lambda;
    for (let i = 0; i < options.customers; i++) {
      yield arrivalsRng.exponential(meanGap);
      arrivals++;
      if (i === warmup && warmup > 0) {
        // The measurement window opens with the first measured arrival.
        measuredFrom = sim.now;
        inQueue.reset(sim.now);
        inSystem.reset(sim.now);
        busy.reset(sim.now);
      }
      const priority = shares.length === 1 ? 0 : classRng.discrete(shares);
      sim.process(customer(i, priority));
    }
  }

  sim.process(source(), 'source');
  sim.run(options.until === undefined ? {} : { until: options.until });
  const end = sim.now;
  const span = end - measuredFrom;
  // Monitored: the exact time average of busy servers; otherwise the measured
  // customers' service time over the window (equal up to the edges of the window).
  const busyServers = monitor ? busy.mean(end) : served.time / span;
  return {
    customers: options.customers,
    events: arrivals + departures,
    simTime: end,
    wq,
    w,
    wqByClass,
    lq: inQueue.mean(end),
    l: inSystem.mean(end),
    busy: busyServers,
    utilisation: busyServers / options.servers,
    measuredTime: span,
    arrivals,
    departures,
    inSystemAtEnd: present,
    inServiceAtEnd: servers.inUse,
    inQueueAtEnd: servers.queueLength,
  };
}
