/**
 * The layer rules of src/, checked on every source file's imports and text:
 *
 * - engine: imports only its own files and npm packages (no other src/
 *   folder, no Node built-ins), and never mentions the domain
 *   (prisoner, offender, probation, prison);
 * - model: imports only engine, scenario and itself from src/; never the
 *   file system, process or readline modules; never uses console.* or
 *   process.argv / exit / stdout / stderr;
 * - scenario: imports neither engine nor model;
 * - experiment: imports neither report nor cli;
 * - report: imports neither engine nor model;
 * - bench: benchmarks; imports the engine, the model, scenarios and experiments, never the cli;
 * - explorer: the web page; imports scenario, experiment and report (the
 *   model only through experiment), never the cli, the engine or the model;
 *   and no other layer but the cli imports it (its browser code is checked
 *   for Node built-ins by test/explorer/site.test.ts, on the bundle).
 *
 * Folders that do not exist yet have no files to check. The checker itself is
 * first shown to catch each kind of violation on made-up files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const SOURCE_EXTENSIONS = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

interface SourceFile {
  /** Path relative to the repository root, with forward slashes: "src/engine/process.ts". */
  path: string;
  text: string;
}

/** What an import refers to. */
type Target =
  | { kind: 'src'; layer: string; path: string }
  | { kind: 'outside'; path: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'package'; name: string };

interface Violation {
  path: string;
  rule: string;
}

// ---------------------------------------------------------------------------
// Reading sources

function listSources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...listSources(full));
    else if (SOURCE_EXTENSIONS.test(entry) && !entry.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

function readSources(): SourceFile[] {
  return listSources(SRC).map((full) => ({ path: relative(ROOT, full).split(sep).join('/'), text: readFileSync(full, 'utf8') }));
}

/**
 * Splits source text into code without comments (`code`, string literals
 * kept, for finding import specifiers) and code without comments or string
 * contents (`bare`, for finding uses of names).
 */
function lex(text: string): { code: string; bare: string } {
  let code = '';
  let bare = '';
  const emit = (s: string, keepInBare: boolean): void => {
    code += s;
    bare += keepInBare ? s : s.replace(/[^\n]/g, ' ');
  };
  // Stack of open template literals: each entry counts the braces opened inside its current ${…}.
  const templates: number[] = [];
  let lastSignificant = '';
  let i = 0;
  const n = text.length;
  const readQuoted = (quote: string): string => {
    let j = i + 1;
    while (j < n && text[j] !== quote && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    return text.slice(i, Math.min(n, j + 1));
  };
  const readTemplateChunk = (): { chunk: string; opensExpression: boolean } => {
    // From just after ` or } to the closing ` or the next ${.
    let j = i;
    while (j < n) {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '`') return { chunk: text.slice(i, j + 1), opensExpression: false };
      else if (text[j] === '$' && text[j + 1] === '{') return { chunk: text.slice(i, j + 2), opensExpression: true };
      else j++;
    }
    return { chunk: text.slice(i), opensExpression: false };
  };
  const continueTemplate = (): void => {
    const { chunk, opensExpression } = readTemplateChunk();
    emit(chunk, false);
    i += chunk.length;
    if (opensExpression) templates.push(0);
    lastSignificant = opensExpression ? '{' : '`';
  };
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end < 0 ? n : end + 2);
      emit(comment.replace(/[^\n]/g, ' '), true);
      i += comment.length;
    } else if (c === "'" || c === '"') {
      const literal = readQuoted(c);
      emit(c, true);
      emit(literal.slice(1, -1), false);
      emit(literal.slice(-1), true);
      i += literal.length;
      lastSignificant = c;
    } else if (c === '`') {
      emit('`', true);
      i++;
      continueTemplate();
    } else if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant))) {
      // A regular expression literal: skip it whole (it may contain quotes or slashes).
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      while (j + 1 < n && /[a-z]/i.test(text[j + 1])) j++;
      emit(text.slice(i, j + 1), false);
      i = j + 1;
      lastSignificant = '/x';
    } else {
      if (templates.length > 0) {
        if (c === '{') templates[templates.length - 1]++;
        else if (c === '}') {
          if (templates[templates.length - 1] === 0) {
            templates.pop();
            emit('}', true);
            i++;
            continueTemplate();
            continue;
          }
          templates[templates.length - 1]--;
        }
      }
      emit(c, true);
      if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'x' : c;
      i++;
    }
  }
  return { code, bare };
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const { code } = lex(text);
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
    /\bimport\s*(['"])([^'"\n]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
    /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specifiers.push(match[2]);
  return specifiers;
}

const BUILTINS = new Set(builtinModules);

function classify(fromPath: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = posix.normalize(posix.join(posix.dirname(fromPath), specifier));
    if (target.startsWith('src/')) return { kind: 'src', layer: target.split('/')[1], path: target };
    return { kind: 'outside', path: target };
  }
  if (specifier.startsWith('node:')) return { kind: 'builtin', name: specifier.slice(5) };
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0])) return { kind: 'builtin', name: specifier };
  return { kind: 'package', name: specifier };
}

