/**
 * Statistics accumulators that use constant memory however many
 * observations they see: a tally of observations, a time-weighted level,
 * and a fixed-bin histogram.
 */

/** Count, mean, variance, minimum and maximum of observations (Welford's method). */
export class Tally {
  count = 0;
  mean = 0;
  min = Infinity;
  max = -Infinity;
  private sumSquares = 0;

  add(x: number): void {
    const n = ++this.count;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.sumSquares += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Sample variance (n − 1 in the denominator); NaN with fewer than two observations. */
  get variance(): number {
    return this.count > 1 ? this.sumSquares / (this.count - 1) : NaN;
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }

  get sum(): number {
    return this.mean * this.count;
  }

  /** Forgets every observation (e.g. at the end of a warm-up). */
  reset(): void {
    this.count = 0;
    this.mean = 0;
    this.sumSquares = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

/** The time-weighted average of a level that changes at instants (queue length, busy staff). */
export class TimeWeighted {
  // Every field starts as a number (see Simulation.now): updates then cost no allocation.
  private level = 0;
  private since = 0;
  private start = 0;
  private area = 0;
  /** Highest level reached. */
  max = 0;

  constructor(startTime = 0, initialLevel = 0) {
    this.level = initialLevel;
    this.since = startTime;
    this.start = startTime;
    this.max = initialLevel;
  }

  /** The level now. */
  get value(): number {
    return this.level;
  }

  /** Records that the level became `level` at time `now`. */
  update(now: number, level: number): void {
    this.area += this.level * (now - this.since);
    this.since = now;
    this.level = level;
    if (level > this.max) this.max = level;
  }

  /** Adds `delta` to the level at time `now`. */
  add(now: number, delta: number): void {
    this.update(now, this.level + delta);
  }

  /** Average level from the start (or last reset) up to `now`. */
  mean(now: number): number {
    const span = now - this.start;
    if (span <= 0) return this.level;
    return this.integral(now) / span;
  }

  /** Integral of the level from the start (or last reset) up to `now`. */
  integral(now: number): number {
    return this.area + this.level * (now - this.since);
  }

  /** Starts averaging afresh from `now`, keeping the current level. */
  reset(now: number): void {
    this.area = 0;
    this.since = now;
    this.start = now;
    this.max = this.level;
  }
}

/** Counts of observations in equal-width bins over [low, high), with under- and overflow. */
export class Histogram {
  readonly counts: Float64Array;
  underflow = 0;
  overflow = 0;
  total = 0;
  private readonly width: number;

  constructor(
    readonly low: number,
    readonly high: number,
    readonly bins: number,
  ) {
    if (!(high > low) || !Number.isInteger(bins) || bins < 1) {
      throw new RangeError(`histogram needs low < high and a whole number of bins >= 1; found [${low}, ${high}) in ${bins}`);
    }
    this.counts = new Float64Array(bins);
    this.width = (high - low) / bins;
  }

  /** Adds an observation, with an optional weight (e.g. a duration). */
  add(x: number, weight = 1): void {
    this.total += weight;
    if (x < this.low) this.underflow += weight;
    else if (x >= this.high) this.overflow += weight;
    else this.counts[Math.min(this.bins - 1, Math.floor((x - this.low) / this.width))] += weight;
  }

  /** Lower edge of bin `i`. */
  edge(i: number): number {
    return this.low + i * this.width;
  }

  /**
   * The q-quantile, interpolated within its bin. Returns −Infinity or
   * Infinity when it falls in the underflow or overflow.
   */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = q * this.total;
    let cumulative = this.underflow;
    if (target < cumulative) return -Infinity;
    for (let i = 0; i < this.bins; i++) {
      const next = cumulative + this.counts[i];
      if (target <= next && this.counts[i] > 0) {
        return this.edge(i) + ((target - cumulative) / this.counts[i]) * this.width;
      }
      cumulative = next;
    }
    return Infinity;
  }

  reset(): void {
    this.counts.fill(0);
    this.underflow = 0;
    this.overflow = 0;
    this.total = 0;
  }
}
