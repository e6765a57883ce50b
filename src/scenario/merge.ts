/**
 * Plain-data helpers for layering scenarios: a deep merge in which mappings
 * merge key by key while lists and single values replace, a copy, and a deep
 * freeze. Keys are written as own properties, so a key such as `__proto__`
 * in a file stays data and never reaches a prototype.
 */
import { isMapping } from './schema-paths.ts';

/** Writes a key as an own, enumerable property (plain assignment of `__proto__` would set the prototype). */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** `over` laid on `under`: mappings merge key by key; lists and single values in `over` replace. */
export function deepMerge(under: unknown, over: unknown): unknown {
  if (!isMapping(under) || !isMapping(over)) return copy(over);
  const merged = copy(under) as Record<string, unknown>;
  for (const key of Object.keys(over)) put(merged, key, Object.hasOwn(merged, key) ? deepMerge(merged[key], over[key]) : copy(over[key]));
  return merged;
}

/** A deep copy of plain data. */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copy(item)) as T;
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) put(out, key, copy(value[key]));
    return out as T;
  }
  return value;
}

/** Freezes plain data all the way down, so a scenario cannot be changed once loaded. */
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || isMapping(value)) {
    for (const item of Object.values(value as object)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The value at a path in plain data, or undefined. */
export function getAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isMapping(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** Whether plain data holds something (even null) at a path. */
export function hasAt(data: unknown, path: readonly (string | number)[]): boolean {
  if (path.length === 0) return data !== undefined;
  const parent = getAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent)) return typeof last === 'number' && last < parent.length;
  return isMapping(parent) && Object.hasOwn(parent, last);
}
