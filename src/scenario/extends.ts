/**
 * `extends: baseline.yaml`: a scenario states only what differs from
 * another. This module reads the chain of files (each path relative to the
 * file that names it) and merges them, base first: mappings merge key by key,
 * lists and single values replace. A missing file, a loop or a chain too deep
 * to be meant is a problem located at the `extends` that caused it.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { yamlLayer } from './locate.ts';
import { copy, deepMerge } from './merge.ts';
import { keyNodeAt, type ParsedFile, parseYaml } from './parse.ts';
import { fileOnlyKeys } from './issues.ts';
import { scenarioSchema } from './schema/index.ts';
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

/**
 * The text of a file, or the error that stopped it being read: a
 * file-system code, NOT_A_FILE for anything but a regular file (a device
 * that never ends, a named pipe that blocks), TOO_LARGE past the byte limit
 * (counted on the bytes read, as a size reported by the system can be 0),
 * or NOT_UTF8 with the offset of the first byte that is not UTF-8.
 */
export function readText(path: string): { text: string } | { error: string; offset?: number } {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) return { error: 'EISDIR' };
    // Non-blocking, so that opening a named pipe returns at once (to be refused below) rather than waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return { error: 'NOT_A_FILE' };
    const bytes = readAtMost(fd, maxFileBytes + 1);
    if (bytes.length > maxFileBytes) return { error: 'TOO_LARGE' };
    if (!isUtf8(bytes)) return { error: 'NOT_UTF8', offset: firstNonUtf8Byte(bytes) };
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** The offset of the first byte that does not belong to valid UTF-8, if any. */
export function firstNonUtf8Byte(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  // Narrow down by halves: the longest prefix that is UTF-8 but for a character cut off at its end.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (isUtf8UpToItsEnd(bytes.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  // That prefix may end in a character left unfinished: then the fault is where it began.
  if (isUtf8(bytes.subarray(0, good))) return good;
  let start = good;
  while (start > 0 && (bytes[start - 1] & 0xc0) === 0x80) start--;
  return start > 0 ? start - 1 : 0;
}

/** Whether the bytes are UTF-8 but perhaps for a character cut off at the end (decoded as a stream would be). */
function isUtf8UpToItsEnd(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Reads a scenario and every file it extends. `text` stands in for the first file's content when given. */
export function readChain(file: string, text?: string): Chain {
  const problems: Problem[] = [];
  const files: ParsedFile[] = [];
  const values: Record<string, unknown>[] = [];
  const first = text !== undefined ? { text } : readText(file);
  if ('error' in first) {
    problems.push(unreadable(file, first));
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
    const root = parsed.value;
    const layer = yamlLayer(parsed);
    if (root === null || root === undefined) {
      // Empty, or comments only: running it would run every default, which nobody asked for.
      problems.push({ file: current.display, line: 1, column: 1, code: 'noSettings', path: [] });
      break;
    }
    if (!isMapping(root)) {
      problems.push({ ...layer.where([], 'value'), code: 'notAMapping', path: [], found: firstLine(root) });
      break;
    }
    const stranger = notAScenario(root);
    if (stranger !== undefined) {
      problems.push({ ...layer.where([stranger.firstUnknown], 'key'), code: 'notAScenario', path: [], found: stranger.line(parsed), detail: `${stranger.unknown} of ${stranger.keys}` });
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

/** A file-system problem with a whole file: too large, not UTF-8, or unreadable. */
function unreadable(file: string, read: { error: string; offset?: number }): Problem {
  if (read.error === 'TOO_LARGE') return { ...wholeFile(file), code: 'fileTooLarge', path: [] };
  if (read.error === 'NOT_UTF8') return { ...wholeFile(file), code: 'notUtf8', path: [], found: read.offset };
  return { ...wholeFile(file), code: 'fileUnreadable', path: [], detail: read.error };
}

/** A value that is not a mapping, shown by its first line only (a file that is not a scenario must not be echoed). */
function firstLine(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const line = value.split(/\r?\n| /, 1)[0];
  return line.length < value.length ? `${line.slice(0, 40)}…` : value;
}

/** The keys a scenario may hold at its top. */
const scenarioKeys: ReadonlySet<string> = new Set([...Object.keys(scenarioSchema.shape), ...fileOnlyKeys]);

/**
 * A mapping that is some other kind of file (a package manifest, a
 * configuration file): most of its top-level keys, and at least three, are
 * not scenario parameters. Said once, rather than once for every key.
 */
function notAScenario(root: Record<string, unknown>) {
  const keys = Object.keys(root);
  const unknown = keys.filter((key) => !scenarioKeys.has(key));
  if (unknown.length < 3 || unknown.length <= keys.length - unknown.length) return undefined;
  const firstUnknown = unknown[0];
  return {
    keys: keys.length,
    unknown: unknown.length,
    firstUnknown,
    /** The line that writes the first unknown key, cut short. */
    line: (parsed: ParsedFile) => {
      const node = keyNodeAt(parsed.doc, [firstUnknown]);
      const offset = node?.range?.[0] ?? 0;
      const text = parsed.source.slice(offset).split(/\r?\n/, 1)[0];
      return text.length > 60 ? `${text.slice(0, 57)}…` : text;
    },
  };
}
