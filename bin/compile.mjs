// Compiles one of omsim's TypeScript entry points, and everything it imports
// from src/, into a single JavaScript file with esbuild, kept in
// node_modules/.cache/omsim/ and reused for as long as no source file changes.
//
// Plain JavaScript, because it is what runs before any TypeScript can.
// Running compiled code rather than transforming each file on load (tsx)
// starts faster and runs faster: tsx keeps every function's name by wrapping
// each function and closure it creates in a call that sets the name, and the
// model creates closures for nearly every task and contact.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const sourceFolder = fileURLToPath(new URL('../src/', import.meta.url));
// Inside the project's node_modules, so the compiled file's imports of packages resolve as the sources' do.
const cacheFolder = fileURLToPath(new URL('../node_modules/.cache/omsim/', import.meta.url));
// Compiled files older than this, of an entry point compiled anew, are removed.
const STALE_MS = 10 * 60 * 1000;

/**
 * The compiled form of `entry` (a file URL inside src/), compiled now if
 * there is none yet for the current sources. Rejects when it cannot be
 * compiled (no esbuild for this platform, a read-only install): callers then
 * load the TypeScript sources through tsx instead.
 */
export async function compileEntry(entry, name) {
  const file = join(cacheFolder, `${name}-${entryKey(entry)}.mjs`);
  if (existsSync(file)) return pathToFileURL(file);
  const { build, version } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
    banner: { js: `// compiled by esbuild ${version} from ${fileURLToPath(entry)}` },
    plugins: [keepImportMetaUrl],
  });
  mkdirSync(cacheFolder, { recursive: true });
  // Written aside and renamed: a process starting at the same moment never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, file);
  removeStale(name, file);
  return pathToFileURL(file);
}

/** A key for an entry point and the state of the sources and this compiler. */
function entryKey(entry) {
  return createHash('sha256').update(sourcesKey()).update(entry.href).digest('hex').slice(0, 16);
}

// Shared by every copy of this module in the process (the launcher's, and the
// one compiled into the command line that compiles the worker body), so the
// sources are looked over once per process.
const sourcesKeySlot = Symbol.for('omsim.compile.sourcesKey');

/**
 * A key for the state of every source file (path, size, modification time)
 * and of this compiler: cheap to compute on every start, and changed by any edit.
 */
function sourcesKey() {
  globalThis[sourcesKeySlot] ??= computeSourcesKey();
  return globalThis[sourcesKeySlot];
}

function computeSourcesKey() {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const visit = (folder) => {
    for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, item.name);
      if (item.isDirectory()) visit(path);
      else {
        const stat = statSync(path);
        hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  visit(sourceFolder);
  return hash.digest('hex');
}

/**
 * Each of the project's files keeps its own `import.meta.url` (the sources,
 * and this compiler when compiled into the command line, find package data,
 * sibling files and src/ from it), not the compiled file's.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs|js)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

function removeStale(name, keep) {
  const now = Date.now();
  for (const item of readdirSync(cacheFolder)) {
    const path = join(cacheFolder, item);
    if (path === keep || !item.startsWith(`${name}-`)) continue;
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile by another process: nothing to do.
    }
  }
}

/**
 * Runs an entry point: its compiled form, with stack traces of internal
 * errors naming the TypeScript sources' lines, or, should compiling fail,
 * the sources themselves through tsx.
 */
export async function runEntry(entry, name) {
  const compiled = await compileEntry(entry, name).catch(() => null);
  if (compiled !== null) {
    process.setSourceMapsEnabled(true);
    await import(compiled.href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(entry.href);
  }
}
