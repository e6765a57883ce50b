/**
 * The scenario the explorer ran, as a file to keep: an `extends` of the file
 * it started from, stating only the changes made with the levers. Loaded by
 * `omsim run`, it is the same scenario, so the command line gives the same
 * results, byte for byte, for the same seed and replications.
 */
import { stringify } from 'yaml';
import { parseYaml } from '../scenario/parse.ts';

/** One change, as `--set` writes it: `path=value` (the value in YAML). */
export type Change = string;

/** The path and value of a change. */
export function splitChange(change: Change): { path: string[]; value: unknown } {
  const equals = change.indexOf('=');
  if (equals <= 0) throw new Error(`a change is written path=value; found ${change}`);
  const parsed = parseYaml(change.slice(equals + 1), 'change');
  if (parsed.problems.length > 0) throw new Error(`the value of ${change} is not YAML`);
  return { path: change.slice(0, equals).trim().split('.'), value: parsed.value ?? null };
}

/** The changes as one nested mapping, later changes over earlier ones (a mapping set whole replaces what was set under it). */
export function changesAsMapping(changes: readonly Change[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const change of changes) {
    const { path, value } = splitChange(change);
    let at = root;
    path.slice(0, -1).forEach((key) => {
      const next = at[key];
      at = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as Record<string, unknown>) : (at[key] = {});
    });
    at[path[path.length - 1]] = value;
  }
  return root;
}

/**
 * The scenario file: a comment saying where it came from, `extends: <base>`
 * (the file's name, to be saved beside it), then the changes.
 */
export function changesYaml(base: string, changes: readonly Change[]): string {
  const header = [
    `# Made with the omsim explorer: ${base} with the changes below.`,
    `# Save it beside ${base} (for a bundled scenario, in omsim's scenarios/ folder), then run it with:`,
    '#   npx omsim run <this file>',
  ];
  const body = { extends: base, ...changesAsMapping(changes) };
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0 })}`;
}
