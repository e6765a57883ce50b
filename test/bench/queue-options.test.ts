/**
 * The queue benchmarks refuse, before running, any option that would make
 * the run endless, unbounded in memory or meaningless, naming the option and
 * what was expected.
 */
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/cli/errors.ts';
import { benchmarkGeneratorFloor } from '../../src/bench/generator-floor.ts';
import { benchmarkMmc } from '../../src/bench/mmc.ts';
import { checkQueueOptions, maxCustomers, maxServers } from '../../src/bench/queue-options.ts';

/** The README's benchmark queue. */
const readme = { lambda: 9, mu: 1, servers: 10, customers: 1_000_000, seed: 1 };

/** The error `check` throws (failing the test if it throws none). */
function thrownBy(check: () => unknown): Error {
  try {
    check();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error; none was thrown');
}

describe('checkQueueOptions', () => {
  it("accepts the README's queue and the limits themselves", () => {
    expect(() => checkQueueOptions(readme)).not.toThrow();
    expect(() => checkQueueOptions({ ...readme, customers: maxCustomers, servers: maxServers })).not.toThrow();
    expect(() => checkQueueOptions({ ...readme, lambda: 0.000001, mu: 1_000_000, servers: 1, customers: 1 })).not.toThrow();
  });

  it.each([
    [{ lambda: -1 }, '--lambda (the arrival rate) must be a number from 0.000001 to 1,000,000; found -1'],
    [{ lambda: 0 }, '--lambda (the arrival rate) must be a number from 0.000001 to 1,000,000; found 0'],
    [{ lambda: Number.NaN }, '--lambda (the arrival rate) must be a number from 0.000001 to 1,000,000; found NaN'],
    [{ lambda: Number.POSITIVE_INFINITY }, '--lambda (the arrival rate) must be a number from 0.000001 to 1,000,000; found Infinity'],
    [{ mu: 0 }, '--mu (the service rate of one server) must be a number from 0.000001 to 1,000,000; found 0'],
    [{ mu: 5e-324 }, '--mu (the service rate of one server) must be a number from 0.000001 to 1,000,000; found 5e-324'],
    [{ servers: 0 }, '--servers must be a whole number from 1 to 1,000,000; found 0'],
    [{ servers: 10.5 }, '--servers must be a whole number from 1 to 1,000,000; found 10.5'],
    [{ customers: 1e15 }, '--customers must be a whole number from 1 to 100,000,000; found 1000000000000000'],
    [{ customers: 0 }, '--customers must be a whole number from 1 to 100,000,000; found 0'],
    [{ customers: 1.5 }, '--customers must be a whole number from 1 to 100,000,000; found 1.5'],
    [{ customers: Number.NaN }, '--customers must be a whole number from 1 to 100,000,000; found NaN'],
    [{ seed: 0.5 }, '--seed must be a whole number; found 0.5'],
  ])('refuses %o in words the user can act on', (change, message) => {
    const error = thrownBy(() => checkQueueOptions({ ...readme, ...change }));
    expect(error.message).toBe(message);
    expect(isUserError(error)).toBe(true);
  });

  it('refuses a queue whose arrivals match or outrun its servers, saying why', () => {
    for (const lambda of [10, 11, 1e6]) {
      const error = thrownBy(() => checkQueueOptions({ ...readme, lambda }));
      expect(error.message).toBe(
        `--lambda ${lambda} must be less than --servers × --mu (10 × 1 = 10): customers arriving as fast as the servers can serve them, or faster, make a queue that grows without end, and with it the memory`,
      );
      expect(isUserError(error)).toBe(true);
    }
    expect(() => checkQueueOptions({ ...readme, lambda: 9.99 })).not.toThrow();
  });
});

describe('the queue benchmarks', () => {
  // A few customers: the queue being unstable is all that is wrong, so a benchmark that did not check would run and return.
  const unstable = { lambda: 20, mu: 1, servers: 10, customers: 100, seed: 1 };

  it('check their options before running', () => {
    expect(isUserError(thrownBy(() => benchmarkMmc(unstable)))).toBe(true);
    expect(isUserError(thrownBy(() => benchmarkGeneratorFloor(unstable)))).toBe(true);
    expect(isUserError(thrownBy(() => benchmarkGeneratorFloor({ ...unstable, apiCosts: true })))).toBe(true);
    expect(benchmarkMmc({ ...unstable, lambda: 9 }).customers).toBe(100);
  });
});
