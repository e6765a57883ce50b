/**
 * `extends: baseline.yaml`: a scenario states only what differs from
 * another. This module reads the chain of files (each path relative to the
 * file that names it) and merges them, base first: mappings merge key by key,
 * lists and single values replace. A missing file, a loop or a chain too deep
 * to be meant is a problem located at the `extends` that caused it.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { yamlLayer } from './locate.ts';
import { copy, deepMerge } from './merge.ts';
import { type ParsedFile, parseYaml } from './parse.ts';
import { type Problem, wholeFile } from './problems.ts';
import { isMapping } from './schema-paths.ts';

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

/** The text of a file, or the file-system error code that stopped it being read. */
export function readText(path: string): { text: string } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > maxFileBytes) return { error: 'TOO_LARGE' };
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  }
}

/** Reads a scenario and every file it extends. `text` stands in for the first file's content when given. */
export function readChain(file: string, text?: string): Chain {
  const problems: Problem[] = [];
  const files: ParsedFile[] = [];
  const values: Record<string, unknown>[] = [];
  const first = text !== undefined ? { text } : readText(file);
  if ('error' in first) {
    problems.push({ ...wholeFile(file), code: first.error === 'TOO_LARGE' ? 'fileTooLarge' : 'fileUnreadable', path: [], detail: first.error });
    return { files, merged: undefined, problems };
  }
  let current = { display: file, absolute: identity(file), text: first.text };
  const names: string[] = [];
  const seen: string[] = [];
  for (;;) {
    const parsed = parseCached(current.text, current.display);
    files.push(parsed);
    names.push(current.display);
    seen.push(current.absolute);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) break;
    const root = parsed.value ?? {};
    const layer = yamlLayer(parsed);
    if (!isMapping(root)) {
      problems.push({ ...layer.where([], 'value'), code: 'notAMapping', path: [], found: root });
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
    const next = { display: isAbsolute(base) ? base : normalize(join(dirname(current.display), base)), absolute: resolve(dirname(current.absolute), base) };
    const nextIdentity = identity(next.absolute);
    if (seen.includes(nextIdentity)) {
      problems.push({ ...at, code: 'extendsCycle', found: base, chain: [...names, next.display] });
      break;
    }
    if (names.length > maxExtendsDepth) {
      problems.push({ ...at, code: 'extendsTooDeep', found: base, chain: [...names, next.display] });
      break;
    }
    const read = readText(next.absolute);
    if ('error' in read) {
      problems.push({ ...at, code: read.error === 'ENOENT' ? 'extendsMissing' : 'extendsUnreadable', found: base, detail: read.error, chain: [...names, next.display] });
      break;
    }
    current = { ...next, absolute: nextIdentity, text: read.text };
  }
  const merged = problems.length > 0 ? undefined : (values.reduceRight<unknown>((under, over) => deepMerge(under, over), {}) as Record<string, unknown>);
  return { files, merged, problems };
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

/** A file's identity for spotting loops: its real path when it exists (so a link and its target are one file). */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
