/**
 * The scenario schema read as a tree of parameter paths: which keys are
 * allowed at a path, what a value there should be, and whether a dotted path
 * (from `--set` or a timeline change) names a parameter at all.
 *
 * It reads zod's definitions (`_zod.def`) rather than parsing, because a
 * misspelt path has to be found and corrected before any value exists.
 */
import type { z } from 'zod';
import type { Expectation, Path } from './problems.ts';
import { scenarioSchema } from './schema/index.ts';
import { closest } from './suggest.ts';

type Schema = z.core.$ZodType;
// zod's definitions differ by schema type; this module reads only the fields it names.
type Def = { type: string; [field: string]: any };

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const wrappers = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'nonoptional', 'catch']);

/** The schema without the wrappers that do not change what may be written, and whether null is allowed. */
export function unwrap(schema: Schema): { schema: Schema; nullable: boolean } {
  let nullable = false;
  for (;;) {
    const def = defOf(schema);
    if (def.type === 'nullable') nullable = true;
    if (wrappers.has(def.type)) schema = def.innerType;
    else if (def.type === 'pipe') schema = def.in;
    else if (def.type === 'lazy') schema = def.getter();
    else return { schema, nullable };
  }
}

/** A parameter's description: its own, or else that of the schema a wrapper (a default, null allowed) wraps. */
export function descriptionOf(schema: Schema): string {
  for (;;) {
    const own = (schema as { description?: string }).description;
    if (own !== undefined) return own;
    const def = defOf(schema);
    if (wrappers.has(def.type)) schema = def.innerType;
    else if (def.type === 'pipe') schema = def.in;
    else return '';
  }
}

/** The option of a union that fits the data written (by its discriminator), or undefined. */
function unionOption(def: Def, data: unknown): Schema | undefined {
  if (!def.discriminator || !isMapping(data)) return undefined;
  const tag = data[def.discriminator];
  return (def.options as Schema[]).find((option) => {
    const field = childOf(option, def.discriminator, undefined);
    return field !== undefined && (defOf(unwrap(field).schema).values as unknown[] | undefined)?.includes(tag);
  });
}

