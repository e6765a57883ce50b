/**
 * zod's issues → problem records (without a location, which the caller adds
 * from the layers the data came from). What was expected is read from the
 * schema at the issue's path rather than from the issue, so a message can
 * give the whole allowed range, not just the bound that was crossed.
 */
import type { z } from 'zod';
import { getAt, hasAt } from './merge.ts';
import type { Path, Problem } from './problems.ts';
import { scenarioSchema } from './schema/index.ts';
import { expectationOf, keysOf, schemaAt } from './schema-paths.ts';
import { closest } from './suggest.ts';

/** A problem before it is located: the part of it that the data and the schema decide. */
export type Finding = Omit<Problem, 'file' | 'line' | 'column' | 'option'> & {
  /** Whether the problem is with a key (an unknown key) or with the value written under it. */
  part: 'value' | 'key';
  /** Where in the files the problem was written, when that differs from the parameter's path (a timeline change). */
  at?: Path;
};

/** Keys a scenario file may hold at the top besides the schema's own. */
export const fileOnlyKeys = ['extends'] as const;

/** Turns zod's issues for some data into findings. */
export function findingsFromIssues(issues: readonly z.core.$ZodIssue[], data: unknown, root: z.core.$ZodType = scenarioSchema): Finding[] {
  return issues.flatMap((issue) => fromIssue(issue, data, root));
}

function fromIssue(issue: z.core.$ZodIssue, data: unknown, root: z.core.$ZodType): Finding[] {
  const path = issue.path as (string | number)[];
  const schema = schemaAt(path, data, root);
  const expected = schema ? expectationOf(schema) : undefined;
  const found = getAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey([...path, key], data, root));
    case 'invalid_type':
      if (!hasAt(data, path)) return [{ code: 'missing', path, expected, part: 'value' }];
      return [{ code: issue.expected === 'int' ? 'notWhole' : 'wrongType', path, found, expected, part: 'value' }];
    case 'too_small':
      return [{ code: 'tooSmall', path, found, expected, part: 'value' }];
    case 'too_big':
      return [{ code: 'tooBig', path, found, expected, part: 'value' }];
    case 'invalid_value':
      return [{ code: 'notOneOf', path, found, expected: { kind: 'oneOf', values: issue.values }, part: 'value' }];
    case 'invalid_union': {
      // A distribution whose `type` is missing or not one of the kinds: zod points at the `type` key itself.
      const options = (issue as { options?: unknown[] }).options;
      if (options && hasAt(data, path)) return [{ code: 'notOneOf', path, found, expected: { kind: 'oneOf', values: options }, part: 'value' }];
      if (options) return [{ code: 'missing', path, expected: { kind: 'oneOf', values: options }, part: 'value' }];
      return [{ code: 'invalid', path, found, detail: issue.code, part: 'value' }];
    }
    default:
      return [{ code: 'invalid', path, found, detail: issue.code, part: 'value' }];
  }
}

/** An unknown key, with the allowed key nearest to it. */
function unknownKey(path: Path, data: unknown, root: z.core.$ZodType): Finding {
  const parent = path.slice(0, -1);
  const parentSchema = schemaAt(parent, data, root);
  const keys = (parentSchema && keysOf(parentSchema, getAt(data, parent))) ?? [];
  const allowed = parent.length === 0 && root === scenarioSchema ? [...keys, ...fileOnlyKeys] : keys;
  const key = String(path[path.length - 1]);
  return { code: 'unknownKey', path, suggestion: closest(key, allowed), allowed, part: 'key' };
}
