/**
 * A property of every bundled single-prison scenario: one more person of any
 * staff group never makes things worse. Over common random numbers (the same
 * seeds for both arms), contacts delivered may not fall, nor reports
 * unfinished rise, beyond the paired 95% interval: the mean paired difference
 * must not lie wholly on the worse side of zero.
 *
 * Each scenario runs 1.5 years with a 13-week warm-up on 4 paired seeds.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/experiment/compare.ts';
import { runReplication } from '../../src/model/model.ts';
import { loadScenario, staffGroups, type Scenario } from '../../src/scenario/index.ts';

const SEEDS = ['1.0', '1.1', '1.2', '1.3'];
const WARMUP_WEEKS = 13;
const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml') && f !== 'national-estate.yaml')
  .sort();

function load(file: string, overrides: string[] = []): Scenario {
  return loadScenario(`scenarios/${file}`, { overrides: ['horizon.years=1.5', ...overrides] }).scenario;
}

function outcomes(s: Scenario): { delivered: number[]; unfinished: number[] } {
  const runs = SEEDS.map((seed) => runReplication(s, { seed, warmupWeeks: WARMUP_WEEKS }).metrics);
  return { delivered: runs.map((m) => m['contacts.deliveredShare']), unfinished: runs.map((m) => m['reports.unfinishedShare']) };
}

describe('one more person of any staff group, in every bundled single-prison scenario', () => {
  it('covers every bundled scenario but the estate', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  for (const file of files) {
    it(`${file}: never lowers contacts delivered nor raises reports unfinished beyond the paired 95% interval`, () => {
      const base = load(file);
      const before = outcomes(base);
      const worse: string[] = [];
      for (const group of staffGroups) {
        const after = outcomes(load(file, [`staff.${group}.count=${base.staff[group].count + 1}`]));
        const delivered = pairedDifference(before.delivered, after.delivered);
        const unfinished = pairedDifference(before.unfinished, after.unfinished);
        console.log(
          `${file} +1 ${group}: contacts delivered ${(100 * delivered.mean).toFixed(2)} points [${(100 * delivered.ci95[0]).toFixed(2)}, ${(100 * delivered.ci95[1]).toFixed(2)}], reports unfinished ${(100 * unfinished.mean).toFixed(2)} [${(100 * unfinished.ci95[0]).toFixed(2)}, ${(100 * unfinished.ci95[1]).toFixed(2)}]`,
        );
        if (delivered.ci95[1] < 0) worse.push(`+1 ${group}: contacts delivered fell`);
        if (unfinished.ci95[0] > 0) worse.push(`+1 ${group}: reports unfinished rose`);
      }
      expect(worse).toEqual([]);
    });
  }
});
