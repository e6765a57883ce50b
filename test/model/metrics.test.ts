import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/model/metrics.ts';

/** Metrics on a clock the test moves by hand, measuring from `measureFrom`. */
function metricsAt(measureFrom: number) {
  const clock = { now: 0 };
  return { clock, metrics: new Metrics(clock, measureFrom) };
}

describe('Metrics levels', () => {
  it('reads 0, with a mean and integral of 0, for a level never changed', () => {
    const { clock, metrics } = metricsAt(0);
    const level = metrics.levelHandle('cases.unallocated');
    clock.now = 100;
    expect(level.value).toBe(0);
    expect(metrics.level('cases.unallocated')).toBe(0);
    expect(metrics.levelMean('cases.unallocated')).toBe(0);
    expect(metrics.levelIntegral('cases.unallocated')).toBe(0);
  });

  it('gives the same handle for a name, so a change through one is read by name', () => {
    const { metrics } = metricsAt(0);
    metrics.levelHandle('reports.backlog').change(3);
    metrics.levelHandle('reports.backlog').change(-1);
    expect(metrics.level('reports.backlog')).toBe(2);
  });

  it('time-weights a level over the measured period, counting the time before its first change as 0', () => {
    const { clock, metrics } = metricsAt(0);
    const level = metrics.levelHandle('prisoners.population');
    clock.now = 10;
    level.change(4); // 0 for 10 hours, then 4 for 30
    clock.now = 40;
    expect(metrics.levelIntegral('prisoners.population')).toBe(120);
    expect(metrics.levelMean('prisoners.population')).toBe(3);
  });

  it('restarts the mean at the end of the warm-up, keeping the level reached', () => {
    const { clock, metrics } = metricsAt(20);
    const level = metrics.levelHandle('prisoners.population');
    level.change(10); // 10 during the warm-up: not in the mean
    clock.now = 20;
    metrics.startMeasuring();
    level.change(-5); // then 5 for 20 hours
    clock.now = 40;
    expect(metrics.levelMean('prisoners.population')).toBe(5);
    expect(metrics.levelIntegral('prisoners.population')).toBe(100);
  });

  it('starts a level first changed after the warm-up at the start of the measured period', () => {
    const { clock, metrics } = metricsAt(20);
    clock.now = 20;
    metrics.startMeasuring();
    clock.now = 30;
    metrics.levelHandle('assessments.awaiting').change(2); // 0 for 10 hours, then 2 for 10
    clock.now = 40;
    expect(metrics.levelMean('assessments.awaiting')).toBe(1);
  });
});
