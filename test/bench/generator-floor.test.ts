/**
 * The floor benchmark must simulate the very queue the engine benchmark
 * does, or comparing their speeds would mean nothing: from the same seed it
 * must give the same customers the same waits.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkGeneratorFloor, runGeneratorFloor } from '../../src/bench/generator-floor.ts';
import { runQueueModel } from '../../src/bench/queue-model.ts';

describe('generator floor', () => {
  it.each([
    { lambda: 9, mu: 1, servers: 10, apiCosts: false },
    { lambda: 0.8, mu: 1, servers: 1, apiCosts: false },
    { lambda: 45, mu: 1, servers: 50, apiCosts: false },
    { lambda: 9, mu: 1, servers: 10, apiCosts: true },
    { lambda: 0.8, mu: 1, servers: 1, apiCosts: true },
    { lambda: 45, mu: 1, servers: 50, apiCosts: true },
  ])('serves the same customers as the engine queue model at $servers server(s), with the API costs: $apiCosts', ({ apiCosts, ...queue }) => {
    const options = { ...queue, customers: 20_000, seed: 7 };
    const floor = runGeneratorFloor({ ...options, apiCosts });
    const engine = runQueueModel({ ...options, monitor: false });
    // The same draws and the same first-come-first-served order give the
    // same waits, added in the same order: their statistics are equal to the last bit.
    expect(floor.simTime).toBe(engine.simTime);
    expect(floor.wq.count).toBe(engine.wq.count);
    expect(floor.wq.mean).toBe(engine.wq.mean);
    expect(floor.wq.max).toBe(engine.wq.max);
    expect(floor.w.mean).toBe(engine.w.mean);
    expect(floor.events).toBe(engine.events);
    expect(floor.utilisation).toBeCloseTo(engine.utilisation, 12);
  });

  it('differs from a run with another seed (it is not reading a fixed answer)', () => {
    const options = { lambda: 9, mu: 1, servers: 10, customers: 2_000 };
    expect(runGeneratorFloor({ ...options, seed: 1 }).wq.mean).not.toBe(runGeneratorFloor({ ...options, seed: 2 }).wq.mean);
  });

  it('names its record after what it measured', () => {
    const options = { lambda: 9, mu: 1, servers: 10, customers: 1_000, seed: 1 };
    expect(benchmarkGeneratorFloor(options).benchmark).toBe('floor');
    expect(benchmarkGeneratorFloor({ ...options, apiCosts: true }).benchmark).toBe('floor-with-api-costs');
  });
});
