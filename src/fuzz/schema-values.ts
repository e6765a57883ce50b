/**
 * Values a JSON Schema accepts, drawn at random with a lean towards the
 * edges: the least and the greatest number allowed, zero, null, empty lists,
 * the longest lists and strings allowed. It reads the draft-07 subset that
 * omsim publishes (types, properties, required, items, bounds, enum, const,
 * oneOf, anyOf) and knows nothing of what the fields mean: a caller that
 * does narrows the schema at a path, or supplies a value of its own there.
 */
import type { RandomStream } from '../engine/index.ts';

/** The part of a JSON Schema that omsim's published schema uses. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
}

/** A path into the value being drawn: keys and list positions. */
export type ValuePath = readonly (string | number)[];

export interface Drawing {
  rng: RandomStream;
  /** The schema to draw from at a path: the published one, or a narrower one (e.g. to keep a run short). */
  narrow: (path: ValuePath, schema: JsonSchema) => JsonSchema;
  /** A value of the caller's own at a path, or undefined to draw one from the schema. */
  own: (path: ValuePath, schema: JsonSchema) => unknown;
  /** Chance that an optional property is written. */
  optionalShare: number;
}

/** Characters strings are drawn from: plain letters, and those YAML gives meaning to. */
const characters = 'abcxyz AZ019_-.,:#&*!|>\'"%@`{}[]?\\/\té£€\u00a0\n';

/** A value `schema` accepts at `path`. */
export function valueFor(schema: JsonSchema, path: ValuePath, drawing: Drawing): unknown {
  const narrowed = drawing.narrow(path, schema);
  const own = drawing.own(path, narrowed);
  if (own !== undefined) return own;
  if (narrowed.const !== undefined) return narrowed.const;
  if (narrowed.enum !== undefined) return pick(drawing.rng, narrowed.enum);
  if (narrowed.oneOf !== undefined) return valueFor(pick(drawing.rng, narrowed.oneOf), path, drawing);
  if (narrowed.anyOf !== undefined) return anyOf(narrowed.anyOf, path, drawing);
  switch (narrowed.type) {
    case 'object':
      return objectFor(narrowed, path, drawing);
    case 'array':
      return listFor(narrowed, path, drawing);
    case 'number':
      return numberFor(narrowed, drawing.rng, false);
    case 'integer':
      return numberFor(narrowed, drawing.rng, true);
    case 'string':
      return stringFor(narrowed, drawing.rng);
    case 'boolean':
      return drawing.rng.bernoulli(0.5);
    case 'null':
      return null;
    default:
      return {}; // a schema that allows anything
  }
}

/** One of several schemas; null, when allowed, a third of the time. */
function anyOf(options: JsonSchema[], path: ValuePath, drawing: Drawing): unknown {
  const nullable = options.find((o) => o.type === 'null');
  if (nullable !== undefined && drawing.rng.bernoulli(1 / 3)) return null;
  const others = options.filter((o) => o.type !== 'null');
  return valueFor(pick(drawing.rng, others.length > 0 ? others : options), path, drawing);
}

function objectFor(schema: JsonSchema, path: ValuePath, drawing: Drawing): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (!required.has(key) && !drawing.rng.bernoulli(drawing.optionalShare)) continue;
    out[key] = valueFor(property, [...path, key], drawing);
  }
  return out;
}

function listFor(schema: JsonSchema, path: ValuePath, drawing: Drawing): unknown[] {
  const length = countFor(drawing.rng, schema.minItems ?? 0, schema.maxItems ?? 10);
  const items = schema.items ?? {};
  return Array.from({ length }, (_, i) => valueFor(items, [...path, i], drawing));
}

/**
 * How many items (or characters): the least allowed a quarter of the time,
 * the most allowed one time in a hundred (the longest lists take seconds to
 * check), else a few.
 */
export function countFor(rng: RandomStream, least: number, most: number): number {
  const u = rng.random();
  if (u < 0.25) return least;
  if (u < 0.26) return most;
  return Math.min(most, least + rng.integer(0, 3));
}

/** A number in the schema's bounds, often on one of them, at zero or at one. */
export function numberFor(schema: JsonSchema, rng: RandomStream, whole: boolean): number {
  const least = schema.minimum ?? -1e6;
  const most = schema.maximum ?? 1e6;
  const edges = [least, most, 0, 1].filter((x) => x >= least && x <= most);
  const u = rng.random();
  let x: number;
  if (u < 0.35) x = pick(rng, edges);
  else if (u < 0.55 && least >= 0 && most > 0) x = Math.exp(rng.uniform(Math.log(Math.max(least, 1e-3)), Math.log(most))); // small and large alike
  else x = rng.uniform(least, most);
  if (whole) x = Math.min(Math.floor(most), Math.max(Math.ceil(least), Math.round(x)));
  return Math.min(most, Math.max(least, x));
}

function stringFor(schema: JsonSchema, rng: RandomStream): string {
  const length = countFor(rng, schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 5_000));
  let text = '';
  for (let i = 0; i < length; i++) text += characters[rng.integer(0, characters.length - 1)];
  return text;
}

export function pick<T>(rng: RandomStream, items: readonly T[]): T {
  return items[rng.integer(0, items.length - 1)];
}
