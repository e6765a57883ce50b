/**
 * `--set path=value` on the command line: a change to one parameter, applied
 * after `extends`. The value is read as YAML, so `24`, `null`, `true`,
 * `[high, veryHigh]` and `{type: fixed, value: 3}` mean what they would in a
 * file. A path that names no parameter is a problem with a suggestion.
 */
import type { Layer } from './locate.ts';
import { copy, deepMerge, getAt, hasAt, put } from './merge.ts';
import { parseYaml } from './parse.ts';
import type { Location, Path, Problem } from './problems.ts';
import { checkPath, isMapping, splitPath } from './schema-paths.ts';

/** The scenario with the overrides applied, a layer for each (most derived first), and any problems. */
export interface Overridden {
  data: Record<string, unknown>;
  layers: Layer[];
  problems: Problem[];
}

/** Applies `--set` options in order to merged scenario data (which is not changed). */
export function applyOverrides(data: Record<string, unknown>, options: readonly string[], file: string): Overridden {
  let result = copy(data);
  const layers: Layer[] = [];
  const problems: Problem[] = [];
  for (const option of options) {
    const at: Location = { file, line: 0, column: 0, option: `--set ${option}` };
    const parsed = parseOverride(option, result, at);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const applied = setAt(result, parsed.path, parsed.value);
    if ('problem' in applied) {
      problems.push({ ...at, ...applied.problem, path: parsed.path });
      continue;
    }
    result = applied.data;
    layers.unshift(overrideLayer(parsed.path, parsed.value, at));
  }
  return { data: result, layers, problems };
}

function parseOverride(option: string, data: unknown, at: Location): { path: Path; value: unknown } | { problem: Problem } {
  const equals = option.indexOf('=');
  const path = equals > 0 ? splitPath(option.slice(0, equals).trim()) : undefined;
  if (!path) return { problem: { ...at, code: 'overrideSyntax', path: [], found: option } };
  const check = checkPath(path, data);
  if (!check.ok) return { problem: { ...at, code: 'unknownPath', path, suggestion: check.suggestion, allowed: check.allowed } };
  const written = option.slice(equals + 1);
  // "15%" is 0.15, as --target reads it (a scenario file writes shares as fractions).
  const percent = /^\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*%\s*$/.exec(written);
  if (percent) return { path, value: Number(percent[1]) / 100 };
  const read = parseYaml(written, at.file);
  if (read.problems.length > 0) return { problem: { ...at, code: 'overrideValue', path, found: written, detail: read.problems[0].detail } };
  return { path, value: read.value ?? null };
}

/** A copy of the data with a value set at a path; mappings on the way are made as needed, list entries must exist. */
function setAt(data: Record<string, unknown>, path: Path, value: unknown): { data: Record<string, unknown> } | { problem: Pick<Problem, 'code' | 'found'> } {
  const result = copy(data);
  let parent: unknown = result;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (typeof segment === 'number') {
      // Only a list written in a file (or an earlier --set) has entries to change.
      if (!Array.isArray(parent) || segment >= parent.length) return { problem: { code: 'noSuchEntry', found: Array.isArray(parent) ? parent.length : 0 } };
      if (last) parent[segment] = deepMerge(parent[segment], value);
      else {
        if (typeof path[i + 1] === 'string' && !isMapping(parent[segment])) parent[segment] = {};
        parent = parent[segment];
      }
      continue;
    }
    const record = parent as Record<string, unknown>;
    if (last) put(record, segment, Object.hasOwn(record, segment) ? deepMerge(record[segment], value) : copy(value));
    else {
      if (typeof path[i + 1] === 'string' && !isMapping(record[segment])) put(record, segment, {});
      parent = record[segment];
    }
  }
  return { data: result };
}

/** An override as a layer: it writes its value at its path, and passes through the mappings above it. */
function overrideLayer(path: Path, value: unknown, at: Location): Layer {
  return {
    holds(p) {
      const shared = Math.min(p.length, path.length);
      for (let i = 0; i < shared; i++) if (String(p[i]) !== String(path[i])) return 'none';
      if (p.length < path.length) return 'through';
      const rest = p.slice(path.length);
      if (!hasAt(value, rest)) return 'none';
      return isMapping(getAt(value, rest)) ? 'map' : 'value';
    },
    where: () => at,
  };
}
