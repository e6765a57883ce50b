/**
 * What the model measures: counters and time-weighted levels over the
 * measured period (after the warm-up), and a weekly series over the whole run.
 */
import { TimeWeighted } from '../engine/index.ts';

/** One week's values, keyed by metric name. */
export interface WeeklyRow {
  week: number;
  values: Record<string, number>;
}

/**
 * One named counter. Hot paths hold the handle (see counters.ts), so adding
 * to it costs no lookup by name and no boxed number: a counter's values are
 * updated in place, where a Map of numbers stores a fresh one on every change.
 */
export class Counter {
  /** This week's count (meaningful while `inWeek`). */
  week = 0;
  /** The count over the measured period (meaningful while `inTotals`). */
  total = 0;
  /** Whether it was counted this week: only counters counted appear in the week's row. */
  inWeek = false;
  /** Whether it was counted in the measured period: only those appear in the totals. */
  inTotals = false;

  constructor(
    readonly name: string,
    private readonly metrics: Metrics,
  ) {}

  /** Adds to this week's series always, to the total once the warm-up is over. */
  add(by = 1): void {
    this.addToWeek(by);
    if (this.metrics.measuring) this.addToTotal(by);
  }

  /** Adds to the total only, when `measured` (for events dated by when they were due, not when counted). */
  addIf(measured: boolean, by = 1): void {
    if (measured) this.addToTotal(by);
  }

  /**
   * Adds for an outcome dated by an earlier time `t` (a contact's outcome by
   * when it fell due): to this week's series always, to the total when `t` is
   * in the measured period, so outcomes match what was counted as required.
   */
  addDated(t: number, by = 1): void {
    this.addOutcome(this.metrics.isMeasuredOutcome(t), by);
  }

  /**
   * Adds for an outcome already known to be `measured` or not (see
   * `Metrics.isMeasuredOutcome`): for several counters of one outcome, the
   * question is asked once.
   */
  addOutcome(measured: boolean, by = 1): void {
    this.addToWeek(by);
    if (measured) this.addToTotal(by);
  }

  private addToWeek(by: number): void {
    if (!this.inWeek) this.metrics.noteInWeek(this);
    this.week += by;
  }

  private addToTotal(by: number): void {
    if (!this.inTotals) this.metrics.noteInTotals(this);
    this.total += by;
  }
}

/**
 * One named time-weighted level (people held, cases waiting, the backlog).
 * Hot paths hold the handle, as they do a Counter's. Its series starts at its
 * first change, so a level never changed reads 0 and has no series to reset.
 */
export class Level {
  private series: TimeWeighted | null = null;

  constructor(
    readonly name: string,
    private readonly metrics: Metrics,
  ) {}

  /** Changes the level by `delta` now. */
  change(delta: number): void {
    // A level nobody changed before was 0 since the measured period began.
    const series = (this.series ??= this.metrics.newSeries());
    series.add(this.metrics.now, delta);
  }

  /** The level now. */
  get value(): number {
    return this.series?.value ?? 0;
  }

  /** Time-average over the measured period up to `now`. */
  mean(now: number): number {
    return this.series?.mean(now) ?? 0;
  }

  /** Integral over the measured period up to `now`. */
  integral(now: number): number {
    return this.series?.integral(now) ?? 0;
  }

  /** Restarts the average at `now` (the end of the warm-up). */
  reset(now: number): void {
    this.series?.reset(now);
  }
}

export class Metrics {
  private readonly counters = new Map<string, Counter>();
  /** Counters counted this week, in the order first counted (the order of the week's row). */
  private readonly countedThisWeek: Counter[] = [];
  /** Counters counted in the measured period, in the order first counted (the order of the totals). */
  private readonly countedInTotals: Counter[] = [];
  private readonly levels = new Map<string, Level>();
  readonly weekly: WeeklyRow[] = [];
  /** Whether the warm-up is over. */
  measuring: boolean;

