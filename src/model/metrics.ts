/**
 * What the model measures: counters and time-weighted levels over the
 * measured period (after the warm-up), and a weekly series over the whole run.
 */
import { TimeWeighted } from '../engine/index.ts';
import { WEEK } from './time.ts';

/** One week's values, keyed by metric name. */
export interface WeeklyRow {
  week: number;
  values: Record<string, number>;
}

export class Metrics {
  private readonly totals = new Map<string, number>();
  private readonly thisWeek = new Map<string, number>();
  private readonly levels = new Map<string, TimeWeighted>();
  readonly weekly: WeeklyRow[] = [];
  private measuring: boolean;

  constructor(
    private readonly clock: { readonly now: number },
    /** Start of the measured period (hours). */
    readonly measureFrom: number,
  ) {
    this.measuring = measureFrom <= 0;
  }

  /** Adds to a counter: to this week's series always, to the totals once the warm-up is over. */
  count(name: string, by = 1): void {
    this.thisWeek.set(name, (this.thisWeek.get(name) ?? 0) + by);
    if (this.measuring) this.totals.set(name, (this.totals.get(name) ?? 0) + by);
  }

  /** Adds to a counter's total only (for events dated by when they were due, not when counted). */
  countIf(measured: boolean, name: string, by = 1): void {
    if (measured) this.totals.set(name, (this.totals.get(name) ?? 0) + by);
  }

  /**
   * Adds to a counter for an outcome dated by an earlier time `t` (a contact's
   * outcome by when it fell due): to this week's series always, to the totals
   * when `t` is in the measured period, so outcomes match what was counted as required.
   */
  countDated(t: number, name: string, by = 1): void {
    this.thisWeek.set(name, (this.thisWeek.get(name) ?? 0) + by);
    if (this.measuring && this.inMeasuredPeriod(t)) this.totals.set(name, (this.totals.get(name) ?? 0) + by);
  }

  /** Whether an event at time `t` falls in the measured period. */
  inMeasuredPeriod(t: number): boolean {
    return t >= this.measureFrom;
  }

  /** Changes a time-weighted level (population, unallocated cases…) by `delta`. */
  changeLevel(name: string, delta: number): void {
    let level = this.levels.get(name);
    if (level === undefined) {
      // A level nobody changed before was 0 since the measured period began.
      level = new TimeWeighted(this.measuring ? Math.max(0, this.measureFrom) : this.clock.now, 0);
      this.levels.set(name, level);
    }
    level.add(this.clock.now, delta);
  }

  level(name: string): number {
    return this.levels.get(name)?.value ?? 0;
  }

  /** Called at the end of each week with that week's snapshot values. */
  closeWeek(week: number, snapshot: Record<string, number>): void {
    const values: Record<string, number> = { ...snapshot };
    for (const [name, value] of this.thisWeek) values[name] = value;
    this.thisWeek.clear();
    this.weekly.push({ week, values });
  }

  /** Called when the warm-up ends: totals and levels restart from here. */
  startMeasuring(): void {
    this.measuring = true;
    this.totals.clear();
    for (const level of this.levels.values()) level.reset(this.clock.now);
  }

  total(name: string): number {
    return this.totals.get(name) ?? 0;
  }

  /** Time-average of a level over the measured period. */
  levelMean(name: string): number {
    return this.levels.get(name)?.mean(this.clock.now) ?? 0;
  }

  /** Integral of a level over the measured period (e.g. prisoner-hours). */
  levelIntegral(name: string): number {
    return this.levels.get(name)?.integral(this.clock.now) ?? 0;
  }

  /** Every counter total, for the result. */
  allTotals(): Map<string, number> {
    return this.totals;
  }
}
