/**
 * Checks a scenario's `sensitivity` section: each path fixed or given a range
 * must name a number with a default (a factor), a range must run from low to
 * high, each end must be a value the parameter may take, and a factor may
 * be fixed or given a range, not both. Problems are located at the entry
 * that causes them.
 */
import { z } from 'zod';
import { numericParameters } from './factors.ts';
import { findingsFromIssues, type Finding } from './issues.ts';
import type { Path } from './problems.ts';
import { sensitivitySchema } from './schema/index.ts';
import { checkPath, isMapping, splitPath } from './schema-paths.ts';

/** Findings for the sensitivity section of `data` (none when it is absent or not yet well-formed: the schema reports that). */
export function checkSensitivity(data: Record<string, unknown>): Finding[] {
  const parsed = sensitivitySchema.safeParse(isMapping(data.sensitivity) ? data.sensitivity : {});
  if (!parsed.success) return [];
  const { fixed, ranges } = parsed.data;
  const withRange = new Set(numericParameters().filter((p) => p.evidence?.kind === 'assumption' && p.evidence.range !== undefined).map((p) => p.path));
  const findings: Finding[] = [];
  fixed.forEach((text, index) => {
    const at: Path = ['sensitivity', 'fixed', index];
    const problem = pathProblem(text, at, data, 'value');
    if (problem) findings.push(problem);
    else if (Object.hasOwn(ranges, text)) findings.push({ code: 'fixedAndRanged', path: splitPath(text) ?? [text], at, part: 'value' });
    else if (!withRange.has(text)) findings.push({ code: 'notAFactor', path: splitPath(text) ?? [text], detail: 'it has no plausible range to vary it over, so there is nothing to fix', at, part: 'value' });
  });
  for (const [text, range] of Object.entries(ranges)) {
    const at: Path = ['sensitivity', 'ranges', text];
    const problem = pathProblem(text, at, data, 'key');
    if (problem) {
      findings.push(problem);
      continue;
    }
    const path = splitPath(text)!;
    const schema = (checkPath(path, data) as { ok: true; schema: z.core.$ZodType }).schema;
    const ends = range.flatMap((end, i) => {
      const own = z.safeParse(schema, end);
      return own.success ? [] : findingsFromIssues(own.error.issues, end, schema).map((f) => ({ ...f, path: [...path, ...f.path], at: [...at, i] }));
    });
    findings.push(...ends);
    if (ends.length === 0 && !(range[0] < range[1])) findings.push({ code: 'rangeBackwards', path, found: range, at, part: 'value' });
  }
  return findings;
}

/** Why a written path is not a factor's: it names no parameter (with a suggestion), or one that is not a number with a default. */
function pathProblem(text: string, at: Path, data: unknown, part: Finding['part']): Finding | undefined {
  const path = splitPath(text, { brackets: false });
  if (!path) return { code: 'unknownPath', path: [text], at, part };
  const check = checkPath(path, data);
  if (!check.ok) return { code: 'unknownPath', path, suggestion: check.suggestion, allowed: check.allowed, at, part };
  if (!numericParameters().some((p) => p.path === text)) {
    return { code: 'notAFactor', path, detail: 'a sensitivity analysis varies numbers with a default, and this is not one', at, part };
  }
  return undefined;
}