/** The schema one step down a path, given the data written there (which picks a union's option). */
export function childOf(schema: Schema, segment: string | number, data: unknown): Schema | undefined {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      return typeof segment === 'string' && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    case 'array':
      return isIndex(segment) ? def.element : undefined;
    case 'record':
      return typeof segment === 'string' ? def.valueType : undefined;
    case 'union': {
      const option = unionOption(def, data);
      if (option) return childOf(option, segment, isMapping(data) ? data : undefined);
      for (const each of def.options as Schema[]) {
        const child = childOf(each, segment, undefined);
        if (child) return child;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The schema at a path through the data written (undefined when the path names no parameter). */
export function schemaAt(path: Path, data: unknown, root: Schema = scenarioSchema): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const segment of path) {
    schema = childOf(schema, segment, data);
    if (!schema) return undefined;
    data = isMapping(data) || Array.isArray(data) ? (data as Record<string | number, unknown>)[segment] : undefined;
  }
  return schema;
}

/** The keys a mapping may hold at this schema (a union's option chosen by the data), or undefined for no fixed keys. */
export function keysOf(schema: Schema, data: unknown): string[] | undefined {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object') return Object.keys(def.shape);
  if (def.type === 'union') {
    const option = unionOption(def, data);
    if (option) return keysOf(option, data);
    return [...new Set((def.options as Schema[]).flatMap((each) => keysOf(each, undefined) ?? []))];
  }
  return undefined;
}

/** What a value at this schema should be, for a message. */
export function expectationOf(schema: Schema): Expectation {
  const { schema: inner, nullable } = unwrap(schema);
  const def = defOf(inner);
  const checks: Def[] = (def.checks ?? []).map((check: Schema) => defOf(check));
  const bound = (name: string, field: string, pick: (a: number, b: number) => number) =>
    checks.filter((c) => c.check === name).map((c) => c[field] as number).reduce<number | undefined>((a, b) => (a === undefined ? b : pick(a, b)), undefined);
  switch (def.type) {
    case 'number':
      return {
        kind: 'number',
        whole: checks.some((c) => c.check === 'number_format' && /int/.test(c.format)),
        min: bound('greater_than', 'value', Math.max),
        max: bound('less_than', 'value', Math.min),
        nullable,
      };
    case 'string':
      return { kind: 'text', minLength: bound('min_length', 'minimum', Math.max), maxLength: bound('max_length', 'maximum', Math.min), nullable };
    case 'boolean':
      return { kind: 'boolean', nullable };
    case 'enum':
      return { kind: 'oneOf', values: Object.values(def.entries), nullable };
    case 'literal':
      return { kind: 'oneOf', values: def.values, nullable };
    case 'array':
      return {
        kind: 'list',
        minItems: bound('min_length', 'minimum', Math.max),
        maxItems: bound('max_length', 'maximum', Math.min),
        exactly: bound('length_equals', 'length', Math.min),
        nullable,
      };
    case 'object':
    case 'record':
      return { kind: 'mapping', nullable };
    case 'union':
      return def.discriminator ? { kind: 'distribution', types: (def.options as Schema[]).flatMap((o) => discriminatorValues(o, def.discriminator)) } : { kind: 'anything' };
    default:
      return { kind: 'anything' };
  }
}

function discriminatorValues(option: Schema, key: string): string[] {
  const field = childOf(option, key, undefined);
  return field ? ((defOf(unwrap(field).schema).values as string[] | undefined) ?? []) : [];
}

/** The result of checking a written path against the schema. */
export type PathCheck =
  | { ok: true; schema: Schema }
  | { ok: false; /** index of the first segment that names nothing */ at: number; suggestion?: string; allowed?: string[] };

/**
 * Checks a path against the schema, through the data written (for lists and
 * distributions). When a segment names nothing, suggests the closest key at
 * each wrong step, and offers the whole corrected path only if it then leads
 * somewhere.
 */
export function checkPath(path: Path, data: unknown, root: Schema = scenarioSchema): PathCheck {
  let schema: Schema = root;
  let firstBad = -1;
  let allowed: string[] | undefined;
  const corrected: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    let segment = path[i];
    let child = childOf(schema, segment, data);
    if (!child) {
      const keys = keysOf(schema, data);
      if (firstBad < 0) {
        firstBad = i;
        allowed = keys;
      }
      const near = typeof segment === 'string' && keys ? closest(segment, keys) : undefined;
      if (near === undefined) return { ok: false, at: firstBad, allowed };
      segment = near;
      child = childOf(schema, segment, data)!;
    }
    corrected.push(segment);
    schema = child;
    data = isMapping(data) || Array.isArray(data) ? (data as Record<string | number, unknown>)[segment] : undefined;
  }
  if (firstBad < 0) return { ok: true, schema };
  return { ok: false, at: firstBad, suggestion: formatDotted(corrected), allowed };
}

/** A path as written on the command line and in timeline changes: `estate.0.staff`. */
export function formatDotted(path: Path): string {
  return path.map(String).join('.');
}

/**
 * Splits a dotted path (`staff.offenderSupervisors.count`, `estate.0.count`)
 * into segments; list positions become numbers. With `brackets`, `estate[0]`
 * is read as `estate.0` too (the command line allows it; a timeline change,
 * which the model splits on dots alone, does not).
 */
export function splitPath(text: string, options: { brackets?: boolean } = { brackets: true }): (string | number)[] | undefined {
  const segments = (options.brackets ? text.replace(/\[(\d+)\]/g, '.$1') : text).split('.');
  if (segments.some((s) => s === '')) return undefined;
  return segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isIndex(segment: string | number): boolean {
  return typeof segment === 'number' ? Number.isInteger(segment) && segment >= 0 : /^\d+$/.test(segment);
}

/** A plain mapping (not a list, not null). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
