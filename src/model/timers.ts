/** Timers that belong to a prisoner, so release can cancel them all. */
import type { CalendarEntry } from '../engine/index.ts';
import type { ModelContext } from './context.ts';
import type { Prisoner } from './types.ts';

/**
 * One pending call about a prisoner. It is its own calendar entry (no
 * wrapper closure or handle), and it sits in its prisoner's list of timers
 * at `index`, so firing or cancelling it takes it out without a search.
 */
export class Timer implements CalendarEntry {
  cancelled = false;
  /** Position in the prisoner's list of timers (meaningful while `p` is set). */
  index: number;

  constructor(
    private p: Prisoner | null,
    private action: (() => void) | null,
  ) {
    const timers = (p as Prisoner).timers;
    this.index = timers.length;
    timers.push(this);
  }

  fire(): void {
    const action = this.action as () => void;
    this.forget();
    action();
  }

  /** Withdraws the call: it will not happen. */
  cancel(): void {
    this.cancelled = true;
    this.forget();
  }

  /**
   * Leaves the prisoner's list and drops the references: a cancelled entry
   * waits on the calendar until its time comes, and must not keep a released
   * person (and everything about them) alive until then.
   */
  private forget(): void {
    const p = this.p;
    if (p === null) return;
    const timers = p.timers;
    const last = timers.pop() as Timer;
    if (last !== this) {
      timers[this.index] = last;
      last.index = this.index;
    }
    this.p = null;
    this.action = null;
  }
}

/**
 * Calls `action` at time `time` (or now, if that has passed) unless the
 * prisoner's timers are cancelled first.
 */
export function at(ctx: ModelContext, p: Prisoner, time: number, action: () => void): Timer {
  const timer = new Timer(p, action);
  ctx.sim.schedule(timer, delayUntil(ctx, time));
  return timer;
}

/** The delay from now to `time` (0 if that has passed). */
export function delayUntil(ctx: ModelContext, time: number): number {
  return Math.max(0, time - ctx.sim.now);
}

/** Cancels every timer of the prisoner. */
export function cancelTimers(p: Prisoner): void {
  // From the end: each leaves the list by taking the last place off it.
  const timers = p.timers;
  while (timers.length > 0) timers[timers.length - 1].cancel();
}
