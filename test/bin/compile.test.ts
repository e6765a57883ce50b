/** bin/compile.mjs: the compiled entry points the launcher and the worker threads run. */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileEntry } from '../../bin/compile.mjs';

const versionSource = new URL('../../src/cli/version.ts', import.meta.url);
const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('compileEntry', () => {
  it('gives each source file its own import.meta.url, so files found from it are found', async () => {
    // version.ts reads package.json two folders up from itself, not from the cache folder.
    const compiled = await compileEntry(versionSource, 'test-version');
    expect(fileURLToPath(compiled)).toMatch(/node_modules\/\.cache\/omsim\/test-version-[0-9a-f]{16}\.mjs$/);
    const { version } = (await import(compiled.href)) as { version: string };
    expect(version).toBe(packageVersion);
  });

  it('reuses the compiled file while no source file changes', async () => {
    const first = await compileEntry(versionSource, 'test-version');
    const written = statSync(first).mtimeMs;
    const second = await compileEntry(versionSource, 'test-version');
    expect(second.href).toBe(first.href);
    expect(statSync(second).mtimeMs).toBe(written);
  });
});

describe('the compiler compiled into the command line', () => {
  it('still finds the sources, so the worker body it compiles is the compiled one, not the tsx fallback', async () => {
    const compiled = await compileEntry(new URL('../../src/experiment/worker-bundle.ts', import.meta.url), 'test-worker-bundle');
    const { workerEntry } = (await import(compiled.href)) as { workerEntry: () => Promise<URL> };
    expect(fileURLToPath(await workerEntry())).toMatch(/node_modules\/\.cache\/omsim\/replication-worker-[0-9a-f]{16}\.mjs$/);
  });
});
