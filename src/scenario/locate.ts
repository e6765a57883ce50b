/**
 * Finds where a value of the merged scenario was written. A scenario is
 * merged from layers (the files of an `extends` chain, then each `--set`),
 * so a problem found at a path has to be traced back to the layer whose value
 * survived the merge there.
 */
import { isMap, type Node } from 'yaml';
import { keyNodeAt, locationAt, nodeAt, type ParsedFile } from './parse.ts';
import type { Location, Path } from './problems.ts';

/**
 * What a layer writes at a path:
 * - `map`: a mapping, merged key by key with the mappings of the layers below;
 * - `value`: anything else, which replaces what the layers below wrote;
 * - `through`: only something deeper (a `--set` of a longer path), leaving the rest to the layers below;
 * - `none`: nothing.
 */
export type Holding = 'map' | 'value' | 'through' | 'none';

/** One source of values in the merge. */
export interface Layer {
  holds(path: Path): Holding;
  /** Where the layer writes the value at a path (`value`), or its key (`key`). */
  where(path: Path, part: 'value' | 'key'): Location;
}

/** A parsed file as a layer. */
export function yamlLayer(parsed: ParsedFile): Layer {
  const position = (node: Node | undefined): Location => locationAt(parsed, node?.range?.[0] ?? 0);
  return {
    holds(path) {
      if (path.length === 0) return 'map';
      const node = nodeAt(parsed.doc, path);
      if (node === undefined) return 'none';
      return isMap(node) ? 'map' : 'value';
    },
    where(path, part) {
      const node = (part === 'key' ? keyNodeAt(parsed.doc, path) : undefined) ?? nodeAt(parsed.doc, path) ?? (parsed.doc.contents as Node | null) ?? undefined;
      return position(node);
    },
  };
}

/**
 * Where the value at a path was written, given the layers most derived first.
 * When no layer writes the path (a required field left out), the nearest
 * parent that was written stands in for it.
 */
export function locate(layers: readonly Layer[], path: Path, part: 'value' | 'key' = 'value'): Location {
  let contributors = [...layers];
  for (let depth = 1; depth <= path.length; depth++) {
    const prefix = path.slice(0, depth);
    const survivors = survivorsAt(contributors, prefix);
    if (survivors.length === 0) {
      const parent = path.slice(0, depth - 1);
      const writer = contributors.find((layer) => layer.holds(parent) !== 'through') ?? contributors[0];
      return writer.where(parent, 'value');
    }
    contributors = survivors;
  }
  const writer = contributors.find((layer) => layer.holds(path) !== 'through') ?? contributors[0];
  return writer.where(path, part);
}

/** Whether any layer writes the value at a path that survives the merge (false: the value is a default). */
export function isWritten(layers: readonly Layer[], path: Path): boolean {
  let contributors = [...layers];
  for (let depth = 1; depth <= path.length; depth++) {
    contributors = survivorsAt(contributors, path.slice(0, depth));
    if (contributors.length === 0) return false;
  }
  return true;
}

/** The layers whose writing at a path survives the merge, most derived first. */
function survivorsAt(layers: readonly Layer[], path: Path): Layer[] {
  const survivors: Layer[] = [];
  let mapAbove = false;
  for (const layer of layers) {
    const holding = layer.holds(path);
    if (holding === 'none') continue;
    if (holding === 'through') {
      survivors.push(layer);
      continue;
    }
    if (holding === 'map') {
      survivors.push(layer);
      mapAbove = true;
      continue;
    }
    // A value replaces everything below it, and is itself replaced by a mapping above it.
    if (!mapAbove) survivors.push(layer);
    break;
  }
  return survivors;
}
