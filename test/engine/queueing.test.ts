/**
 * The engine against queueing theory: the bench queue model (written with the
 * public process and resource API) must reproduce Erlang C, Pollaczek–Khinchine
 * and Cobham's formula.
 *
 * Method: R independent replications per model (fixed seeds "<name>/0" …
 * "<name>/R−1"), each starting empty, discarding its first `warmup`
 * customers (time averages start at the first measured arrival), and
 * measuring the rest. Each estimate is the mean over replications with a 95%
 * Student-t interval (R − 1 degrees of freedom); the analytic value must lie
 * inside it. No tolerance is chosen by hand: every interval's width comes from
 * the spread of the replication means. So that an interval cannot pass merely
 * by being wide, each must also be narrow: its half-width at most
 * MAX_RELATIVE_HALF_WIDTH of the analytic value, a bound fixed before the
 * runs from the design target of intervals "a few percent" wide.
 *
 * Little's law is checked on every model: the time-average number in system
 * (queue) and λ × mean time in system (queue) must agree within the combined
 * half-width √(h_L² + (λ h_W)²). Conservation: every replication ends empty
 * with arrivals = departures, and runs stopped mid-flight balance arrivals
 * against departures plus those still present, counted by the resource itself.
 *
 * Set OMSIM_QUEUEING_REPORT=1 to print the analytic values and intervals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQueueModel, type QueueModelOptions } from '../../src/bench/queue-model.ts';
import { cobham, erlangB, erlangC, md1, mmc, type QueueMeasures } from './support/queueing-theory.ts';
import { ReplicationPool, seeds, type ReplicationSummary } from './support/replicate.ts';
import { covers, describe as show, tInterval, type Interval } from './support/stats.ts';

const REPLICATIONS = 20;
/** Design target for every interval: half-width within 5% of the analytic value. */
const MAX_RELATIVE_HALF_WIDTH = 0.05;

const report: string[] = [];
let pool: ReplicationPool;
beforeAll(() => {
  pool = new ReplicationPool();
});
afterAll(async () => {
  await pool.close();
  if (process.env.OMSIM_QUEUEING_REPORT) console.log(report.join('\n'));
});

/** Asserts the analytic value lies in the interval and the interval is narrow; records both. */
function expectCovered(label: string, interval: Interval, analytic: number): void {
  report.push(`${label.padEnd(34)} analytic ${analytic.toPrecision(6).padEnd(10)} simulated ${show(interval)}`);
  expect(covers(interval, analytic), `${label}: analytic ${analytic} outside ${show(interval)}`).toBe(true);
  expect(interval.halfWidth / Math.abs(analytic), `${label}: interval too wide to mean anything: ${show(interval)}`).toBeLessThanOrEqual(MAX_RELATIVE_HALF_WIDTH);
}

/**
 * Little's law L = λW, replication by replication: L and λW come from the
 * same customers, so the interval of their paired difference must hold 0.
 */
function expectLittle(label: string, lambda: number, runs: readonly ReplicationSummary[], l: (run: ReplicationSummary) => number, w: (run: ReplicationSummary) => number): void {
  const difference = intervalOf(runs, (run) => l(run) - lambda * w(run));
  report.push(`${label.padEnd(34)} L − λW = ${show(difference)}`);
  expect(covers(difference, 0), `${label}: L − λW = ${show(difference)}`).toBe(true);
}

function intervalOf(runs: readonly ReplicationSummary[], pick: (run: ReplicationSummary) => number): Interval {
  return tInterval(runs.map(pick));
}

/** Every replication ran to empty: all arrivals departed, all measured. */
function expectConservedToEmpty(runs: readonly ReplicationSummary[], customers: number, warmup: number): void {
  for (const run of runs) {
    expect(run.arrivals).toBe(customers);
    expect(run.inSystemAtEnd).toBe(0);
    expect(run.inServiceAtEnd + run.inQueueAtEnd).toBe(0);
    expect(run.measured).toBe(customers - warmup);
  }
}

/** Runs stopped part-way balance: the customers present are those the resource holds or queues. */
function expectConservedMidRun(options: Omit<QueueModelOptions, 'seed' | 'until'>, untils: readonly number[]): void {
  let present = 0;
  for (const [i, until] of untils.entries()) {
    const run = runQueueModel({ ...options, seed: `mid-run/${i}`, until });
    expect(run.simTime).toBe(until);
    expect(run.inSystemAtEnd).toBe(run.inServiceAtEnd + run.inQueueAtEnd);
    present += run.inSystemAtEnd;
  }
  // The check bites only if someone was still there when a run stopped.
  expect(present).toBeGreaterThan(0);
}

interface Check {
  name: string;
  lambda: number;
  mu: number;
  servers: number;
  customers: number;
  warmup: number;
  service?: 'exponential' | 'deterministic';
  analytic: QueueMeasures;
}

