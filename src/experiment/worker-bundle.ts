/**
 * Where a replication worker thread's code is.
 *
 * A worker thread does not inherit the TypeScript loader of the thread that
 * starts it; registering tsx and compiling every source file again in each
 * worker would cost about a second, as long as several replications of a
 * prison. So the worker body is compiled once into a single JavaScript file
 * (bin/compile.mjs, reused until a source file changes) that every worker
 * loads as it is. Should that fail, workers load the sources through tsx.
 */
import { compileEntry } from '../../bin/compile.mjs';

const workerSource = new URL('./worker.ts', import.meta.url);
const tsxEntry = new URL('./worker-entry.mjs', import.meta.url);

let entry: Promise<URL> | undefined;

/** The compiled worker body, or the tsx entry when it cannot be compiled; worked out once per process. */
export function workerEntry(): Promise<URL> {
  entry ??= compileEntry(workerSource, 'replication-worker').catch(() => tsxEntry);
  return entry;
}
