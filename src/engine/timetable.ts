/**
 * Capacity that follows a timetable: rosters, shifts and leave as a list of
 * (time, capacity) steps, optionally repeating every period.
 */
import type { Process } from './process.ts';
import type { Resource } from './resource.ts';
import type { Simulation } from './simulation.ts';

/** From time `at` on, the resource has `capacity` units. */
export interface CapacityStep {
  at: number;
  capacity: number;
}

export interface TimetableOptions {
  /** Repeat the steps every `period` (their times must lie in [0, period)). */
  period?: number;
  /** Take units from holders when capacity falls below what is held (default: let them finish). */
  preempt?: boolean;
}

/** Starts a process that sets the resource's capacity at each step's time. */
export function followTimetable(
  sim: Simulation,
  resource: Resource,
  steps: readonly CapacityStep[],
  options: TimetableOptions = {},
): Process<void> {
  const ordered = [...steps].sort((a, b) => a.at - b.at);
  const period = options.period;
  if (period !== undefined && !(period > 0 && Number.isFinite(period))) {
    throw new RangeError(`a timetable's period must be a finite number > 0; found ${period}`);
  }
  if (period !== undefined && ordered.some((step) => step.at < 0 || step.at >= period)) {
    throw new RangeError(`timetable steps must lie in [0, ${period}) when the timetable repeats`);
  }
  const origin = sim.now;
  function* timetable(): Generator<any, void, any> {
    if (ordered.length === 0) return; // nothing to repeat (and nothing to wait for)
    for (let cycle = 0; ; cycle++) {
      const offset = origin + (period ?? 0) * cycle;
      for (const step of ordered) {
        const wait = offset + step.at - sim.now;
        if (wait > 0) yield wait;
        if (offset + step.at >= sim.now) resource.setCapacity(step.capacity, { preempt: options.preempt });
      }
      if (period === undefined) return;
    }
  }
  return sim.process(timetable(), 'timetable');
}
