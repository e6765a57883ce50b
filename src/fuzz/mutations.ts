/**
 * Ways to break a valid scenario on purpose — a value of the wrong type, a
 * number out of range, an unknown or a missing key, a list too long, a bad
 * timeline change, or broken YAML text — each a file the loader must refuse
 * in words (or, where the break happens to leave it valid, load), never
 * crash on.
 */
import type { RandomStream } from '../engine/index.ts';
import { pick, type JsonSchema, type ValuePath } from './schema-values.ts';

/** A broken scenario, and what broke it. */
export interface Broken {
  what: string;
  doc: unknown;
}

/** A place in a scenario: its path, the value there and the schema it should follow. */
interface Place {
  path: ValuePath;
  value: unknown;
  schema: JsonSchema;
}

type Mutation = (doc: Record<string, unknown>, places: Place[], rng: RandomStream) => Broken;

/** One break, chosen at random, of a copy of `doc`. */
export function mutate(doc: Record<string, unknown>, schema: JsonSchema, rng: RandomStream): Broken {
  const copy = structuredClone(doc);
  const [what, mutation] = pick(rng, Object.entries(mutations));
  const broken = mutation(copy, placesIn(copy, schema, []), rng);
  return { ...broken, what: `${what}: ${broken.what}` };
}

const oddValues: readonly unknown[] = ['text', '', true, [], {}, null, [1, [2]], { type: 'gamma' }, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, '1e3', '\u0000'];

const mutations: Record<string, Mutation> = {
  wrongType: (doc, places, rng) => {
    const place = pick(rng, places.filter((p) => p.path.length > 0));
    const value = pick(rng, oddValues);
    setAt(doc, place.path, value);
    return { what: `${dotted(place.path)} = ${JSON.stringify(value)}`, doc };
  },
  outOfRange: (doc, places, rng) => {
    const numbers = places.filter((p) => typeof p.value === 'number' && (p.schema.minimum !== undefined || p.schema.maximum !== undefined));
    if (numbers.length === 0) return mutations.wrongType(doc, places, rng);
    const place = pick(rng, numbers);
    const { minimum, maximum, type } = place.schema;
    const options = [
      ...(minimum !== undefined ? [minimum - 1, minimum - 1e-9 * Math.max(1, Math.abs(minimum)), -Number.MAX_VALUE] : []),
      ...(maximum !== undefined ? [maximum + 1, maximum * (1 + 1e-9) + 1e-9, Number.MAX_VALUE] : []),
      ...(type === 'integer' ? [(minimum ?? 0) + 0.5] : []),
      Number.NaN,
      Number.NEGATIVE_INFINITY,
    ];
    const value = pick(rng, options);
    setAt(doc, place.path, value);
    return { what: `${dotted(place.path)} = ${value}`, doc };
  },
  unknownKey: (doc, places, rng) => {
    const objects = places.filter((p) => isMapping(p.value) && p.schema.additionalProperties === false);
    const place = pick(rng, objects.length > 0 ? objects : [{ path: [], value: doc, schema: {} }]);
    const mapping = place.value as Record<string, unknown>;
    const keys = Object.keys(mapping);
    // A near miss of a key that is there, or a word that is not.
    const key = keys.length > 0 && rng.bernoulli(0.5) ? misspelt(pick(rng, keys), rng) : pick(rng, ['colour', 'extends2', 'Population', '__proto__x', '']);
    mapping[key] = 1;
    return { what: `${dotted([...place.path, key])} added`, doc };
  },
  missingKey: (doc, places, rng) => {
    const holders = places.filter((p) => isMapping(p.value) && (p.schema.required ?? []).some((k) => k in (p.value as object)));
    if (holders.length === 0) return mutations.unknownKey(doc, places, rng);
    const place = pick(rng, holders);
    const key = pick(rng, (place.schema.required ?? []).filter((k) => k in (place.value as object)));
    delete (place.value as Record<string, unknown>)[key];
    return { what: `${dotted([...place.path, key])} removed`, doc };
  },
  tooMany: (doc, places, rng) => {
    const lists = places.filter((p) => Array.isArray(p.value) && p.schema.maxItems !== undefined && p.schema.maxItems <= 1_000 && (p.value as unknown[]).length > 0);
    if (lists.length === 0) return mutations.outOfRange(doc, places, rng);
    const place = pick(rng, lists);
    const list = place.value as unknown[];
    while (list.length <= (place.schema.maxItems as number)) list.push(structuredClone(list[list.length - 1]));
    return { what: `${dotted(place.path)} has ${list.length} items`, doc };
  },
  badTimeline: (doc, _places, rng) => {
    const set = pick(rng, [
      { 'horizon.years': 2 },
      { 'staff.offenderSupervisor.count': 3 },
      { 'population.size': -1 },
      { 'population.remandWeeks.median': 4 },
      { 'scope.rules.5.sentence': ['life'] },
      { 'allocation.rules[0].groups': ['probationOfficers'] },
      { '': 1 },
      { 'population.receptionMix.remand': 0.9 },
      { 'assessment.reviewIntervalWeeks': 0 },
    ]);
    const timeline = Array.isArray(doc.timeline) ? doc.timeline : (doc.timeline = []);
    (timeline as unknown[]).push({ week: pick(rng, [0, 2, 1e9, -1]), set });
    return { what: `timeline change ${JSON.stringify(set)}`, doc };
  },
};