// ---------------------------------------------------------------------------
// The rules

interface LayerRule {
  /** src/ folders this layer may import (itself included); undefined means any not forbidden. */
  mayImport?: readonly string[];
  mustNotImport?: readonly string[];
  /** Whether Node built-in modules may be imported at all. */
  builtins?: boolean;
  /** Node built-ins that must not be imported (names without "node:"). */
  forbiddenBuiltins?: readonly string[];
  /** Patterns that must not occur in the text (comments included). */
  forbiddenWords?: RegExp;
  /** Patterns that must not occur in the code (comments and strings excluded). */
  forbiddenCode?: readonly { pattern: RegExp; what: string }[];
}

const RULES: Record<string, LayerRule> = {
  engine: { mayImport: ['engine'], builtins: false, forbiddenWords: /prisoner|offender|probation|prison/i },
  model: {
    mayImport: ['engine', 'scenario', 'model'],
    forbiddenBuiltins: ['fs', 'fs/promises', 'process', 'readline', 'readline/promises'],
    forbiddenCode: [
      { pattern: /\bconsole\s*\.\s*\w+/, what: 'console.*' },
      { pattern: /\bprocess\s*\.\s*(?:argv|exit|stdout|stderr)\b/, what: 'process.argv/exit/stdout/stderr' },
    ],
  },
  scenario: { mustNotImport: ['engine', 'model', 'explorer'] },
  experiment: { mustNotImport: ['report', 'cli', 'explorer'] },
  report: { mustNotImport: ['engine', 'model', 'explorer'] },
  bench: { mayImport: ['engine', 'model', 'scenario', 'experiment', 'bench'] },
  explorer: { mayImport: ['scenario', 'experiment', 'report', 'explorer'] },
};

