/**
 * Checks the timeline: each change's `set` maps dotted parameter paths to new
 * values. Every path must name a parameter that may change during a run, and
 * every value must be valid there: by itself (type, range) and, applied in
 * week order to the scenario, together with the rest (shares still summing
 * to 1, and so on). Problems are located at the change that causes them.
 *
 * A change replaces the value at its path. The checked timeline keeps each
 * value with its defaults filled in, so the model can apply it as it stands.
 */
import { z } from 'zod';
import { checkConsistency } from './consistency.ts';
import { type Finding, findingsFromIssues } from './issues.ts';
import { checkLimits, type LimitName, limitInputs } from './limits.ts';
import { copy, getAt, put } from './merge.ts';
import type { Path } from './problems.ts';
import { type Scenario, scenarioSchema, type TimelineChange } from './schema/index.ts';
import { checkPath, formatDotted, isMapping, splitPath } from './schema-paths.ts';
import { parseSections } from './sections.ts';

/** Parameters fixed for a whole run: what it is, how long, how often, and of which establishments. */
export const fixedDuringRun = ['$schema', 'name', 'description', 'era', 'seed', 'replications', 'horizon', 'warmup', 'estate', 'timeline', 'sensitivity'] as const;

interface Entry {
  index: number;
  week: number;
  key: string;
  path: Path;
  value: unknown;
}

/** Findings for the timeline, and the timeline with its values normalised (when the scenario is valid). */
export function checkTimeline(data: Record<string, unknown>, scenario: Scenario | undefined): { findings: Finding[]; timeline?: TimelineChange[] } {
  const section = parseSections(data, ['timeline']);
  if (!section) return { findings: [] };
  const entries: Entry[] = [];
  const findings: Finding[] = [];
  section.timeline.forEach((change, index) => {
    for (const key of Object.keys(change.set)) {
      const at: Path = ['timeline', index, 'set', key];
      const where = { change: { index, week: change.week }, at };
      const path = splitPath(key, { brackets: false });
      if (!path) {
        findings.push({ code: 'unknownPath', path: [key], part: 'key', ...where });
        continue;
      }
      if ((fixedDuringRun as readonly unknown[]).includes(path[0])) {
        findings.push({ code: 'timelineFixed', path, part: 'key', ...where });
        continue;
      }
      const check = checkPath(path, scenario ?? data);
      if (!check.ok) {
        findings.push({ code: 'unknownPath', path, suggestion: check.suggestion, allowed: check.allowed, part: 'key', ...where });
        continue;
      }
      const value = change.set[key];
      const own = z.safeParse(check.schema, value);
      if (!own.success) {
        const inner = findingsFromIssues(own.error.issues, value, check.schema);
        findings.push(...inner.map((f) => ({ ...f, path: [...path, ...f.path], at: [...at, ...f.path], change: where.change })));
        continue;
      }
      entries.push({ index, week: change.week, key, path, value });
    }
  });
  if (!scenario || findings.length > 0) return { findings };
  return applyInWeekOrder(scenario, section.timeline, entries);
}

/**
 * Applies the changes week by week to the scenario, checking the whole after
 * each. A problem is put down to the change whose paths it involves; one that
 * involves none of them was caused earlier and has been reported already.
 */
function applyInWeekOrder(scenario: Scenario, timeline: TimelineChange[], entries: Entry[]): { findings: Finding[]; timeline?: TimelineChange[] } {
  const findings: Finding[] = [];
  const normalised = timeline.map((change) => ({ ...change, set: { ...change.set } }));
  let current = copy(scenario) as Record<string, unknown>;
  const order = [...new Set(entries.map((e) => e.index))].sort((a, b) => timeline[a].week - timeline[b].week || a - b);
  for (const index of order) {
    const changes = entries.filter((e) => e.index === index);
    const candidate = copy(current);
    const missing = changes.filter((e) => !replaceAt(candidate, e.path, e.value));
    for (const e of missing) findings.push({ code: 'noSuchEntry', path: e.path, found: entryCount(candidate, e.path), part: 'key', at: ['timeline', index, 'set', e.key], change: { index, week: e.week } });
    if (missing.length > 0) continue;
    const parsed = scenarioSchema.safeParse(candidate);
    const problems = parsed.success ? [...checkConsistency(candidate), ...limitsNewlyPassed(current, candidate)] : findingsFromIssues(parsed.error.issues, candidate);
    for (const f of problems) {
      const cause = changes.find((e) => involved(f).some((path) => overlaps(e.path, path)));
      if (!cause) continue;
      // A total over a limit is put down to the value the change sets (the total itself is written nowhere).
      const path = f.code === 'tooLarge' ? cause.path : f.path;
      findings.push({ ...f, path, at: ['timeline', index, 'set', cause.key], change: { index, week: cause.week } });
    }
    // Later changes are judged with this one in force, even when it has problems of its own.
    current = parsed.success ? (parsed.data as Record<string, unknown>) : candidate;
    if (parsed.success) for (const e of changes) normalised[index].set[e.key] = getAt(parsed.data, e.path);
  }
  return findings.length > 0 ? { findings } : { findings, timeline: normalised };
}

/**
 * Limits (limits.ts) that the scenario goes beyond after a change but did not
 * before it: the same totals, and the same limits, as the values written
 * directly are held to. One passed already was reported where it was passed.
 */
function limitsNewlyPassed(before: Record<string, unknown>, after: Record<string, unknown>): Finding[] {
  const limitOf = (f: Finding) => (f.expected?.kind === 'limit' ? f.expected.limit : undefined);
  const passed = new Set(checkLimits(before).map(limitOf));
  return checkLimits(after).filter((f) => !passed.has(limitOf(f)));
}

/** The parameters a finding is about: its own path, the one it is compared with, or the sections a limit's total is made from. */
function involved(f: Finding): Path[] {
  if (f.expected?.kind === 'compare') return [f.path, f.expected.other];
  if (f.expected?.kind === 'limit') return limitInputs[f.expected.limit as LimitName].map((path) => [...path]);
  return [f.path];
}

/** Replaces the value at a path; false when a list on the way has no such entry. */
function replaceAt(data: Record<string, unknown>, path: Path, value: unknown): boolean {
  let parent: unknown = data;
  for (const segment of path.slice(0, -1)) {
    parent = getAt(parent, [segment]);
    if (!isMapping(parent) && !Array.isArray(parent)) return false;
  }
  const last = path[path.length - 1];
  if (Array.isArray(parent)) {
    if (typeof last !== 'number' || last >= parent.length) return false;
    parent[last] = copy(value);
  } else put(parent as Record<string, unknown>, String(last), copy(value));
  return true;
}

/** How many entries the first list along a path has that the path goes beyond. */
function entryCount(data: unknown, path: Path): number {
  for (let i = 0; i < path.length; i++) {
    const list = getAt(data, path.slice(0, i));
    if (Array.isArray(list) && typeof path[i] === 'number' && (path[i] as number) >= list.length) return list.length;
  }
  return 0;
}

/** Whether one path lies within the other. */
function overlaps(a: Path, b: Path): boolean {
  const shared = Math.min(a.length, b.length);
  return formatDotted(a.slice(0, shared)) === formatDotted(b.slice(0, shared));
}