  constructor(
    private readonly clock: { readonly now: number },
    /** Start of the measured period (hours). */
    readonly measureFrom: number,
  ) {
    this.measuring = measureFrom <= 0;
  }

  /** The counter called `name` (made on first use; it reports nothing until counted). */
  counter(name: string): Counter {
    let counter = this.counters.get(name);
    if (counter === undefined) {
      counter = new Counter(name, this);
      this.counters.set(name, counter);
    }
    return counter;
  }

  /** Adds to a counter: to this week's series always, to the totals once the warm-up is over. */
  count(name: string, by = 1): void {
    this.counter(name).add(by);
  }

  /** Adds to a counter's total only (for events dated by when they were due, not when counted). */
  countIf(measured: boolean, name: string, by = 1): void {
    if (measured) this.counter(name).addIf(true, by);
  }

  /** Whether an outcome dated `t` and counted now goes into the totals: the warm-up is over and `t` is after it. */
  isMeasuredOutcome(t: number): boolean {
    return this.measuring && t >= this.measureFrom;
  }

  /** Whether an event at time `t` falls in the measured period. */
  inMeasuredPeriod(t: number): boolean {
    return t >= this.measureFrom;
  }

  /** Called by a counter the first time it is counted in a week. */
  noteInWeek(counter: Counter): void {
    counter.inWeek = true;
    counter.week = 0;
    this.countedThisWeek.push(counter);
  }

  /** Called by a counter the first time it is counted in the measured period. */
  noteInTotals(counter: Counter): void {
    counter.inTotals = true;
    counter.total = 0;
    this.countedInTotals.push(counter);
  }

  /** The level called `name` (made on first use; it reads 0 until changed). */
  levelHandle(name: string): Level {
    let level = this.levels.get(name);
    if (level === undefined) {
      level = new Level(name, this);
      this.levels.set(name, level);
    }
    return level;
  }

  /** The clock's time. */
  get now(): number {
    return this.clock.now;
  }

  /** A level's series, begun when first changed: from the start of the measured period if that has begun, else from now. */
  newSeries(): TimeWeighted {
    return new TimeWeighted(this.measuring ? Math.max(0, this.measureFrom) : this.clock.now, 0);
  }

  level(name: string): number {
    return this.levels.get(name)?.value ?? 0;
  }

  /** Called at the end of each week with that week's snapshot values. */
  closeWeek(week: number, snapshot: Record<string, number>): void {
    // Made as a dictionary (no prototype) from the start: the week's names
    // differ in number and order from week to week, so an ordinary object
    // sends V8 through new hidden classes every week (in the 5-year prison
    // benchmark, 6 to 13 ms of closing weeks, against about 2 this way).
    const values: Record<string, number> = Object.create(null);
    for (const name in snapshot) values[name] = snapshot[name];
    for (const counter of this.countedThisWeek) {
      values[counter.name] = counter.week;
      counter.inWeek = false;
    }
    this.countedThisWeek.length = 0;
    this.weekly.push({ week, values });
  }

  /** Called when the warm-up ends: totals and levels restart from here. */
  startMeasuring(): void {
    this.measuring = true;
    for (const counter of this.countedInTotals) counter.inTotals = false;
    this.countedInTotals.length = 0;
    for (const level of this.levels.values()) level.reset(this.clock.now);
  }

  total(name: string): number {
    const counter = this.counters.get(name);
    return counter !== undefined && counter.inTotals ? counter.total : 0;
  }

  /** Time-average of a level over the measured period. */
  levelMean(name: string): number {
    return this.levels.get(name)?.mean(this.clock.now) ?? 0;
  }

  /** Integral of a level over the measured period (e.g. prisoner-hours). */
  levelIntegral(name: string): number {
    return this.levels.get(name)?.integral(this.clock.now) ?? 0;
  }

  /** Every counter's total, in the order first counted, for the result. */
  allTotals(): Map<string, number> {
    return new Map(this.countedInTotals.map((counter) => [counter.name, counter.total]));
  }
}
