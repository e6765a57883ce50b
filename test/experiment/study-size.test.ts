/** How much a study's results weigh, estimated before it runs (src/experiment/study-size.ts), and the refusals of one too large. */
import { describe, expect, it } from 'vitest';
import type { ComparisonDesign, RunDesign, SweepDesign } from '../../src/experiment/design.ts';
import { bytesPerValueInMemory, checkShardFits, checkStudyFits, studyValues, weeksOf } from '../../src/experiment/study-size.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const scenario = (replications: number, years: number) => scenarioSchema.parse({ name: 'small', replications, horizon: { years } });
const run = (replications: number, years: number): RunDesign => ({ kind: 'run', scenario: scenario(replications, years) });

describe('study size', () => {
  it('counts whole weeks to the horizon, as the model does', () => {
    expect(weeksOf(scenario(1, 5))).toBe(260);
    expect(weeksOf(scenario(1, 50))).toBe(2608);
  });

  it('grows with replications × weeks for a run and a comparison, and with points × replications for a sweep, which keeps no weekly series', () => {
    expect(studyValues(run(4, 2))).toBe(2 * studyValues(run(2, 2)));
    expect(studyValues(run(2, 4))).toBeGreaterThan(1.9 * studyValues(run(2, 2)));
    const comparison: ComparisonDesign = { kind: 'comparison', scenarios: [scenario(2, 2), scenario(2, 2), scenario(2, 2)] };
    expect(studyValues(comparison)).toBe(3 * studyValues(run(2, 2)));
    const sweep: SweepDesign = { kind: 'sweep', scenario: scenario(3, 50), parameters: ['x'], points: [0, 1].map((point) => ({ point, values: { x: point } })), pointScenarios: [scenario(3, 50), scenario(3, 50)] };
    expect(studyValues(sweep)).toBeLessThan(studyValues(run(1, 1)) * 6);
  });

  it('refuses a study over the memory limit (here a small one, as a test can afford), naming what makes it large, what to change and the limit', () => {
    const design = run(4, 2);
    const bytes = studyValues(design) * bytesPerValueInMemory;
    expect(() => checkStudyFits(design, bytes)).not.toThrow();
    expect(() => checkStudyFits(design, bytes - 1)).toThrow(
      /^this run would hold about [\d.]+ MB of results in memory until its folder is written \(4 replications × 104 weeks of about 75 weekly measures, and their totals\), more than the [\d.]+ MB omsim allows itself here .*; use fewer replications \(--reps\) or fewer years \(--set horizon\.years=…\), or let Node use more memory \(NODE_OPTIONS=--max-old-space-size=…, in MB\)$/,
    );
    const sweep: SweepDesign = { kind: 'sweep', scenario: scenario(3, 1), parameters: ['x'], points: [{ point: 0, values: { x: 0 } }], pointScenarios: [scenario(3, 1)] };
    expect(() => checkStudyFits(sweep, 1000)).toThrow(/^this sweep would hold .*\(1 point × 3 replications × about 175 measures\).*use fewer replications \(--reps\) or fewer points \(--vary\)/);
  });

  it('is an error the command line reports in words, with exit code 2', () => {
    let error: unknown;
    try {
      checkStudyFits(run(2, 1), 1);
    } catch (caught) {
      error = caught;
    }
    expect((error as { isUserError?: boolean }).isUserError).toBe(true);
  });

  it('refuses a shard whose file would be longer than omsim merge can read back (here a short limit), saying how many shards would do', () => {
    const design = run(10, 2);
    const all = Array.from({ length: 10 }, (_, i) => i);
    const limit = (studyValues(design) * 40) / 4;
    expect(() => checkShardFits(design, all.slice(0, 2), 5, limit)).not.toThrow();
    expect(() => checkShardFits(design, all, 1, limit)).toThrow(/^this shard's file would be about .*, more than omsim merge can read back .*; split the study into more shards than 1 \(--shard K\/N with N of 5 or more\)/);
  });
});
