/**
 * Checks that relate parameters to each other, which a schema of separate
 * fields cannot state: shares that must sum to 1, a distribution's smallest
 * value below its largest, a warm-up shorter than the run, work that can
 * start before it is due, and establishment groups with distinct names.
 *
 * Each check names the parameters it reads and runs only when those are
 * valid by themselves, so it reports alongside the schema's problems
 * elsewhere in the file instead of waiting for them to be fixed.
 */
import { z } from 'zod';
import type { Finding } from './issues.ts';
import { getAt } from './merge.ts';
import type { Path } from './problems.ts';
import type { Distribution, EstateGroup } from './schema/index.ts';
import { schemaAt } from './schema-paths.ts';

/** Weeks in a year, as the horizon in years is turned into weeks. */
export const weeksPerYear = 365.25 / 7;

/** Shares are written with a few decimals; their sum may miss 1 by rounding only. */
const shareTolerance = 1e-6;

const shareGroups = ['receptionMix', 'rosh', 'reoffending'] as const;
const distributions = ['remandWeeks', 'determinateSentenceMonths', 'tariffMonths', 'lifeTariffMonths'] as const;
const reports = ['parole', 'hdc', 'handover'] as const;

/** Findings of every check whose parameters are valid in the data. */
export function checkConsistency(data: Record<string, unknown>): Finding[] {
  // Whatever the schema gives at that path; each check below knows the shape it asked for.
  const valid = (path: Path): any => {
    const schema = schemaAt(path, data);
    const result = schema ? z.safeParse(schema, getAt(data, path)) : undefined;
    return result?.success ? result.data : undefined;
  };
  const findings: Finding[] = [];
  for (const key of shareGroups) findings.push(...shares(['population', key], valid(['population', key])));
  for (const key of distributions) findings.push(...distributionOrder(['population', key], valid(['population', key])));
  const estate: EstateGroup[] | undefined = valid(['estate']);
  estate?.forEach((group, i) => {
    for (const key of shareGroups) findings.push(...shares(['estate', i, 'population', key], group.population[key]));
    for (const key of distributions) findings.push(...distributionOrder(['estate', i, 'population', key], group.population[key]));
  });
  if (estate) findings.push(...duplicateNames(estate.map((group) => group.name), ['estate']));
  const horizon = valid(['horizon']);
  const warmup = valid(['warmup']);
  if (horizon && warmup) findings.push(...warmupWithinHorizon(horizon.years, warmup.weeks));
  for (const report of reports) {
    const r = valid(['reports', report]);
    if (r && r.startWeeksBefore < r.dueWeeksBefore) findings.push(atLeast(['reports', report, 'startWeeksBefore'], r.startWeeksBefore, ['reports', report, 'dueWeeksBefore'], r.dueWeeksBefore));
  }
  return findings;
}

function shares(at: Path, values: Record<string, number> | undefined): Finding[] {
  if (!values) return [];
  const total = Object.values(values).reduce((sum, share) => sum + share, 0);
  return Math.abs(total - 1) > shareTolerance ? [{ code: 'sharesDoNotSum', path: at, found: total, expected: { kind: 'sum', total: 1 }, part: 'value' }] : [];
}

/** A distribution's bounds in order: min ≤ mode or median ≤ max. */
function distributionOrder(at: Path, d: Distribution | null | undefined): Finding[] {
  if (!d) return [];
  const findings: Finding[] = [];
  const min = 'min' in d ? d.min : undefined;
  const max = 'max' in d ? d.max : undefined;
  if (min !== undefined && max !== undefined && max < min) return [atLeast([...at, 'max'], max, [...at, 'min'], min)];
  const [middle, value] = d.type === 'triangular' ? ['mode', d.mode] : d.type === 'lognormal' ? ['median', d.median] : [undefined, 0];
  if (middle) {
    if (min !== undefined && value < min) findings.push(atLeast([...at, middle], value, [...at, 'min'], min));
    if (max !== undefined && value > max) findings.push(atMost([...at, middle], value, [...at, 'max'], max));
  }
  return findings;
}

function warmupWithinHorizon(years: number, weeks: number | null): Finding[] {
  const horizonWeeks = years * weeksPerYear;
  return weeks !== null && weeks >= horizonWeeks ? [{ code: 'wrongOrder', path: ['warmup', 'weeks'], found: weeks, expected: { kind: 'withinHorizon', horizonWeeks }, part: 'value' }] : [];
}

function atLeast(path: Path, found: number, other: Path, value: number): Finding {
  return { code: 'wrongOrder', path, found, expected: { kind: 'compare', relation: 'atLeast', other, value }, part: 'value' };
}

function atMost(path: Path, found: number, other: Path, value: number): Finding {
  return { code: 'wrongOrder', path, found, expected: { kind: 'compare', relation: 'atMost', other, value }, part: 'value' };
}

function duplicateNames(names: readonly string[], at: Path): Finding[] {
  return names.flatMap((name, i): Finding[] => (names.indexOf(name) < i ? [{ code: 'duplicateName', path: [...at, i, 'name'], found: name, expected: { kind: 'unique' }, part: 'value' }] : []));
}