async function checkQueue(check: Check): Promise<ReplicationSummary[]> {
  const { name, lambda, mu, servers, customers, warmup, analytic } = check;
  const options = { lambda, mu, servers, customers, warmupCustomers: warmup, service: check.service ?? 'exponential', monitor: true } as const;
  const runs = await pool.run(options, seeds(name, REPLICATIONS));
  expectConservedToEmpty(runs, customers, warmup);
  const wq = intervalOf(runs, (r) => r.wq);
  const w = intervalOf(runs, (r) => r.w);
  const lq = intervalOf(runs, (r) => r.lq);
  const l = intervalOf(runs, (r) => r.l);
  const utilisation = intervalOf(runs, (r) => r.utilisation);
  expectCovered(`${name} Wq`, wq, analytic.wq);
  expectCovered(`${name} W`, w, analytic.w);
  expectCovered(`${name} Lq`, lq, analytic.lq);
  expectCovered(`${name} L`, l, analytic.l);
  expectCovered(`${name} utilisation`, utilisation, analytic.utilisation);
  expectLittle(`${name} Little L = λW`, lambda, runs, (r) => r.l, (r) => r.w);
  expectLittle(`${name} Little Lq = λWq`, lambda, runs, (r) => r.lq, (r) => r.wq);
  expectConservedMidRun({ ...options, customers: 20_000, warmupCustomers: 0 }, [500, 1000, 1500, 2000, 2500].map((t) => t / lambda));
  return runs;
}

describe('the analytic formulas used as references', () => {
  it('Erlang B and C match hand-computable cases', () => {
    // One server: B = a / (1 + a), C = a (an arrival waits iff the server is busy).
    expect(erlangB(1, 0.7)).toBeCloseTo(0.7 / 1.7, 12);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    // Two servers, a = 1: B = (1/2) / (1 + 1 + 1/2) = 0.2, C = 2B / (2 − a(1 − B)) = 1/3.
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // M/M/1 Wq = ρ / (μ − λ).
    expect(mmc(0.7, 1, 1).wq).toBeCloseTo(0.7 / 0.3, 12);
    // Cobham's classes average to the single-class wait (the conservation law).
    const classes = cobham(0.7, 1, 1, [0.4, 0.6]);
    expect(0.4 * classes[0] + 0.6 * classes[1]).toBeCloseTo(mmc(0.7, 1, 1).wq, 12);
  });
});

describe('M/M/c against Erlang C', () => {
  it('M/M/1 at ρ = 0.7 matches Wq = ρ/(μ − λ), W, Lq, L and utilisation', async () => {
    await checkQueue({ name: 'M/M/1 ρ=0.7', lambda: 0.7, mu: 1, servers: 1, customers: 80_000, warmup: 5_000, analytic: mmc(0.7, 1, 1) });
  });

  it('M/M/3 at ρ = 0.7 matches Erlang C', async () => {
    await checkQueue({ name: 'M/M/3 ρ=0.7', lambda: 2.1, mu: 1, servers: 3, customers: 80_000, warmup: 5_000, analytic: mmc(2.1, 1, 3) });
  });

  it('M/M/10 at ρ = 0.7 matches Erlang C', async () => {
    await checkQueue({ name: 'M/M/10 ρ=0.7', lambda: 7, mu: 1, servers: 10, customers: 160_000, warmup: 5_000, analytic: mmc(7, 1, 10) });
  });

  it('M/M/50 at ρ = 0.8 matches Erlang C', async () => {
    // Only about one arrival in ten waits here and Wq is a hundredth of the
    // service time, so Wq and Lq are the hardest quantities to pin down.
    await checkQueue({
      name: 'M/M/50 ρ=0.8',
      lambda: 40,
      mu: 1,
      servers: 50,
      customers: 550_000,
      warmup: 10_000,
      analytic: mmc(40, 1, 50),
    });
  });
});

describe('M/D/1 against Pollaczek–Khinchine', () => {
  it('M/D/1 at ρ = 0.7 matches Wq = λE[S²]/(2(1 − ρ))', async () => {
    await checkQueue({ name: 'M/D/1 ρ=0.7', lambda: 0.7, mu: 1, servers: 1, customers: 60_000, warmup: 5_000, service: 'deterministic', analytic: md1(0.7, 1) });
  });
});

describe('non-preemptive priority queues against Cobham', () => {
  async function checkPriority(name: string, lambda: number, servers: number, shares: number[], customers: number): Promise<void> {
    const warmup = 5_000;
    const options = { lambda, mu: 1, servers, customers, warmupCustomers: warmup, classShares: shares, monitor: true } as const;
    const runs = await pool.run(options, seeds(name, REPLICATIONS));
    expectConservedToEmpty(runs, customers, warmup);
    const expected = cobham(lambda, 1, servers, shares);
    for (const [k, analytic] of expected.entries()) {
      expectCovered(`${name} class ${k} Wq`, intervalOf(runs, (r) => r.wqByClass[k]), analytic);
    }
    // Priorities reorder the queue but do not change the total work, so the
    // overall figures are still those of M/M/c, and Little's law holds.
    const all = mmc(lambda, 1, servers);
    expectCovered(`${name} overall Wq`, intervalOf(runs, (r) => r.wq), all.wq);
    expectCovered(`${name} utilisation`, intervalOf(runs, (r) => r.utilisation), all.utilisation);
    expectLittle(`${name} Little L = λW`, lambda, runs, (r) => r.l, (r) => r.w);
    expectLittle(`${name} Little Lq = λWq`, lambda, runs, (r) => r.lq, (r) => r.wq);
    expectConservedMidRun({ ...options, customers: 20_000, warmupCustomers: 0 }, [500, 1000, 1500, 2000, 2500].map((t) => t / lambda));
  }

  it('two-class M/M/1 at ρ = 0.7 gives each class the Wq of Cobham’s formula', async () => {
    await checkPriority('priority M/M/1 ρ=0.7', 0.7, 1, [0.4, 0.6], 100_000);
  });

  it('three-class M/M/3 at ρ = 0.8 gives each class the Wq of Cobham’s formula', async () => {
    await checkPriority('priority M/M/3 ρ=0.8', 2.4, 3, [0.2, 0.3, 0.5], 100_000);
  });
});
