/**
 * Random numbers: one independent, named stream per source of randomness,
 * each derived from the run's seed and the stream's name.
 *
 * Naming streams (rather than drawing everything from one generator) keeps a
 * source's draws the same when another source draws more or less, which is
 * what lets two scenarios share common random numbers.
 */
import seedrandom from 'seedrandom';
import { exp, ln, pow } from './deterministic-math.ts';

/** Makes the named streams of one run. */
export class RandomStreams {
  private readonly made = new Set<string>();

  constructor(readonly seed: number | string) {}

  /** The stream called `name`; each name may be taken once per run, so no two sources share draws by accident. */
  stream(name: string): RandomStream {
    if (this.made.has(name)) throw new Error(`random stream "${name}" was already taken in this run`);
    this.made.add(name);
    return new RandomStream(`${this.seed}/${name}`);
  }
}

/** One stream of random numbers with the distributions the models need. */
export class RandomStream {
  // Alea's state. Alea is the fastest of seedrandom's generators here, with
  // a period near 2^116 and good statistical quality; see the README.
  // seedrandom seeds it, and its step is written out in `next` below (giving
  // the very same numbers) so that V8 can inline it where a call through
  // seedrandom's closure stays a call.
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private c = 0;
  private spareNormal = NaN;

  constructor(seed: string) {
    const state = seedrandom.alea(seed, { state: true }).state();
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.c = state.c;
  }

  /** Uniform on [0, 1). */
  random(): number {
    return this.next();
  }

  /** One step of Alea: uniform on [0, 1), a whole multiple of 2^-32. */
  private next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  /** Uniform on [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** A whole number uniform on [low, high], both included. */
  integer(low: number, high: number): number {
    return low + Math.floor((high - low + 1) * this.next());
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -mean * ln(1 - this.next());
  }

  /** Normal, by the polar Box–Muller method (the second draw of each pair is kept). */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * ln(s)) / s);
    this.spareNormal = v * factor;
    return mean + sd * u * factor;
  }

  /** Lognormal whose logarithm is normal with `mu` and `sigma`. */
  lognormal(mu: number, sigma: number): number {
    return exp(this.normal(mu, sigma));
  }

  /** Gamma with `shape` and `scale` (mean shape × scale), by Marsaglia and Tsang's method. */
  gamma(shape: number, scale = 1): number {
    if (shape < 1) {
      // Boost: Gamma(a) = Gamma(a + 1) × U^(1/a).
      return this.gamma(shape + 1, scale) * pow(this.next(), 1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
      if (ln(u) < 0.5 * x * x + d * (1 - v + ln(v))) return d * v * scale;
    }
  }

  /** Triangular on [low, high] with the given mode. */
  triangular(low: number, mode: number, high: number): number {
    const u = this.next();
    const split = (mode - low) / (high - low);
    if (u < split) return low + Math.sqrt(u * (high - low) * (mode - low));
    return high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  }

  /** Poisson with the given mean: by multiplication for small means, else by Hörmann's PTRS. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 30) {
      const limit = exp(-mean);
      let k = 0;
      let product = this.next();
      while (product > limit) {
        k++;
        product *= this.next();
      }
      return k;
    }
    return this.poissonPtrs(mean);
  }

  /** True with probability `p`. */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** An index drawn with probability proportional to `weights`. */
  discrete(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) return i;
    }
    // Rounding can leave a sliver past the last weight: take the last positive one.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
    throw new RangeError('discrete distribution needs at least one positive weight');
  }

  /** One of `values`, with probability proportional to `weights` (equal when omitted). */
  pick<T>(values: readonly T[], weights?: readonly number[]): T {
    if (values.length === 0) throw new RangeError('cannot pick from an empty list');
    if (weights === undefined) return values[Math.floor(this.next() * values.length)];
    return values[this.discrete(weights)];
  }

  /** A draw from an empirical sample, interpolating between its sorted values. */
  empirical(sortedSample: readonly number[]): number {
    const n = sortedSample.length;
    if (n === 0) throw new RangeError('empirical distribution needs at least one value');
    if (n === 1) return sortedSample[0];
    const position = this.next() * (n - 1);
    const i = Math.floor(position);
    return sortedSample[i] + (position - i) * (sortedSample[i + 1] - sortedSample[i]);
  }

  /** Transformed rejection with squeeze (Hörmann 1993), exact for means of 10 or more. */
  private poissonPtrs(mean: number): number {
    const slam = Math.sqrt(mean);
    const logLam = ln(mean);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = ln(v * invAlpha / (a / (us * us) + b));
      const rhs = -mean + k * logLam - logFactorial(k);
      if (lhs <= rhs) return k;
    }
  }
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  if (k < 20) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return ln(f);
  }
  // Stirling's series, accurate to double precision from 20 up.
  const x = k + 1;
  return (x - 0.5) * ln(x) - x + 0.5 * ln(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/**
 * A uniform number in [0, 1) from a key and a counter alone: a counter-based
 * generator (the 32-bit finaliser of MurmurHash3 over key + counter × the
 * golden ratio). Draws made this way do not depend on the order in which
 * they are asked for, so two runs on common random numbers give an entity the
 * same draws even when their events fall in different orders.
 */
export function keyedUniform(key: number, counter: number): number {
  let z = (key + Math.imul(counter + 1, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return (z >>> 0) / 4294967296;
}
