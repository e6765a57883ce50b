/**
 * Events: things that happen at an instant of simulated time and that
 * processes wait for. An event is pending, then triggered (its processing is
 * on the calendar), then processed (its waiters have been resumed).
 */
import type { Simulation } from './simulation.ts';

/** Runs before ordinary events at the same instant (interrupts, process starts). */
export const URGENT = -1;
/** The priority of ordinary events. */
export const NORMAL = 0;

/** Something the calendar can hold: fired when its time comes unless cancelled. */
export interface CalendarEntry {
  cancelled: boolean;
  fire(): void;
}

/** A process, or anything else, that is resumed when an event it waits on is processed. */
export interface Waiter {
  resumeFrom(event: SimEvent<any>): void;
}

export type EventCallback<T> = (event: SimEvent<T>) => void;

const PENDING = 0;
const TRIGGERED = 1;
const PROCESSED = 2;

export class SimEvent<T = unknown> implements CalendarEntry {
  // Fields are only declared here (`declare` emits nothing) and assigned in
  // the constructor. Class-field initialisers in a base class make V8 build
  // every subclass instance (process, request, timeout) two to three times
  // more slowly, and one or two are made for every entity a model creates.
  // A subclass, by contrast, should keep at least one ordinary class field:
  // under a loader that renames classes after defining them (tsx, the
  // launcher's fallback), V8 builds instances of a subclass without any
  // class field through a slow path about ten times slower.
  declare readonly sim: Simulation;
  declare cancelled: boolean;
  /** False when the event failed; `value` then holds the error. */
  declare ok: boolean;
  declare value: T | undefined;
  /** Whether someone handled a failure, so the run need not stop for it. */
  declare defused: boolean;
  protected declare state: number;
  // One waiting process is by far the common case, so it gets its own field
  // and the callbacks array is only created when a second party listens.
  protected declare waiter: Waiter | null;
  protected declare callbacks: EventCallback<T>[] | null;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.cancelled = false;
    this.ok = true;
    this.value = undefined;
    this.defused = false;
    this.state = PENDING;
    this.waiter = null;
    this.callbacks = null;
  }

  /** True once the event has been scheduled for processing (or processed). */
  get triggered(): boolean {
    return this.state !== PENDING;
  }

  /** True once the event's waiters have been resumed. */
  get processed(): boolean {
    return this.state === PROCESSED;
  }

  /** Triggers the event successfully after `delay` (default: now). */
  succeed(value?: T, delay = 0, priority = NORMAL): this {
    this.markTriggered();
    this.value = value;
    this.sim.schedule(this, delay, priority);
    return this;
  }

  /** Triggers the event as failed; waiting processes receive `error` thrown at their yield. */
  fail(error: Error, delay = 0, priority = NORMAL): this {
    this.markTriggered();
    this.ok = false;
    this.value = error as unknown as T;
    this.sim.schedule(this, delay, priority);
    return this;
  }

  /** Withdraws a triggered event from the calendar: it will never be processed. */
  cancel(): void {
    if (this.state === PROCESSED) throw new Error('cannot cancel an event that has already been processed');
    this.cancelled = true;
  }

  /** Registers a process to resume when the event is processed. */
  addWaiter(waiter: Waiter): void {
    if (this.waiter === null && this.callbacks === null) this.waiter = waiter;
    else this.addCallback((event) => waiter.resumeFrom(event));
  }

  /** Unregisters a waiting process (used when it is interrupted). */
  removeWaiter(waiter: Waiter): void {
    if (this.waiter === waiter) this.waiter = null;
  }

  /** Calls `callback` when the event is processed. */
  addCallback(callback: EventCallback<T>): void {
    if (this.state === PROCESSED) throw new Error('cannot add a callback to an event that has already been processed');
    if (this.callbacks === null) this.callbacks = [];
    this.callbacks.push(callback);
  }

  removeCallback(callback: EventCallback<T>): void {
    if (this.callbacks === null) return;
    const i = this.callbacks.indexOf(callback);
    if (i >= 0) this.callbacks.splice(i, 1);
  }

  /** Whether anyone is waiting on or listening to this event. */
  get hasListeners(): boolean {
    return this.waiter !== null || (this.callbacks !== null && this.callbacks.length > 0);
  }

  /** Marks the event processed without scheduling it (for events settled at creation). */
  settleNow(value?: T): this {
    this.state = PROCESSED;
    this.value = value;
    return this;
  }

  /** Called by the simulation when the event's time comes: resumes its waiters. */
  fire(): void {
    this.state = PROCESSED;
    const waiter = this.waiter;
    const callbacks = this.callbacks;
    this.waiter = null;
    this.callbacks = null;
    if (waiter !== null) {
      this.defused = true;
      waiter.resumeFrom(this);
    }
    if (callbacks !== null) {
      this.defused = true;
      for (let i = 0; i < callbacks.length; i++) callbacks[i](this);
    }
    if (!this.ok && !this.defused) throw this.value as unknown as Error;
  }

  protected markTriggered(): void {
    if (this.state !== PENDING) throw new Error('event has already been triggered');
    this.state = TRIGGERED;
  }
}

/** An event that happens a fixed delay after it is created. */
export class Timeout<T = unknown> extends SimEvent<T> {
  /** The simulated time at which the timeout happens. */
  readonly at: number = NaN; // a number from the start: see Simulation.now

  constructor(sim: Simulation, delay: number, value?: T, priority = NORMAL) {
    super(sim);
    if (!(delay >= 0)) throw new RangeError(`timeout delay must be a number >= 0; found ${delay}`);
    this.at = sim.now + delay;
    this.state = TRIGGERED;
    this.value = value;
    sim.schedule(this, delay, priority);
  }

  /** Time left until the timeout happens (0 once it has). */
  get remaining(): number {
    return Math.max(0, this.at - this.sim.now);
  }
}
