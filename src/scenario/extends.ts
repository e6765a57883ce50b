/**
 * `extends: baseline.yaml`: a scenario states only what differs from
 * another. This module reads the chain of files (each path relative to the
 * file that names it) and merges them, base first: mappings merge key by key,
 * lists and single values replace. A missing file, a loop or a chain too deep
 * to be meant is a problem located at the `extends` that caused it.
 */
import { yamlLayer } from './locate.ts';
import { copy, deepMerge } from './merge.ts';
import { type ParsedFile, parseYaml } from './parse.ts';
import { fileOnlyKeys } from './issues.ts';
import { scenarioSchema } from './schema/index.ts';
import { type Problem, wholeFile } from './problems.ts';
import { isMapping } from './schema-paths.ts';
import type { ScenarioFiles } from './scenario-files.ts';

/** Longest `extends` chain followed; a real study needs two or three steps. */
export const maxExtendsDepth = 16;
/** Largest scenario file read; bundled scenarios are a few kilobytes. */
export const maxFileBytes = 5_000_000;

/** The files of a chain, most derived first, and their merged content. */
export interface Chain {
  files: ParsedFile[];
  /** Everything the chain writes, merged (without `extends`); undefined when a file could not be read. */
  merged: Record<string, unknown> | undefined;
  problems: Problem[];
}

/** Reads a scenario and every file it extends from `files`. `text` stands in for the first file's content when given. */
export function readChain(files: ScenarioFiles, file: string, text?: string): Chain {
  const problems: Problem[] = [];
  const parsedChain: ParsedFile[] = [];
  const values: Record<string, unknown>[] = [];
  const first = text !== undefined ? { text } : files.read(file);
  if ('error' in first) {
    problems.push(unreadable(file, first));
    return { files: parsedChain, merged: undefined, problems };
  }
  let current = { display: file, absolute: files.identity(file), text: first.text };
  const names: string[] = [];
  const seen: string[] = [];
  for (;;) {
    const parsed = parseCached(current.text, current.display);
    parsedChain.push(parsed);
    names.push(current.display);
    seen.push(current.absolute);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) break;
    const root = parsed.value;
    const layer = yamlLayer(parsed);
    if (root === null || root === undefined) {
      // Empty, or comments only: running it would run every default, which nobody asked for.
      problems.push({ file: current.display, line: 1, column: 1, code: 'noSettings', path: [] });
      break;
    }
    if (!isMapping(root)) {
      problems.push({ ...layer.where([], 'value'), code: 'notAMapping', path: [], detail: kindOf(root) });
      break;
    }
    const stranger = notAScenario(root);
    if (stranger !== undefined) {
      problems.push({ ...layer.where([stranger.firstUnknown], 'key'), code: 'notAScenario', path: [], detail: `${stranger.unknown} of its ${stranger.keys}` });
      break;
    }
    const { extends: base, ...own } = copy(root);
    values.push(own);
    if (!Object.hasOwn(root, 'extends')) break;
    const at = { ...layer.where(['extends'], 'value'), path: ['extends'] };
    if (typeof base !== 'string' || base.trim() === '') {
      problems.push({ ...at, code: 'extendsNotText', found: base });
      break;
    }
    const next = files.extended(current, base);
    const nextIdentity = files.identity(next.absolute);
    if (seen.includes(nextIdentity)) {
      problems.push({ ...at, code: 'extendsCycle', found: base, chain: [...names, next.display] });
      break;
    }
    if (names.length > maxExtendsDepth) {
      problems.push({ ...at, code: 'extendsTooDeep', found: base, chain: [...names, next.display] });
      break;
    }
    const read = files.read(next.absolute);
    if ('error' in read) {
      problems.push({ ...at, code: read.error === 'ENOENT' ? 'extendsMissing' : 'extendsUnreadable', found: base, detail: read.error, chain: [...names, next.display] });
      break;
    }
    current = { ...next, absolute: nextIdentity, text: read.text };
  }
  const merged = problems.length > 0 ? undefined : (values.reduceRight<unknown>((under, over) => deepMerge(under, over), {}) as Record<string, unknown>);
  return { files: parsedChain, merged, problems };
}

/**
 * Parsed files, by name and text. A study loads many scenarios that extend
 * the same few files; each is parsed once. Parsed files are only read, never
 * changed (their values are copied before merging).
 */
const parsedFiles = new Map<string, ParsedFile>();
const parsedFilesKept = 64;

function parseCached(text: string, file: string): ParsedFile {
  const key = `${file}\u0000${text}`;
  let parsed = parsedFiles.get(key);
  if (!parsed) {
    parsed = parseYaml(text, file);
    if (parsedFiles.size >= parsedFilesKept) parsedFiles.delete(parsedFiles.keys().next().value as string);
    parsedFiles.set(key, parsed);
  }
  return parsed;
}

/** A file-system problem with a whole file: too large, not UTF-8, or unreadable. */
function unreadable(file: string, read: { error: string; offset?: number }): Problem {
  if (read.error === 'TOO_LARGE') return { ...wholeFile(file), code: 'fileTooLarge', path: [] };
  if (read.error === 'NOT_UTF8') return { ...wholeFile(file), code: 'notUtf8', path: [], found: read.offset };
  return { ...wholeFile(file), code: 'fileUnreadable', path: [], detail: read.error };
}

/**
 * What a file holds that is not a mapping, by its kind only: such a file is
 * not a scenario (/proc/self/environ, /etc/passwd), so nothing of its text is
 * shown.
 */
function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length.toLocaleString('en-GB')} entries`;
  return 'something else';
}

/** The keys a scenario may hold at its top. */
const scenarioKeys: ReadonlySet<string> = new Set([...Object.keys(scenarioSchema.shape), ...fileOnlyKeys]);

/**
 * A mapping that is some other kind of file (a package manifest, a
 * configuration file): most of its top-level keys, and at least three, are
 * not scenario parameters. Said once, rather than once for every key, and
 * without quoting the file: only where its first such key is.
 */
function notAScenario(root: Record<string, unknown>) {
  const keys = Object.keys(root);
  const unknown = keys.filter((key) => !scenarioKeys.has(key));
  if (unknown.length < 3 || unknown.length <= keys.length - unknown.length) return undefined;
  return { keys: keys.length, unknown: unknown.length, firstUnknown: unknown[0] };
}
