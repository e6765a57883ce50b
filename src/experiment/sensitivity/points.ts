/**
 * The points of a sensitivity design as factor values: a point of the unit
 * hypercube (Morris, Sobol) read through each factor's distribution over its
 * range, or one factor at a time at each end of its range (OAT). Whole-number
 * factors are rounded, so every value is one the scenario may take.
 */
import type { SensitivityDesign, SweepPoint } from '../design.ts';
import { morrisDesign } from './morris.ts';
import { sobolDesign } from './sobol.ts';

type FactorRange = SensitivityDesign['factors'][number];

/** The value at quantile `u` (0 to 1) of the factor's distribution over its range. */
export function valueAt(factor: FactorRange, u: number): number {
  const { low, high } = factor;
  let value = low + u * (high - low);
  if (factor.distribution === 'triangular') {
    // Mode at the scenario's value, kept inside the range.
    const mode = Math.min(high, Math.max(low, factor.value ?? (low + high) / 2));
    const split = (mode - low) / (high - low);
    value = u < split ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  }
  return factor.whole ? Math.round(value) : value;
}

/** Points of the unit hypercube read as factor values. */
function fromUnitPoints(factors: readonly FactorRange[], unit: readonly Float64Array[]): SweepPoint[] {
  return unit.map((u, point) => ({ point, values: Object.fromEntries(factors.map((f, i) => [f.path, valueAt(f, u[i])])) }));
}

/** The seed of a design's own random numbers (which points to run), apart from the runs' random numbers. */
export function designSeed(scenarioSeed: number, method: string): string {
  return `${scenarioSeed}.${method}-design`;
}

/**
 * One factor at a time: point 0 is the scenario as written, then for each
 * factor its low end and its high end, the others at the scenario's values.
 */
export function oatPoints(factors: readonly FactorRange[]): SweepPoint[] {
  const points: SweepPoint[] = [{ point: 0, values: {} }];
  for (const f of factors) {
    points.push({ point: points.length, values: { [f.path]: valueAt(f, 0) } });
    points.push({ point: points.length, values: { [f.path]: valueAt(f, 1) } });
  }
  return points;
}

/** Morris's trajectories over the factors (see morris.ts), as factor values. */
export function morrisPoints(factors: readonly FactorRange[], trajectories: number, levels: number, seed: string): SweepPoint[] {
  return fromUnitPoints(factors, morrisDesign(factors.length, trajectories, levels, seed).points);
}

/** Saltelli's matrices over the factors (see sobol.ts), as factor values. */
export function sobolPoints(factors: readonly FactorRange[], base: number, seed: string): SweepPoint[] {
  return fromUnitPoints(factors, sobolDesign(factors.length, base, seed).points);
}
