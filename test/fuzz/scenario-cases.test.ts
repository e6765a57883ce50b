/** src/fuzz/scenario-cases.ts and mutations.ts: the files the fuzzer makes. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/index.ts';
import { fuzzCase, RUN_WEEKS, validScenario } from '../../src/fuzz/scenario-cases.ts';
import { checkConsistency } from '../../src/scenario/consistency.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const schema = JSON.parse(readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'));

describe('fuzzed scenarios', () => {
  it('drawn as valid are valid: the schema accepts them and they pass the consistency checks (200 draws)', () => {
    for (let i = 0; i < 200; i++) {
      const doc = validScenario(schema, new RandomStream(`valid/${i}`));
      const { timeline: _, ...rest } = doc; // timeline changes are checked as the loader applies them
      const parsed = scenarioSchema.safeParse(rest);
      expect(parsed.success, `draw ${i}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
      expect(checkConsistency(rest), `draw ${i}`).toEqual([]);
    }
  });

  it('run for a few weeks with one replication', () => {
    for (let i = 0; i < 50; i++) {
      const doc = validScenario(schema, new RandomStream(`short/${i}`)) as { horizon: { years: number }; replications: number };
      expect(doc.replications).toBe(1);
      expect(doc.horizon.years * (365.25 / 7)).toBeGreaterThanOrEqual(RUN_WEEKS.least - 1e-9);
      expect(doc.horizon.years * (365.25 / 7)).toBeLessThanOrEqual(RUN_WEEKS.most + 1e-9);
    }
  });

  it('lean to the edges: boundary values, nulls and empty lists turn up often', () => {
    const texts = Array.from({ length: 100 }, (_, i) => fuzzCase(schema, 'edges', i).text).join('\n');
    expect(texts).toMatch(/: 0\n/);
    expect(texts).toMatch(/: null\n/);
    expect(texts).toMatch(/: \[\]\n/);
  });

  it('are the same for the same seed and index, and differ between indices', () => {
    expect(fuzzCase(schema, 5, 17)).toEqual(fuzzCase(schema, 5, 17));
    expect(fuzzCase(schema, 5, 17).text).not.toBe(fuzzCase(schema, 5, 18).text);
  });

  it('include broken files of every kind, which the schema refuses or YAML cannot read', () => {
    const kinds = new Set<string>();
    let refused = 0;
    let broken = 0;
    for (let i = 0; i < 300; i++) {
      const c = fuzzCase(schema, 'broken', i);
      if (c.kind === 'valid') continue;
      broken++;
      kinds.add(c.kind.split(':')[0]);
      try {
        if (!scenarioSchema.safeParse(parse(c.text)).success) refused++;
      } catch {
        refused++;
      }
    }
    expect([...kinds].sort()).toEqual(['badTimeline', 'badYaml', 'missingKey', 'outOfRange', 'tooMany', 'unknownKey', 'wrongType']);
    // Most breaks are refused by the schema itself; the rest by the timeline and consistency checks, or not at all (a break may leave a file valid).
    expect(refused / broken).toBeGreaterThan(0.6);
  });
});
