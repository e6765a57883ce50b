/**
 * The replication worker's code, compiled once into a single JavaScript file.
 *
 * A worker thread does not inherit the TypeScript loader of the thread that
 * starts it; registering tsx and compiling every source file again in each
 * worker costs about a second, as long as several replications of a prison.
 * So the pool bundles the worker body with esbuild (a few tens of
 * milliseconds, once per process) into a file named by its content, which
 * every worker then loads as plain JavaScript. Should that fail (no esbuild,
 * a read-only install), workers fall back to loading the sources through tsx.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const workerSource = new URL('./worker.ts', import.meta.url);
const tsxEntry = new URL('./worker-entry.mjs', import.meta.url);
// Inside the project's node_modules, so the bundle's imports of packages resolve as the sources' do.
const cacheFolder = new URL('../../node_modules/.cache/omsim/', import.meta.url);

let cached: URL | undefined;

/** Where a replication worker's code is: the compiled bundle, or the tsx entry when it cannot be built. */
export async function workerEntry(): Promise<URL> {
  cached ??= await buildBundle().catch(() => tsxEntry);
  return cached;
}

async function buildBundle(): Promise<URL> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(workerSource)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const name = `replication-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = new URL(name, cacheFolder);
  if (!existsSync(file)) {
    mkdirSync(cacheFolder, { recursive: true });
    // Written aside and renamed: another process starting workers at the same moment never sees half a file.
    const partial = new URL(`${name}.${process.pid}.partial`, cacheFolder);
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}
