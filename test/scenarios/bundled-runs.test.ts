/** End-to-end: every bundled scenario loads and runs a short horizon, with people accounted for. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/experiment/replication.ts';
import { loadScenario } from '../../src/scenario/index.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();

describe('bundled scenarios, run', () => {
  it('are all here to run', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`${file} runs a short horizon and accounts for everyone`, () => {
      // An estate is some 70 times the prison; a shorter horizon keeps the suite quick.
      const years = loadScenario(`scenarios/${file}`).scenario.estate.length > 0 ? 0.04 : 0.25;
      const { scenario } = loadScenario(`scenarios/${file}`, { overrides: [`horizon.years=${years}`, 'warmup.weeks=0'] });
      const result = runReplication(scenario, { seed: `${scenario.seed}.0`, warmupWeeks: 0 });
      const m = result.metrics;
      expect(result.events).toBeGreaterThan(1000);
      expect(m['prisoners.initial']).toBeGreaterThan(0);
      expect(m['prisoners.initial'] + m['prisoners.received']).toBe(m['prisoners.released'] + m['prisoners.final']);
      expect(m['contacts.delivered'] + m['contacts.missed']).toBeLessThanOrEqual(m['contacts.required']);
      expect(m['reports.onTime'] + m['reports.unfinished']).toBe(m['reports.due']);
      expect(result.weekly.length).toBe(Math.floor((years * 365.25) / 7));
    });
  }
});
