/**
 * A property of every bundled single-prison scenario: one more person of any
 * staff group never makes things worse. Over common random numbers (the same
 * seeds for both arms), contacts delivered may not fall, nor reports
 * unfinished rise, beyond the paired 95% interval: the interval of the mean
 * paired difference must not lie wholly on the worse side of zero.
 *
 * The intervals are simultaneous: 95% for the whole family of comparisons
 * (Bonferroni over every scenario, group and measure), since at 95% each, one
 * or two of some seventy would lie beyond zero by chance alone.
 *
 * Each scenario runs 1.5 years with a 13-week warm-up on 6 paired seeds.
 * Scenarios of a whole estate (national-estate.yaml and its OMiC variant) are
 * left out: one more person among 120 establishments is too small a change to
 * read, and each run takes minutes.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/experiment/t-distribution.ts';
import { runReplication } from '../../src/experiment/replication.ts';
import { loadScenario, staffGroups, type Scenario } from '../../src/scenario/index.ts';

const SEEDS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'];
const WARMUP_WEEKS = 13;
const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml') && loadScenario(`scenarios/${f}`).scenario.estate.length === 0)
  .sort();

function load(file: string, overrides: string[] = []): Scenario {
  // The runs leave out WARMUP_WEEKS, whatever warm-up a scenario states for its own horizon.
  return loadScenario(`scenarios/${file}`, { overrides: ['horizon.years=1.5', `warmup.weeks=${WARMUP_WEEKS}`, ...overrides] }).scenario;
}

function outcomes(s: Scenario): { delivered: number[]; unfinished: number[] } {
  const runs = SEEDS.map((seed) => runReplication(s, { seed, warmupWeeks: WARMUP_WEEKS }).metrics);
  return { delivered: runs.map((m) => m['contacts.deliveredShare']), unfinished: runs.map((m) => m['reports.unfinishedShare']) };
}

/** Each comparison's share of the family's 5%: two measures for each staff group of each scenario. */
const alpha = 0.05 / (files.length * staffGroups.length * 2);
const t = tQuantile(1 - alpha / 2, SEEDS.length - 1);

/** The mean of the paired differences (after − before) and its simultaneous interval. */
function pairedInterval(before: readonly number[], after: readonly number[]): { mean: number; low: number; high: number } {
  const diffs = before.map((b, i) => after[i] - b);
  const mean = diffs.reduce((a, d) => a + d, 0) / diffs.length;
  const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (diffs.length - 1));
  const half = (t * sd) / Math.sqrt(diffs.length);
  return { mean, low: mean - half, high: mean + half };
}

describe('one more person of any staff group, in every bundled single-prison scenario', () => {
  it('covers every bundled scenario but the estates', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(files).toContain('omic-2022.yaml');
    expect(files).not.toContain('national-estate.yaml');
    expect(files).not.toContain('national-estate-omic.yaml');
  });

  for (const file of files) {
    it(`${file}: never lowers contacts delivered nor raises reports unfinished beyond the paired 95% interval`, () => {
      const base = load(file);
      const before = outcomes(base);
      const worse: string[] = [];
      for (const group of staffGroups) {
        const after = outcomes(load(file, [`staff.${group}.count=${base.staff[group].count + 1}`]));
        const delivered = pairedInterval(before.delivered, after.delivered);
        const unfinished = pairedInterval(before.unfinished, after.unfinished);
        const points = (x: number) => (100 * x).toFixed(2);
        console.log(
          `${file} +1 ${group}: contacts delivered ${points(delivered.mean)} points [${points(delivered.low)}, ${points(delivered.high)}], reports unfinished ${points(unfinished.mean)} [${points(unfinished.low)}, ${points(unfinished.high)}]`,
        );
        if (delivered.high < 0) worse.push(`+1 ${group}: contacts delivered fell`);
        if (unfinished.low > 0) worse.push(`+1 ${group}: reports unfinished rose`);
      }
      expect(worse).toEqual([]);
    });
  }
});
