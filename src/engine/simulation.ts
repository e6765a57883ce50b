/**
 * The simulation: one clock and one event calendar for one run.
 *
 * All state of a run lives here, so runs side by side never interfere and
 * every test starts fresh.
 */
import { EventCalendar } from './calendar.ts';
import { allRule, anyRule, Condition } from './condition.ts';
import { NORMAL, SimEvent, Timeout, type CalendarEntry } from './event.ts';
import { Process, type ProcessBody } from './process.ts';

/** When `run` should stop; with none given it runs until no events remain. */
export interface RunLimit {
  /** Stop before processing any event later than this time; the clock ends here. */
  until?: number;
  /** Stop as soon as this returns true (checked after each event). */
  stopWhen?: () => boolean;
}

export interface SimulationOptions {
  /** The clock's reading at the start (default 0). */
  startTime?: number;
  /**
   * Width of the calendar's far buckets (see EventCalendar): worth setting,
   * to about the span within which most entries fall due, in models where
   * many entries wait far ahead. The default, Infinity, keeps one heap.
   */
  calendarBucketWidth?: number;
}

/** A plain scheduled function call; it is its own handle, so scheduling one allocates once. */
export class ScheduledCall implements CalendarEntry {
  cancelled = false;
  constructor(private readonly action: () => void) {}
  fire(): void {
    this.action();
  }
  /** Withdraws the call: it will not happen. */
  cancel(): void {
    this.cancelled = true;
  }
}

// Built apart from `schedule`, which runs for nearly every event, to keep it small enough to inline.
function pastError(delay: number): RangeError {
  return new RangeError(`cannot schedule into the past (delay ${delay})`);
}

export class Simulation {
  // Numeric fields that change during a run start as numbers, never as an
  // undeclared `undefined`: V8 then stores them as plain doubles, where a
  // field that began as undefined boxes every new value in a fresh heap object.
  /** The current simulated time. */
  now = 0;
  /** The process whose generator is running, if any. */
  activeProcess: Process<unknown> | null = null;
  /** Number of calendar entries processed so far (cancelled ones excluded). */
  processedCount = 0;
  private readonly calendar: EventCalendar<CalendarEntry>;

  constructor(options: SimulationOptions = {}) {
    this.now = options.startTime ?? 0;
    this.calendar = new EventCalendar<CalendarEntry>({ bucketWidth: options.calendarBucketWidth });
  }

  /** Number of entries waiting on the calendar (including cancelled ones not yet reached). */
  get pendingCount(): number {
    return this.calendar.size;
  }

  /** Time of the next calendar entry, or Infinity when none remain. */
  peek(): number {
    return this.calendar.peekTime();
  }

  /** Puts an entry on the calendar `delay` from now. */
  schedule(entry: CalendarEntry, delay = 0, priority = NORMAL): void {
    if (!(delay >= 0)) throw pastError(delay);
    this.calendar.push(this.now + delay, priority, entry);
  }

  /** Calls `action` after `delay`; the returned handle can cancel it. */
  call(delay: number, action: () => void, priority = NORMAL): ScheduledCall {
    const entry = new ScheduledCall(action);
    this.schedule(entry, delay, priority);
    return entry;
  }

  /** A new pending event, to be triggered with `succeed` or `fail`. */
  event<T = unknown>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** An event that happens `delay` from now. */
  timeout<T = unknown>(delay: number, value?: T, priority = NORMAL): Timeout<T> {
    return new Timeout<T>(this, delay, value, priority);
  }

  /** Starts a process from a generator; it begins at the current instant. */
  process<R>(body: ProcessBody<R>, name?: string): Process<R> {
    return new Process<R>(this, body, name);
  }

  /** An event that succeeds once every one of `events` has. */
  allOf(events: readonly SimEvent<any>[]): Condition {
    return new Condition(this, events, allRule);
  }

  /** An event that succeeds as soon as any one of `events` has. */
  anyOf(events: readonly SimEvent<any>[]): Condition {
    return new Condition(this, events, anyRule);
  }

  /** Processes the next calendar entry; returns false when none remain. */
  step(): boolean {
    for (;;) {
      const entry = this.calendar.pop();
      if (entry === undefined) return false;
      if (entry.cancelled) continue;
      this.now = this.calendar.currentTime;
      this.processedCount++;
      entry.fire();
      return true;
    }
  }

  /** Runs until the limit, or until no events remain. */
  run(limit: RunLimit = {}): void {
    const until = limit.until ?? Infinity;
    if (until < this.now) throw new RangeError(`cannot run until ${until}: the clock is already at ${this.now}`);
    const stopWhen = limit.stopWhen;
    const calendar = this.calendar;
    // The hot loop: step() inlined.
    for (;;) {
      const entry = calendar.popUntil(until);
      if (entry === undefined) break;
      if (entry.cancelled) continue;
      this.now = calendar.currentTime;
      this.processedCount++;
      entry.fire();
      if (stopWhen !== undefined && stopWhen()) return;
    }
    if (until !== Infinity) this.now = until;
  }
}
