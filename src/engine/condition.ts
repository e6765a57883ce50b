/**
 * Condition events: wait for all, or any, of several events.
 *
 * The value of a condition is the list of its events that had been processed
 * when it was met, in the order they were given, so a process can tell which
 * of them happened.
 */
import { SimEvent } from './event.ts';
import type { Simulation } from './simulation.ts';

export type ConditionRule = (done: number, total: number) => boolean;

/** An event that succeeds when `rule(processedCount, total)` holds, or fails when any event fails. */
export class Condition extends SimEvent<SimEvent<unknown>[]> {
  private done = 0;

  constructor(
    sim: Simulation,
    private readonly events: readonly SimEvent<unknown>[],
    private readonly rule: ConditionRule,
  ) {
    super(sim);
    for (const event of events) {
      if (event.sim !== sim) throw new Error('a condition cannot mix events from different simulations');
    }
    const check = (event: SimEvent<unknown>): void => this.check(event);
    for (const event of events) {
      if (event.processed) this.check(event);
      else event.addCallback(check);
    }
    // An empty or already-satisfied condition is met at once.
    if (!this.triggered && this.rule(this.done, this.events.length)) this.succeed(this.snapshot());
  }

  private check(event: SimEvent<unknown>): void {
    if (this.triggered) return;
    if (!event.ok) {
      event.defused = true;
      this.fail(event.value as Error);
      return;
    }
    this.done++;
    if (this.rule(this.done, this.events.length)) this.succeed(this.snapshot());
  }

  private snapshot(): SimEvent<unknown>[] {
    return this.events.filter((event) => event.processed && event.ok);
  }
}

export const allRule: ConditionRule = (done, total) => done === total;
export const anyRule: ConditionRule = (done, total) => done > 0 || total === 0;
