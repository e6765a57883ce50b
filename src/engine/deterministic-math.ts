/**
 * The elementary functions every simulated quantity is computed with: the same
 * result, to the last bit, on every JavaScript engine and every CPU.
 *
 * ECMAScript leaves the rounding of `Math.log`, `Math.exp`, `Math.pow`,
 * `Math.cos` and the other transcendental functions to the engine: Node and
 * Chromium disagree in the last bit on some CPUs (an AVX-512 Xeon among them),
 * which moved event times by an ulp and so results. These are stdlib's ports of
 * FreeBSD's msun (fdlibm), written with IEEE-754 basic operations only
 * (+ − × ÷ and the correctly rounded `Math.sqrt`), which every engine rounds
 * alike. `test/engine/deterministic-math.test.ts` checks their accuracy against
 * reference values, and `test/engine/no-engine-math.test.ts` keeps engine,
 * model and experiment code from calling `Math`'s own.
 */
import stdlibCos from '@stdlib/math-base-special-cos';
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibPow from '@stdlib/math-base-special-pow';
import stdlibTan from '@stdlib/math-base-special-tan';

/** The natural logarithm. */
export const ln: (x: number) => number = stdlibLn;

/** e to the power `x`. */
export const exp: (x: number) => number = stdlibExp;

/** `base` to the power `exponent`. */
export const pow: (base: number, exponent: number) => number = stdlibPow;

/** The cosine of `x` radians. */
export const cos: (x: number) => number = stdlibCos;

/** The tangent of `x` radians. */
export const tan: (x: number) => number = stdlibTan;
