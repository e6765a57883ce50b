/** Timers that belong to a prisoner, so release or transfer can cancel them all. */
import type { ScheduledCall } from '../engine/index.ts';
import type { ModelContext } from './context.ts';
import type { Prisoner } from './types.ts';

/**
 * Calls `action` at time `time` (or now, if that has passed) unless the
 * prisoner's timers are cancelled first. A timer cancelled on its own stays
 * in the prisoner's set until release clears it, which costs nothing: it
 * never fires.
 */
export function at(ctx: ModelContext, p: Prisoner, time: number, action: () => void): ScheduledCall {
  const timer = ctx.sim.call(Math.max(0, time - ctx.sim.now), () => {
    p.timers.delete(timer);
    action();
  });
  p.timers.add(timer);
  return timer;
}

/** Cancels every timer of the prisoner. */
export function cancelTimers(p: Prisoner): void {
  for (const timer of p.timers) timer.cancel();
  p.timers.clear();
}
