/**
 * Processes: generator functions that model an activity step by step.
 *
 * A process yields what it waits for and is resumed when that happens:
 * - a number: hold for that long (the fast path: nothing is allocated);
 * - an event (a timeout, a request, another process, a condition…): wait
 *   until it is processed, and receive its value.
 * A process is itself an event that succeeds with the generator's return
 * value, so other processes can wait for it.
 */
import { NORMAL, SimEvent, Timeout, URGENT, type CalendarEntry, type Waiter } from './event.ts';
import type { Simulation } from './simulation.ts';

/** What a process may yield: a duration to hold for, or an event to wait for. */
export type Yieldable = number | SimEvent<any>;

/** What a process body is: a generator yielding durations and events. */
export type ProcessBody<R = unknown> = Generator<Yieldable, R, any>;

/** Thrown into a process that is interrupted while it waits. */
export class Interrupt extends Error {
  constructor(
    /** Why the process was interrupted (any value the interrupter chose). */
    override readonly cause: unknown,
    /**
     * Time that was left of the hold or timeout the process was waiting for,
     * or NaN when it was waiting for something else.
     */
    readonly remaining: number,
  ) {
    // An interrupt is control flow, not a fault: capturing a stack trace (through
    // every generator frame) would cost more than the rest of the interrupt.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`process interrupted: ${describeCause(cause)}`);
    Error.stackTraceLimit = limit;
    this.name = 'Interrupt';
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Object && cause.constructor !== Object) return cause.constructor.name;
  return String(cause);
}

// Every generator object has its own generator function's prototype, so with
// many kinds of process a `body.next` lookup would see many object shapes and
// fall back to V8's slow generic lookup. Calling the one shared method does not.
const generatorPrototype = Object.getPrototypeOf(function* () {}).prototype as ProcessBody<any>;
const generatorNext = generatorPrototype.next;
const generatorThrow = generatorPrototype.throw;

/**
 * The error a process receives for yielding something it may not. Built
 * here, apart from `step`, to keep that hot method small enough for V8 to inline.
 */
function badYield(name: string, yielded: unknown): Error {
  if (typeof yielded === 'number') return new RangeError(`${name} tried to hold for ${yielded}; a hold must be a number >= 0`);
  return new TypeError(`${name} yielded ${String(yielded)}; a process may only yield a duration or an event`);
}

/** The calendar entry that delivers an interrupt at the instant it is issued. */
class Interruption implements CalendarEntry {
  cancelled = false;
  constructor(
    private readonly process: Process<unknown>,
    private readonly cause: unknown,
  ) {}

  fire(): void {
    this.process.deliverInterrupt(this.cause);
  }
}

export class Process<R = unknown> extends SimEvent<R> implements Waiter {
  /** The event the process is waiting for, or null while it runs, holds, or once it has ended. */
  private target: SimEvent<any> | null = null;
  /**
   * When the current hold ends (NaN when not holding). The process itself is
   * the calendar entry that ends a hold; an entry left behind by a hold that
   * an interrupt cut short finds this no longer matching the clock and is ignored.
   */
  private holdUntil = NaN; // a number from the start: see Simulation.now
  /**
   * End times of holds an interrupt cut short whose calendar entries are
   * still pending (null when none). Such an entry is skipped when it comes
   * up, even if the process has meanwhile started a hold ending at the same
   * time, whose own entry comes later and must be the one to wake it.
   */
  private staleHolds: number[] | null = null;

  constructor(
    sim: Simulation,
    private readonly body: ProcessBody<R>,
    /** A label for traces and error messages. */
    readonly name = 'process',
  ) {
    super(sim);
    // Starting is a hold of zero: after whatever step created the process,
    // ahead of ordinary events at the same instant.
    this.holdUntil = sim.now;
    sim.schedule(this, 0, URGENT);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return this.state === 0;
  }

  /** The event this process currently waits for (null while holding). */
  get waitingFor(): SimEvent<any> | null {
    return this.target;
  }

