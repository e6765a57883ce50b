/**
 * The grid of a sweep, from `--vary path=values`: a range `start:stop:step`
 * (both ends included) or a list `a,b,c`, for one or two parameters. With
 * two, every combination is a point, the first parameter varying slowest.
 */
import type { SweepPoint, SweepValue } from './design.ts';
import { ExperimentError } from './errors.ts';

/** One varied parameter: its path, and each value with the text the scenario loader reads it from. */
export interface VariedParameter {
  path: string;
  values: { value: SweepValue; text: string }[];
}

/** Most points a sweep may have. */
export const maxSweepPoints = 10_000;

/** Parameters a sweep must not vary: every point shares them, so points are comparable. */
const fixedParameters: Record<string, string> = {
  seed: 'every point uses the same seed, so that points share random numbers and differ only by the varied values',
  replications: 'every point runs the same replications; set them with --reps',
};

/** Reads the --vary options: one or two, each a distinct parameter. */
export function parseVary(options: readonly string[]): VariedParameter[] {
  if (options.length === 0) throw new ExperimentError('sweep needs --vary path=values, e.g. --vary staff.offenderSupervisors.count=10:60:5');
  if (options.length > 2) throw new ExperimentError(`sweep varies one or two parameters; found ${options.length} --vary options`);
  const parameters = options.map(parseOne);
  if (parameters.length === 2 && parameters[0].path === parameters[1].path) throw new ExperimentError(`--vary names ${parameters[0].path} twice`);
  const points = parameters.reduce((n, p) => n * p.values.length, 1);
  if (points > maxSweepPoints) throw new ExperimentError(`the sweep has ${points.toLocaleString('en-GB')} points; at most ${maxSweepPoints.toLocaleString('en-GB')} are allowed`);
  return parameters;
}

/** Every point of the grid, numbered from 0. */
export function gridPoints(parameters: readonly VariedParameter[]): SweepPoint[] {
  let combinations: Record<string, SweepValue>[] = [{}];
  for (const parameter of parameters) {
    combinations = combinations.flatMap((values) => parameter.values.map(({ value }) => ({ ...values, [parameter.path]: value })));
  }
  return combinations.map((values, point) => ({ point, values }));
}

/** The `--set` options that give a point its values. */
export function pointOverrides(parameters: readonly VariedParameter[], point: SweepPoint): string[] {
  return parameters.map((p) => `${p.path}=${p.values.find((v) => v.value === point.values[p.path])?.text ?? String(point.values[p.path])}`);
}

function parseOne(option: string): VariedParameter {
  const equals = option.indexOf('=');
  if (equals <= 0 || equals === option.length - 1) {
    throw new ExperimentError(`--vary must be path=values, a range start:stop:step or a list a,b,c; found "${option}"`);
  }
  const path = option.slice(0, equals).trim();
  if (Object.hasOwn(fixedParameters, path)) throw new ExperimentError(`--vary cannot vary ${path}: ${fixedParameters[path]}`);
  const spec = option.slice(equals + 1).trim();
  const values = spec.includes(':') ? parseRange(spec, `--vary ${option}`) : parseList(spec, option);
  return { path, values };
}

/** start:stop:step, both ends included; values are rounded to the decimals written, so 0.1:0.3:0.1 gives 0.1, 0.2, 0.3. */
export function parseRange(spec: string, where = spec): { value: number; text: string }[] {
  const parts = spec.split(':').map((s) => s.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) {
    throw new ExperimentError(`a range is start:stop:step with three numbers; found "${spec}" (${where})`);
  }
  const [start, stop, step] = numbers;
  if (step === 0 || (stop - start) * step < 0) {
    throw new ExperimentError(`the step must be non-zero and lead from ${start} towards ${stop}; found ${spec} (${where})`);
  }
  const count = Math.floor((stop - start) / step + 1e-9) + 1;
  if (count > maxSweepPoints) throw new ExperimentError(`${spec} has ${count.toLocaleString('en-GB')} values; at most ${maxSweepPoints.toLocaleString('en-GB')} are allowed (${where})`);
  const digits = Math.min(15, Math.max(decimals(parts[0]), decimals(parts[2])));
  return Array.from({ length: count }, (_, i) => {
    const value = Number((start + i * step).toFixed(digits));
    return { value, text: String(value) };
  });
}

/** a,b,c: numbers, each passed to the scenario loader as written. */
function parseList(spec: string, option: string): { value: SweepValue; text: string }[] {
  const items = spec.split(',').map((s) => s.trim());
  if (items.some((item) => item === '')) throw new ExperimentError(`a list of values has an empty entry: "${spec}" in --vary ${option}`);
  const values = items.map((text) => ({ value: numberIn(text, option), text }));
  const seen = new Set<SweepValue>();
  for (const { value } of values) {
    if (seen.has(value)) throw new ExperimentError(`${String(value)} is listed twice in --vary ${option}`);
    seen.add(value);
  }
  return values;
}

function numberIn(text: string, option: string): number {
  const number = Number(text);
  if (!Number.isFinite(number)) throw new ExperimentError(`sweep values are numbers; found "${text}" in --vary ${option}`);
  return number;
}

function decimals(text: string): number {
  const match = /\.(\d+)/.exec(text);
  const exponent = /e(-?\d+)/i.exec(text);
  return (match ? match[1].length : 0) + (exponent ? Math.max(0, -Number(exponent[1])) : 0);
}
