/**
 * src/fuzz/runner.ts: a small fixed-seed fuzzing run, so every `npm test`
 * feeds the loader and the model files drawn from the published schema and
 * files broken on purpose. None may crash, hang, overrun its event budget
 * or print a stack trace for a user's error.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../src/fuzz/runner.ts';

const schema = JSON.parse(readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'));

describe('a fuzzing run of 40 files (seed 20261202)', () => {
  it('finds no crash, hang, overrun or stack trace, and both runs and refuses files', async () => {
    const summary = await fuzz({
      schema,
      count: 40,
      seed: 20261202,
      workers: 2,
      wallMs: 30_000,
      budget: { events: 5_000_000, eventsAtOneInstant: 1_000_000 },
      out: join(tmpdir(), 'omsim-fuzz-test'),
      cliEvery: 0,
    });
    expect(summary.failures.map((f) => `${f.verdict} ${f.kind}: ${f.detail.split('\n')[0]} (${f.file})`)).toEqual([]);
    expect(summary.count).toBe(40);
    expect(summary.verdicts.ran).toBeGreaterThan(10);
    expect(summary.verdicts.refused).toBeGreaterThan(5);
  });
});
