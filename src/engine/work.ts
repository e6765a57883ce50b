/**
 * Doing a piece of work on a resource unit, with a chosen answer to being
 * preempted part-way: resume the remaining work, restart it, or drop it.
 */
import { Interrupt } from './process.ts';
import { Preempted, type Resource } from './resource.ts';
import type { Simulation } from './simulation.ts';

/** What to do with work that is preempted part-way. */
export type PreemptionPolicy = 'resume' | 'restart' | 'drop';

export interface WorkOptions {
  /** Request priority (lower is served first); default 0. */
  priority?: number;
  /** Whether the request may preempt holders of worse priority. */
  preempt?: boolean;
  /** What to do when preempted; default 'resume'. */
  onPreempted?: PreemptionPolicy;
}

export interface WorkOutcome {
  /** Whether all of the work was done. */
  completed: boolean;
  /** How many times the work was preempted. */
  preemptions: number;
  /** Time spent holding a unit, including work later lost to a restart. */
  timeHeld: number;
  /** Time spent waiting for a unit. */
  timeWaiting: number;
}

/**
 * Waits for a unit of `resource`, holds it for `duration`, and releases it.
 * Use with `yield*` inside a process. Interrupts other than this resource's
 * preemption are passed on to the caller after the unit is released.
 */
export function* useResource(
  sim: Simulation,
  resource: Resource,
  duration: number,
  options: WorkOptions = {},
): Generator<any, WorkOutcome, any> {
  const policy = options.onPreempted ?? 'resume';
  let remaining = duration;
  const outcome: WorkOutcome = { completed: false, preemptions: 0, timeHeld: 0, timeWaiting: 0 };
  for (;;) {
    const request = resource.request({ priority: options.priority, preempt: options.preempt });
    const askedAt = sim.now;
    let startedAt = NaN;
    try {
      yield request;
      startedAt = sim.now;
      outcome.timeWaiting += startedAt - askedAt;
      yield remaining;
      outcome.timeHeld += sim.now - startedAt;
      resource.release(request);
      outcome.completed = true;
      return outcome;
    } catch (error) {
      resource.release(request);
      const preempted = error instanceof Interrupt && error.cause instanceof Preempted && error.cause.resource === resource;
      if (!preempted) throw error;
      outcome.preemptions++;
      const started = !Number.isNaN(startedAt);
      if (started) outcome.timeHeld += sim.now - startedAt;
      else outcome.timeWaiting += sim.now - askedAt;
      // Preempted at the very instant the work finished: nothing is left to do.
      if (started && error.remaining <= 0) {
        outcome.completed = true;
        return outcome;
      }
      if (policy === 'drop') return outcome;
      // A unit taken before the work began leaves the whole of it to do.
      if (started) remaining = policy === 'resume' ? error.remaining : duration;
    }
  }
}
