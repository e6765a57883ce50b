/** Timers that belong to a prisoner, so release or transfer can cancel them all. */
import type { ModelContext } from './context.ts';
import type { Prisoner } from './types.ts';

/** Calls `action` at time `at` (or now, if that has passed) unless the prisoner's timers are cancelled first. */
export function at(ctx: ModelContext, p: Prisoner, time: number, action: () => void): { cancel(): void } {
  const handle = ctx.sim.call(Math.max(0, time - ctx.sim.now), () => {
    p.timers.delete(timer);
    action();
  });
  const timer = {
    cancel: () => {
      handle.cancel();
      p.timers.delete(timer);
    },
  };
  p.timers.add(timer);
  return timer;
}

/** Cancels every timer of the prisoner. */
export function cancelTimers(p: Prisoner): void {
  for (const timer of [...p.timers]) timer.cancel();
}
