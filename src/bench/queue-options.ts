/**
 * What the queue benchmarks (`bench mmc`, `bench floor`) accept, checked
 * before anything runs: each run must end, in bounded time and memory.
 */
import type { MmcBenchmarkOptions } from './mmc.ts';

/**
 * The most customers a queue benchmark simulates: a hundred times the
 * README's million, a minute or two on the reference machine. Two events a
 * customer, so time grows with it; memory does not, in a stable queue.
 */
export const maxCustomers = 100_000_000;

/** The most servers: far beyond any queue worth timing. */
export const maxServers = 1_000_000;

/**
 * Arrival and service rates, from 0.000001 to 1,000,000: their reciprocals,
 * the mean gap and the mean service time, and the draws from them stay
 * ordinary finite numbers.
 */
export const rateRange = { min: 1e-6, max: 1e6 } as const;

/** A queue benchmark's option out of range: the user's to fix. */
export class BenchOptionError extends Error {
  /** The command line reports it in plain words with exit code 2 (see src/cli/errors.ts). */
  readonly isUserError = true;

  constructor(message: string) {
    super(message);
    this.name = 'BenchOptionError';
  }
}

const wholeFrom = (min: number, max: number) => `a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`;

/** Throws a BenchOptionError naming the first option out of range, or a queue that cannot settle. */
export function checkQueueOptions(options: MmcBenchmarkOptions): void {
  const { lambda, mu, servers, customers, seed } = options;
  const rate = `a number from ${rateRange.min.toFixed(6)} to ${rateRange.max.toLocaleString('en-GB')}`;
  const isRate = (value: number) => value >= rateRange.min && value <= rateRange.max;
  if (!isRate(lambda)) throw new BenchOptionError(`--lambda (the arrival rate) must be ${rate}; found ${lambda}`);
  if (!isRate(mu)) throw new BenchOptionError(`--mu (the service rate of one server) must be ${rate}; found ${mu}`);
  if (!Number.isInteger(servers) || servers < 1 || servers > maxServers) throw new BenchOptionError(`--servers must be ${wholeFrom(1, maxServers)}; found ${servers}`);
  if (!Number.isInteger(customers) || customers < 1 || customers > maxCustomers) {
    throw new BenchOptionError(`--customers must be ${wholeFrom(1, maxCustomers)}; found ${customers}`);
  }
  if (!Number.isSafeInteger(seed)) throw new BenchOptionError(`--seed must be a whole number; found ${seed}`);
  const capacity = servers * mu;
  if (!(lambda < capacity)) {
    throw new BenchOptionError(
      `--lambda ${lambda} must be less than --servers × --mu (${servers} × ${mu} = ${Number(capacity.toPrecision(12))}): ` +
        'customers arriving as fast as the servers can serve them, or faster, make a queue that grows without end, and with it the memory',
    );
  }
}
