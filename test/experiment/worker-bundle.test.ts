import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../src/experiment/worker-bundle.ts';

describe('the replication worker bundle', () => {
  it('is one compiled JavaScript file that needs no TypeScript loader', async () => {
    const entry = await workerEntry();
    const path = fileURLToPath(entry);
    expect(path).toMatch(/node_modules\/\.cache\/omsim\/replication-worker-[0-9a-f]{16}\.mjs$/);
    const code = readFileSync(path, 'utf8');
    expect(code).not.toMatch(/from ["']tsx/);
    expect(code).not.toMatch(/^import .* from ["'][^"']*\.ts["']/m);
    // The worker body is inside: it answers the pool's task messages.
    expect(code).toContain('parentPort');
  });

  it('is worked out once per process', async () => {
    expect(await workerEntry()).toBe(await workerEntry());
  });
});