/** Text-level breaks, applied to the file as written (see `breakText`). */
export const textBreaks: readonly string[] = ['tab', 'unclosed', 'duplicateKey', 'alias', 'tag', 'truncated', 'twoColons', 'twoDocuments'];

/** Breaks YAML text in one of the ways of `textBreaks`. */
export function breakText(text: string, rng: RandomStream): { what: string; text: string } {
  const lines = text.split('\n');
  const i = rng.integer(0, Math.max(0, lines.length - 2));
  const what = pick(rng, textBreaks);
  switch (what) {
    case 'tab':
      lines[i] = `\t${lines[i]}`;
      break;
    case 'unclosed':
      lines[i] = `${lines[i]} {`;
      break;
    case 'duplicateKey':
      lines.splice(i, 0, lines[i]);
      break;
    case 'alias':
      lines[i] = lines[i].replace(/:\s.*$/, ': *nowhere');
      break;
    case 'tag':
      lines[i] = lines[i].replace(/:\s(.*)$/, ': !!binary $1');
      break;
    case 'truncated':
      return { what, text: text.slice(0, rng.integer(0, text.length)) };
    case 'twoColons':
      lines[i] = `${lines[i]}: x: y`;
      break;
    case 'twoDocuments':
      lines.splice(i, 0, '---');
      break;
  }
  return { what, text: lines.join('\n') };
}

/** Every place in `value`, with the schema each should follow (where the schema says). */
function placesIn(value: unknown, schema: JsonSchema, path: ValuePath): Place[] {
  const places: Place[] = [{ path, value, schema }];
  const chosen = optionFor(schema, value);
  if (Array.isArray(value)) value.forEach((item, i) => places.push(...placesIn(item, chosen.items ?? {}, [...path, i])));
  else if (isMapping(value)) {
    for (const [key, child] of Object.entries(value)) {
      const additional = typeof chosen.additionalProperties === 'object' ? chosen.additionalProperties : {};
      places.push(...placesIn(child, chosen.properties?.[key] ?? additional, [...path, key]));
    }
  }
  return places;
}

/** The option of a oneOf or anyOf that fits the value (a distribution by its type; the non-null one). */
function optionFor(schema: JsonSchema, value: unknown): JsonSchema {
  const options = schema.oneOf ?? schema.anyOf;
  if (options === undefined) return schema;
  const fit = options.find((o) => (isMapping(value) ? o.properties?.type?.const === value.type || (o.type === 'object' && !o.properties?.type) : o.type !== 'null'));
  return fit ?? schema;
}

function setAt(doc: Record<string, unknown>, path: ValuePath, value: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], doc);
  parent[path[path.length - 1]] = value;
}

function misspelt(key: string, rng: RandomStream): string {
  if (key.length < 2) return `${key}x`;
  const i = rng.integer(0, key.length - 2);
  return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const dotted = (path: ValuePath): string => (path.length === 0 ? '(top)' : path.join('.'));
