/**
 * What is wrong with a file omsim wrote and reads back, in words: the first
 * problem zod finds, as the field written the way code would reach it
 * (`metrics["contacts.deliveredShare"].mean`) and what was expected and found
 * (`expected a number, found "abc"`). Readers add the file's name, so every
 * file omsim trusts only after checking is refused in the same voice.
 */
import type { z } from 'zod';

/** The field at fault ("" for the whole file) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** The checked value (as the schema outputs it), or the first problem with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

/** Checks `data` against `schema`. */
export function checkAgainst<T>(schema: z.ZodType<T>, data: unknown): Checked<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: { field: fieldText(issue.path), problem: issueText(issue, valueAt(data, issue.path)) } };
}

/** "field: problem", or the problem alone when it concerns the whole value. */
export function problemText(problem: FieldProblem): string {
  return problem.field === '' ? problem.problem : `${problem.field}: ${problem.problem}`;
}

/** A path as code would write it: names after dots, other keys quoted in brackets, positions in brackets. */
export function fieldText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** A value as a message shows it: text quoted, lists and objects by kind, an absent value as "nothing". */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0 ? 'an empty object' : 'an object';
  return String(value);
}

const nouns: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
};

function issueText(issue: z.core.$ZodIssue, found: unknown): string {
  const but = `, found ${shownValue(found)}`;
  // A schema that says in its own words what it expected is taken at its word.
  if (issue.message.startsWith('expected')) return `${issue.message}${but}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${nouns[issue.expected] ?? issue.expected}${but}`;
    case 'too_small':
      return `expected ${bound(issue.origin, issue.inclusive ? 'at least' : 'more than', issue.minimum)}${but}`;
    case 'too_big':
      return `expected ${bound(issue.origin, issue.inclusive ? 'at most' : 'less than', issue.maximum)}${but}`;
    case 'invalid_value':
      return `expected ${oneOf(issue.values)}${but}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options ? `expected ${oneOf(options)}${but}` : `expected ${unionNouns(issue)}${but}`;
    }
    case 'unrecognized_keys':
      return `holds ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}, which ${issue.keys.length === 1 ? 'is' : 'are'} not expected there`;
    default:
      return `${issue.message}${but}`;
  }
}

function bound(origin: string, relation: string, limit: number | bigint): string {
  if (origin === 'array' || origin === 'set') return `${relation} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
  if (origin === 'string') return `${relation} ${limit} ${limit === 1 ? 'character' : 'characters'}`;
  return `${relation} ${limit}`;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length === 1 ? shown[0] : `one of ${shown.join(', ')}`;
}

/** "a number or null": what each branch of a union of plain types expected. */
function unionNouns(issue: z.core.$ZodIssue & { code: 'invalid_union' }): string {
  const expected = issue.errors.map((branch) => branch.find((i) => i.path.length === 0 && i.code === 'invalid_type'));
  if (expected.some((i) => i === undefined)) return 'one of the forms allowed there';
  return expected.map((i) => nouns[(i as { expected: string }).expected] ?? (i as { expected: string }).expected).join(' or ');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
