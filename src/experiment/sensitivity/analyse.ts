/**
 * The indices of a sensitivity analysis from its runs, as one tidy table
 * (factor, metric, index, value, lower, upper), and for each metric its
 * factors ranked by the index that says how much each matters:
 *
 * - one at a time: for each factor, the change from the scenario as written
 *   to its low end (`low`) and to its high end (`high`), and from low to high
 *   (`swing`), each a mean of paired differences over the replications, which
 *   share their random numbers, with a t-based 95% interval; ranked by |swing|;
 * - Morris: μ* (`mu_star`), μ (`mu`) and σ (`sigma`) of the elementary
 *   effects of the replications' mean at each point, with bootstrap
 *   intervals over the trajectories; ranked by μ*;
 * - Sobol: first-order (`first_order`) and total (`total`) indices of the
 *   replications' mean at each point, with bootstrap intervals over the base
 *   rows; ranked by the total index.
 *
 * A design file has no analysis here: its runs are the result, for the tool
 * that made the design to analyse.
 */
import type { SensitivityDesign, UnitRecords } from '../design.ts';
import { summariseValues } from '../interval.ts';
import { morrisDesign, morrisIndices, type MorrisDesign } from './morris.ts';
import { designSeed } from './points.ts';
import { sobolDesign, sobolIndices } from './sobol.ts';

export interface IndexRow {
  factor: string;
  metric: string;
  index: string;
  value: number;
  lower: number;
  upper: number;
}

/** For one metric, its factors by how much each matters, most first, by the index named. */
export interface Ranking {
  metric: string;
  index: string;
  factors: { factor: string; value: number; lower: number; upper: number }[];
}

/** The index each method ranks factors by. */
export const rankingIndex = { oat: 'swing', morris: 'mu_star', sobol: 'total', file: '' } as const;

/** A metric's value in one record (a counter a replication never touched counts 0, as in a sweep). */
const valueOf = (metrics: Record<string, number>, metric: string) => metrics[metric] ?? 0;

/** The mean over the replications of each point (NaN ignored). */
export function pointMeans(records: UnitRecords, metric: string): number[] {
  return records.map((point) => summariseValues(point.map((r) => valueOf(r.metrics, metric))).mean);
}

export function sensitivityIndices(design: SensitivityDesign, records: UnitRecords): IndexRow[] {
  return design.metrics.flatMap((metric) => {
    if (design.method === 'oat') return oatRows(design, records, metric);
    if (design.method === 'morris') return morrisRows(design, records, metric);
    if (design.method === 'sobol') return sobolRows(design, records, metric);
    return [];
  });
}

function oatRows(design: SensitivityDesign, records: UnitRecords, metric: string): IndexRow[] {
  const at = (point: number) => records[point].map((r) => valueOf(r.metrics, metric));
  const base = at(0);
  return design.factors.flatMap((f, i) => {
    const [low, high] = [at(2 * i + 1), at(2 * i + 2)];
    const paired = (a: number[], b: number[]) => summariseValues(a.map((v, k) => v - b[k]));
    return (
      [
        ['low', paired(low, base)],
        ['high', paired(high, base)],
        ['swing', paired(high, low)],
      ] as const
    ).map(([index, s]) => ({ factor: f.path, metric, index, value: s.mean, lower: s.ci95[0], upper: s.ci95[1] }));
  });
}

function morrisRows(design: SensitivityDesign, records: UnitRecords, metric: string): IndexRow[] {
  const { trajectories, levels } = design.settings;
  const unit = withStepsTaken(design, morrisDesign(design.factors.length, trajectories, levels, designSeed(design.scenario.seed, 'morris')));
  return morrisIndices(unit, pointMeans(records, metric), { seed: `${design.scenario.seed}.morris-bootstrap/${metric}` }).flatMap((m) => {
    const factor = design.factors[m.factor].path;
    return [
      { factor, metric, index: 'mu_star', value: m.muStar, lower: m.muStarInterval[0], upper: m.muStarInterval[1] },
      { factor, metric, index: 'mu', value: m.mu, lower: m.muInterval[0], upper: m.muInterval[1] },
      { factor, metric, index: 'sigma', value: m.sigma, lower: m.sigmaInterval[0], upper: m.sigmaInterval[1] },
    ];
  });
}

/**
 * The Morris design with each step as the share of its factor's range the
 * values actually moved, where that differs from the grid's Δ: a whole-number
 * factor is rounded (shiftsPerWeek over 4 to 5 moves a whole day for a step of
 * two thirds) and a triangular one is stretched. A step rounded to nothing
 * keeps the grid's Δ: the runs at both ends are the same, so its effect is 0.
 */
function withStepsTaken(design: SensitivityDesign, unit: MorrisDesign): MorrisDesign {
  const steps = unit.steps.map((step) => {
    const factor = design.factors[step.factor];
    if (!factor.whole && factor.distribution === 'uniform') return step;
    const moved = (design.points[step.to].values[factor.path] - design.points[step.from].values[factor.path]) / (factor.high - factor.low);
    return moved === 0 ? step : { ...step, step: moved };
  });
  return { ...unit, steps };
}

function sobolRows(design: SensitivityDesign, records: UnitRecords, metric: string): IndexRow[] {
  const unit = sobolDesign(design.factors.length, design.settings.base, designSeed(design.scenario.seed, 'sobol'));
  return sobolIndices(unit, pointMeans(records, metric), { seed: `${design.scenario.seed}.sobol-bootstrap/${metric}` }).flatMap((s) => {
    const factor = design.factors[s.factor].path;
    return [
      { factor, metric, index: 'first_order', value: s.first, lower: s.firstInterval[0], upper: s.firstInterval[1] },
      { factor, metric, index: 'total', value: s.total, lower: s.totalInterval[0], upper: s.totalInterval[1] },
    ];
  });
}

/** Each metric's factors ranked by the method's ranking index (by size: a swing either way counts), most first; none for a design file. */
export function rankFactors(design: SensitivityDesign, rows: readonly IndexRow[]): Ranking[] {
  const index = rankingIndex[design.method];
  if (index === '') return [];
  return design.metrics.map((metric) => {
    const size = (v: number) => (Number.isNaN(v) ? -Infinity : Math.abs(v));
    const factors = rows
      .filter((r) => r.metric === metric && r.index === index)
      .map(({ factor, value, lower, upper }) => ({ factor, value, lower, upper }))
      // Ties (factors that move nothing) keep the design's order, so the ranking is the same on every run.
      .sort((a, b) => size(b.value) - size(a.value));
    return { metric, index, factors };
  });
}