  /**
   * Interrupts the process at the current instant: what it waits for no
   * longer resumes it, and an `Interrupt` carrying `cause` is thrown at its yield.
   */
  interrupt(cause: unknown = null): void {
    if (!this.isAlive) throw new Error(`cannot interrupt ${this.name}: it has ended`);
    if (this.sim.activeProcess === this) throw new Error(`${this.name} cannot interrupt itself`);
    this.sim.schedule(new Interruption(this as Process<unknown>, cause), 0, URGENT);
  }

  resumeFrom(event: SimEvent<any>): void {
    // An interrupt cancels the wait, but a waiter registered as a callback
    // (when the event already had listeners) cannot be unregistered: ignore it.
    if (this.target !== event) return;
    this.target = null;
    this.step(event.value, event.ok);
  }

  /** Called by the calendar: starts the process or ends its hold, or, once it has ended, tells those waiting for it. */
  override fire(): void {
    if (this.staleHolds !== null && this.skipStaleHold()) return;
    if (this.state === 0) {
      if (this.holdUntil !== this.sim.now) return; // left behind by an interrupted hold
      this.holdUntil = NaN;
      this.step(undefined, true);
    } else if (!this.processed) {
      super.fire();
    }
  }

  /** Whether the entry firing now is one left behind by an interrupted hold (and forgets it). */
  private skipStaleHold(): boolean {
    const stale = this.staleHolds as number[];
    const i = stale.indexOf(this.sim.now);
    if (i < 0) return false;
    stale.splice(i, 1);
    if (stale.length === 0) this.staleHolds = null;
    return true;
  }

  /** Delivers an interrupt now, if the process is still waiting. */
  deliverInterrupt(cause: unknown): void {
    if (!this.isAlive) return; // it ended between the interrupt call and now
    let remaining = NaN;
    const target = this.target;
    if (target !== null) {
      target.removeWaiter(this);
      this.target = null;
      if (target instanceof Timeout) {
        remaining = target.remaining;
        // Nobody else waits for it, so drop it from the calendar.
        if (!target.hasListeners) target.cancelled = true;
      }
    } else if (!Number.isNaN(this.holdUntil)) {
      remaining = Math.max(0, this.holdUntil - this.sim.now);
      (this.staleHolds ??= []).push(this.holdUntil);
      this.holdUntil = NaN;
    }
    this.step(new Interrupt(cause, remaining), false);
  }

  /** Runs the generator until it holds, waits for an unprocessed event, or ends. */
  private step(input: unknown, ok: boolean): void {
    const sim = this.sim;
    const previous = sim.activeProcess;
    sim.activeProcess = this as Process<unknown>;
    let sendValue = input;
    let sendOk = ok;
    // Errors from the body are caught below, so no try/finally is needed to restore activeProcess.
    for (;;) {
      let result: IteratorResult<Yieldable, R>;
      try {
        result = sendOk ? generatorNext.call(this.body, sendValue) : generatorThrow.call(this.body, sendValue);
      } catch (error) {
        // The failure goes on the calendar; when processed it stops the run
        // unless a waiting process or callback has taken it.
        this.fail(error instanceof Error ? error : new Error(String(error)));
        break;
      }
      if (result.done) {
        this.finish(result.value);
        break;
      }
      const next = result.value;
      if (typeof next === 'number') {
        if (next >= 0) {
          this.holdUntil = sim.now + next;
          sim.schedule(this, next, NORMAL);
          break;
        }
        sendValue = badYield(this.name, next);
        sendOk = false;
        continue;
      }
      if (!(next instanceof SimEvent)) {
        sendValue = badYield(this.name, next);
        sendOk = false;
        continue;
      }
      // An event that has already happened is passed straight back: no
      // calendar round trip, and the process keeps its place in time.
      if (next.processed) {
        if (!next.ok) next.defused = true;
        sendValue = next.value;
        sendOk = next.ok;
        continue;
      }
      this.target = next;
      next.addWaiter(this);
      break;
    }
    sim.activeProcess = previous;
  }

  private finish(value: R): void {
    if (this.hasListeners) {
      this.succeed(value);
    } else {
      // Nobody waits for the result: settle it without a calendar entry.
      this.markTriggered();
      this.settleNow(value);
    }
  }
}
