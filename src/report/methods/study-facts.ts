/** The facts of a study the methods state in words: its aim, run length, warm-up, replications and seeds, and how its scenarios differ. */
import { replicationSeed } from '../../experiment/seeds.ts';
import type { Scenario } from '../../scenario/schema/index.ts';
import type { Block } from '../document.ts';
import { paragraph } from '../document.ts';
import { plural } from '../format.ts';
import type { Study } from '../read/study-folder.ts';
import { describeValue } from './parameters.ts';

/** One scenario of the study: its name as shown (a comparison's label), and the folder its files are in (relative to the study's folder). */
export interface StudyScenario {
  label: string;
  scenario: Scenario;
  folder: string;
}

export function scenariosOf(study: Study): StudyScenario[] {
  if (study.kind === 'run') return [{ label: study.run.label, scenario: study.run.summary.scenario, folder: '.' }];
  if (study.kind === 'comparison') return study.comparison.scenarios.map((s) => ({ label: s.name, scenario: s.summary.scenario, folder: s.folder }));
  return [{ label: study.sweep.scenario.name, scenario: study.sweep.scenario, folder: '.' }];
}

interface StudyFacts {
  aim: string;
  runLength: string;
  warmup: string;
  estimation: string;
  seeds: Block[];
}

const quoted = (name: string) => `“${name}”`;

export function describeStudy(study: Study): StudyFacts {
  const s = studyNumbers(study);
  const names = scenariosOf(study).map((x) => quoted(x.label));
  const aim =
    study.kind === 'run'
      ? `To estimate the outputs above for the scenario ${names[0]}.`
      : study.kind === 'comparison'
        ? `To compare the scenarios ${names.join(', ')}: each later scenario’s outputs are set against the first, as paired differences over common random numbers.`
        : `To trace how the outputs change as ${study.sweep.parameters.join(' and ')} vary over ${plural(study.sweep.points.length, 'point')}, starting from the scenario ${names[0]}.`;
  const suggested = s.suggestedWarmupWeeks === undefined ? '' : ` The MSER-5 rule applied to the weekly backlog of reports and unallocated cases suggests a warm-up of ${plural(s.suggestedWarmupWeeks, 'week')}${s.suggestedWarmupWeeks > s.warmupWeeks ? '; the warm-up used is shorter, so early results may still carry the start-up' : ''}.`;
  return {
    aim,
    runLength: `Each replication simulates ${plural(s.horizonYears, 'year')} (${plural(Math.round(s.horizonYears * 52), 'week')}).`,
    warmup: `The first ${plural(s.warmupWeeks, 'week')} of each replication are a warm-up whose statistics are discarded.${suggested}`,
    estimation: `${plural(s.replications, 'replication')} per ${study.kind === 'sweep' ? 'point' : 'scenario'}. Each output is averaged across replications; its 95% confidence interval is the mean plus or minus the t quantile (n − 1 degrees of freedom) times the standard error.${study.kind === 'comparison' ? ' Differences between scenarios are paired replication by replication, which removes most of the noise the scenarios share.' : ''}`,
    seeds: s.seeds.length === 0 ? [] : [paragraph(`Replication seeds: ${s.seeds.join(', ')}. Replication k of a scenario with seed s uses the seed “s.k”.`)],
  };
}

/** Replications, run length, warm-up and seeds of the study (a comparison's are its first scenario's: all share them). */
export function studyNumbers(study: Study): { replications: number; horizonYears: number; warmupWeeks: number; suggestedWarmupWeeks?: number; seeds: string[] } {
  if (study.kind === 'sweep') {
    const seed = study.sweep.scenario.seed;
    const n = study.sweep.study.replications;
    return { ...study.sweep.study, seeds: Array.from({ length: n }, (_, k) => replicationSeed(seed, k)) };
  }
  const first = study.kind === 'run' ? study.run.summary : study.comparison.scenarios[0].summary;
  return { ...first.study };
}

/** Rows of (parameter, scenario, value, first scenario's value) for every parameter that differs from the first scenario. */
export function scenarioDifferences(study: Study): string[][] {
  const [first, ...rest] = scenariosOf(study);
  if (first === undefined) return [];
  const base = flatten(first.scenario);
  const rows: string[][] = [];
  for (const other of rest) {
    const values = flatten(other.scenario);
    for (const path of new Set([...base.keys(), ...values.keys()])) {
      if (path === 'name' || path === 'description') continue;
      const a = base.get(path);
      const b = values.get(path);
      if (a !== b) rows.push([path, other.label, b ?? 'not set', a ?? 'not set']);
    }
  }
  return rows;
}

/** Every leaf of a scenario as path → value in words (arrays are leaves). */
function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix === '' ? key : `${prefix}.${key}`, into);
  } else into.set(prefix, describeValue(value));
  return into;
}
