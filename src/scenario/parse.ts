/**
 * YAML text → a parsed document that remembers where every value was
 * written, plus the document as plain data. Syntax errors, unknown tags and
 * broken aliases become problems with file:line:column; nothing here throws.
 */
import { type Document, type ErrorCode, isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, parseDocument, visit } from 'yaml';
import type { Location, Path, Problem } from './problems.ts';

/** The YAML library's error codes, and the few this module adds. */
export type YamlErrorCode = ErrorCode | 'ALIAS_UNRESOLVED' | 'COLLECTION_KEY';

/** A scenario file read as YAML. */
export interface ParsedFile {
  file: string;
  /** The text read. */
  source: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (mappings, lists, text, numbers, booleans, null); undefined when it could not be read. */
  value: unknown;
  problems: Problem[];
}

/** Parses one file's text; the value is only given when the text has no problems at all. */
export function parseYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  // Only the core schema's tags: a scenario is plain data, so !!set, !!timestamp and the like
  // are reported rather than turned into JavaScript objects that the schema would not expect.
  const options = { lineCounter, schema: 'core', resolveKnownTags: false, logLevel: 'silent', uniqueKeys: true } as const;
  const documents = parseAllDocuments(text, options);
  const all = Array.isArray(documents) ? documents : [];
  // An empty stream has no document: parse it as one (empty) document.
  const doc = all[0] ?? parseDocument(text, options);
  const parsed: ParsedFile = { file, source: text, doc, lineCounter, value: undefined, problems: [] };
  const at = (offset: number) => locationAt(parsed, offset);
  if (all.length > 1) {
    // A second document would be dropped without a word: say so instead.
    parsed.problems.push({ ...at(all[1].range[0]), code: 'multipleDocuments', path: [], found: all.length });
    return parsed;
  }
  const tooDeep = firstNodeDeeperThan(doc, maxNestingDepth);
  if (tooDeep !== undefined) {
    parsed.problems.push({ ...at(tooDeep), code: 'nestedTooDeep', path: [] });
    return parsed;
  }
  for (const error of doc.errors) parsed.problems.push({ ...at(error.pos[0]), code: 'yamlSyntax', path: [], detail: error.code });
  for (const warning of doc.warnings) {
    const tag = warning.code === 'TAG_RESOLVE_FAILED';
    parsed.problems.push({ ...at(warning.pos[0]), code: tag ? 'yamlTag' : 'yamlSyntax', path: [], detail: warning.code, found: tag ? /^!\S*/.exec(text.slice(warning.pos[0]))?.[0] : undefined });
  }
  visit(doc, {
    Pair(_, pair) {
      // A mapping used as a key has no place in plain data: JavaScript would turn it into text.
      if (isCollection(pair.key) && pair.key.range) parsed.problems.push({ ...at(pair.key.range[0]), code: 'yamlSyntax', path: [], detail: 'COLLECTION_KEY' });
    },
  });
  if (parsed.problems.length === 0) parsed.value = toPlainData(parsed);
  return parsed;
}

/** Deepest nesting of mappings and lists read; a scenario nests five or six levels. */
export const maxNestingDepth = 32;

/** The offset of the first node nested deeper than `limit`, found without recursion (so depth cannot overflow the stack). */
function firstNodeDeeperThan(doc: Document, limit: number): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= limit) return node.range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The document as plain data, or undefined (with a problem) when an alias is broken or multiplies without bound. */
function toPlainData(parsed: ParsedFile): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const exhausted = error instanceof Error && /alias count/i.test(error.message);
    let offset = 0;
    visit(parsed.doc, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    parsed.problems.push({ ...locationAt(parsed, offset), code: 'yamlSyntax', path: [], detail: exhausted ? 'RESOURCE_EXHAUSTION' : 'ALIAS_UNRESOLVED' });
    return undefined;
  }
}

/** The file position of a character offset. */
export function locationAt(parsed: Pick<ParsedFile, 'file' | 'lineCounter'>, offset: number): Location {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, column: col };
}

/** The node holding the value at a path, if the document writes one there. */
export function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    node = childNode(node, segment);
    if (node === undefined) return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** The key node naming the last segment of a path in its mapping, if written. */
export function keyNodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  const pair = isMap(parent) ? findPair(parent.items, path[path.length - 1]) : undefined;
  return isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
}

function childNode(node: unknown, segment: string | number): unknown {
  if (isAlias(node)) return undefined;
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    return index >= 0 && index < node.items.length ? node.items[index] : undefined;
  }
  if (isMap(node)) {
    const pair = findPair(node.items, segment);
    // `key:` with nothing after it has no value node; the key stands in for it.
    return pair ? (pair.value ?? pair.key) : undefined;
  }
  return undefined;
}

function findPair(items: readonly unknown[], segment: string | number) {
  for (const item of items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) return item;
  }
  return undefined;
}