function checkLayering(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = file.path.split('/')[1];
    const rule = RULES[layer];
    if (rule === undefined) continue;
    const report = (what: string): void => void violations.push({ path: file.path, rule: what });
    for (const specifier of importsOf(file.text)) {
      const target = classify(file.path, specifier);
      if (target.kind === 'src' || target.kind === 'outside') {
        const to = target.kind === 'src' ? target.layer : `outside src (${target.path})`;
        if (rule.mayImport !== undefined && !rule.mayImport.includes(to)) report(`${layer} imports ${to}: '${specifier}'`);
        if (rule.mustNotImport?.includes(to)) report(`${layer} imports ${to}: '${specifier}'`);
      } else if (target.kind === 'builtin') {
        const name = target.name.replace(/^node:/, '');
        if (rule.builtins === false) report(`${layer} imports a Node built-in: '${specifier}'`);
        if (rule.forbiddenBuiltins?.includes(name)) report(`${layer} imports '${specifier}'`);
      }
    }
    if (rule.forbiddenWords !== undefined) {
      const match = file.text.match(rule.forbiddenWords);
      if (match) report(`${layer} mentions '${match[0]}'`);
    }
    if (rule.forbiddenCode !== undefined) {
      const { bare } = lex(file.text);
      for (const { pattern, what } of rule.forbiddenCode) if (pattern.test(bare)) report(`${layer} uses ${what}`);
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------

describe('the import scanner', () => {
  it('finds static, type-only, re-exported, side-effect, dynamic and required imports, across lines', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b/index.ts';",
      'import {',
      '  c,',
      '  type D,',
      "} from \"./c.ts\";",
      "export * from './e.ts';",
      "export { f } from './f.ts';",
      "import './side-effect.ts';",
      "const g = await import('./g.ts');",
      "const h = require('h-package');",
      "import * as i from 'node:fs';",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../b/index.ts', './a.ts', './c.ts', './e.ts', './f.ts', './g.ts', './side-effect.ts', 'h-package', 'node:fs'].sort());
  });

  it('ignores imports and names inside comments, and names inside strings and regular expressions', () => {
    const text = [
      "// import x from '../report/x.ts';",
      "/* import y from '../cli/y.ts'; console.log('no') */",
      "const s = 'console.log(1)';",
      'const t = `process.exit ${1 + 1} console.error`;',
      "const r = /console.log'/;",
      "const u = '//' + 'x'; import z from './z.ts';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./z.ts']);
    expect(lex(text).bare).not.toMatch(/console|process/);
  });

  it('catches each kind of violation on made-up files', () => {
    const files: SourceFile[] = [
      { path: 'src/engine/a.ts', text: "import { x } from '../model/x.ts';" },
      { path: 'src/engine/b.ts', text: "import { readFileSync } from 'node:fs';" },
      { path: 'src/engine/c.ts', text: '/** Counts prisoners. */ export const c = 1;' },
      { path: 'src/engine/d.ts', text: "import cfg from '../../package.json';" },
      { path: 'src/model/a.ts', text: "import { r } from '../report/r.ts';" },
      { path: 'src/model/b.ts', text: "import { experiment } from '../experiment/run.ts';" },
      { path: 'src/model/c.ts', text: "import { writeFile } from 'fs/promises';" },
      { path: 'src/model/d.ts', text: "import * as rl from 'node:readline';" },
      { path: 'src/model/e.ts', text: "import process from 'process';" },
      { path: 'src/model/f.ts', text: 'export function f(): void { console.warn("x"); }' },
      { path: 'src/model/g.ts', text: 'export const g = process.argv[2];' },
      { path: 'src/model/h.ts', text: "import { main } from '../cli/main.ts';" },
      { path: 'src/scenario/a.ts', text: "import type { Simulation } from '../engine/index.ts';" },
      { path: 'src/scenario/b.ts', text: "import { m } from '../model/m.ts';" },
      { path: 'src/experiment/a.ts', text: "import { report } from '../report/index.ts';" },
      { path: 'src/experiment/b.ts', text: "const cli = await import('../cli/main.ts');" },
      { path: 'src/report/a.ts', text: "import { Tally } from '../engine/statistics.ts';" },
      { path: 'src/report/b.ts', text: "export * from '../model/metrics.ts';" },
      { path: 'src/bench/a.ts', text: "import { main } from '../cli/main.ts';" },
      { path: 'src/explorer/a.ts', text: "import { runReplication } from '../model/model.ts';" },
      { path: 'src/explorer/app/b.ts', text: "import { headline } from '../../cli/headline.ts';" },
      { path: 'src/report/c.ts', text: "import { levers } from '../explorer/levers.ts';" },
    ];
    const violations = checkLayering(files);
    const flagged = new Set(violations.map((v) => v.path));
    expect([...flagged].sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('lets through what the rules allow', () => {
    const files: SourceFile[] = [
      { path: 'src/engine/a.ts', text: "import seedrandom from 'seedrandom';\nimport { b } from './b.ts';" },
      { path: 'src/model/a.ts', text: "import type { S } from '../scenario/schema/index.ts';\nimport { Simulation } from '../engine/index.ts';\nimport { z } from 'zod';" },
      { path: 'src/model/b.ts', text: '// console.log is for the cli\nexport const processed = 1; const notes = "process.exit";' },
      { path: 'src/scenario/a.ts', text: "import { readFile } from 'node:fs/promises';\nimport { parse } from 'yaml';" },
      { path: 'src/experiment/a.ts', text: "import { run } from '../model/run.ts';\nimport { Tally } from '../engine/index.ts';" },
      { path: 'src/report/a.ts', text: "import type { Results } from '../experiment/results.ts';\nimport { writeFile } from 'node:fs/promises';" },
      { path: 'src/bench/a.ts', text: "import { Simulation } from '../engine/index.ts';\nimport { b } from './b.ts';" },
      { path: 'src/explorer/a.ts', text: "import { runOne } from '../experiment/study.ts';\nimport { chartsFor } from '../report/charts/index.ts';\nimport { x } from './app/x.ts';" },
      { path: 'src/cli/a.ts', text: "import { anything } from '../report/index.ts';\nconsole.log(process.argv);" },
    ];
    expect(checkLayering(files)).toEqual([]);
  });
});

describe('src/', () => {
  const files = readSources();

  it('is found and read: the engine’s own imports are seen', () => {
    const engine = files.filter((f) => f.path.startsWith('src/engine/'));
    expect(engine.length).toBeGreaterThan(5);
    const simulation = engine.find((f) => f.path === 'src/engine/simulation.ts');
    expect(simulation && importsOf(simulation.text)).toContain('./calendar.ts');
  });

  it('follows the layer rules', () => {
    const violations = checkLayering(files).map((v) => `${v.path}: ${v.rule}`);
    expect(violations).toEqual([]);
  });
});
