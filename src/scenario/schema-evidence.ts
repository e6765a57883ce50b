/**
 * Every parameter of the schema that has a default, with the evidence its
 * field carries (schema/evidence.ts): the list the docs, the methods, the era
 * warnings and the sensitivity analysis read.
 *
 * A parameter is the first field down a path with a default of its own: a
 * leaf (a number, a switch, a list), or a group given a default as a whole (a
 * mix of shares that must add up). A group whose fields each have their own
 * default (written with `prefault({})`) is a container, not a parameter.
 */
import type { z } from 'zod';
import { evidenceRegistry, type Evidence } from './schema/evidence.ts';
import { scenarioSchema } from './schema/index.ts';

type Schema = z.core.$ZodType;
type Def = { type: string; [field: string]: any };

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const passThrough = new Set(['optional', 'nullable', 'readonly', 'nonoptional']);

/** A parameter with a default: its dotted path, its default, whether it is a number, and its evidence (undefined when it has none). */
export interface ParameterEvidence {
  readonly path: string;
  readonly defaultValue: unknown;
  /** Whether the value is a number (or null), so an assumption about it needs a range. */
  readonly numeric: boolean;
  readonly evidence: Evidence | undefined;
}

/** The evidence registered at any level of `schema`'s wrappers, outermost first. */
function registered(schema: Schema): Evidence | undefined {
  for (let s: Schema | undefined = schema; s !== undefined; ) {
    const found = evidenceRegistry.get(s as z.ZodType);
    if (found !== undefined) return found;
    const def = defOf(s);
    s = def.type === 'default' || def.type === 'prefault' || passThrough.has(def.type) ? def.innerType : undefined;
  }
  return undefined;
}

/**
 * The default at this level of wrappers, if any. A `prefault({})` is a
 * container's (its fields have their own defaults); any other prefault is a
 * default given as input to the schema (a mix of shares, a distribution).
 */
function defaultOf(schema: Schema): { has: boolean; value?: unknown } {
  for (let s = schema; ; ) {
    const def = defOf(s);
    if (def.type === 'default' || def.type === 'prefault') {
      const value: unknown = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      const container = def.type === 'prefault' && typeof value === 'object' && value !== null && Object.keys(value).length === 0;
      return container ? { has: false } : { has: true, value };
    }
    if (!passThrough.has(def.type)) return { has: false };
    s = def.innerType;
  }
}

/** The schema inside every wrapper (a default, null allowed…). */
function innermost(schema: Schema): Schema {
  let s = schema;
  for (let type = defOf(s).type; type === 'default' || type === 'prefault' || passThrough.has(type); type = defOf(s).type) s = defOf(s).innerType;
  return s;
}

function walk(schema: Schema, path: string, into: ParameterEvidence[]): void {
  const own = defaultOf(schema);
  if (own.has) {
    into.push({ path, defaultValue: own.value, numeric: defOf(innermost(schema)).type === 'number', evidence: registered(schema) });
    return;
  }
  const inner = innermost(schema);
  if (defOf(inner).type === 'object') for (const [key, child] of Object.entries(defOf(inner).shape as Record<string, Schema>)) walk(child, path === '' ? key : `${path}.${key}`, into);
}

/** Every parameter of `schema` (the scenario's, by default) that has a default, in the schema's order. */
export function schemaEvidence(schema: Schema = scenarioSchema): ParameterEvidence[] {
  const found: ParameterEvidence[] = [];
  walk(schema, '', found);
  return found;
}
