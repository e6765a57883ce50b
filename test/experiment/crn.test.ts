/**
 * Common random numbers pay: two close scenarios of the offender model (6
 * against 7 offender supervisors in a 600-person prison, half a year, 8
 * replications) compared replication by replication on the same seeds give
 * a narrower interval for the difference than the same scenarios run on
 * independent seeds and compared as two samples (pooled t-interval, 2n − 2
 * degrees of freedom). Both intervals are at 95%.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareStudies } from '../../src/experiment/compare.ts';
import type { ComparisonDesign } from '../../src/experiment/design.ts';
import { runDesign, runStudy } from '../../src/experiment/run-study.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { tQuantile } from '../../src/experiment/t-distribution.ts';
import { scenarioSchema, type ScenarioInput } from '../../src/scenario/schema/index.ts';

const REPLICATIONS = 8;
const base: ScenarioInput = {
  name: 'six',
  seed: 5,
  replications: REPLICATIONS,
  horizon: { years: 0.5 },
  population: { size: 600 },
  staff: { offenderSupervisors: { count: 6 }, probationOfficers: { count: 2 } },
};
const six = scenarioSchema.parse(base);
const seven = scenarioSchema.parse({ ...base, name: 'seven', staff: { ...base.staff, offenderSupervisors: { count: 7 } } });
const sevenIndependent = scenarioSchema.parse({ ...base, name: 'seven', seed: 6, staff: { ...base.staff, offenderSupervisors: { count: 7 } } });

/** Metrics the extra supervisor changes. */
const METRICS = ['caseload.perSupervisor.mean', 'contacts.deliveredShare', 'contacts.minutesPerPrisonerPerMonth'];

/** Half-width of the pooled two-sample 95% t-interval for the difference of means. */
function unpairedHalfWidth(a: readonly number[], b: readonly number[]): number {
  const variance = (xs: readonly number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const n = a.length;
  const pooled = (variance(a) + variance(b)) / 2;
  return tQuantile(0.975, 2 * n - 2) * Math.sqrt(pooled * (2 / n));
}

const valuesOf = (records: readonly ReplicationRecord[], metric: string) => records.map((r) => r.metrics[metric]);

describe('common random numbers', () => {
  let paired: ReturnType<typeof compareStudies>;
  let independent: ReplicationRecord[];
  let sixRecords: ReplicationRecord[];
  let sevenRecords: ReplicationRecord[];
  beforeAll(async () => {
    const design: ComparisonDesign = { kind: 'comparison', scenarios: [six, seven] };
    const records = await runDesign(design, { workers: 2 });
    [sixRecords, sevenRecords] = records;
    paired = compareStudies(design, records, 'test');
    independent = await runStudy(sevenIndependent, { workers: 2 });
  });

  it.each(METRICS)('narrow the interval of the difference in %s', (metric) => {
    const difference = paired.metrics[metric][1].difference!;
    const pairedHalf = (difference.ci95[1] - difference.ci95[0]) / 2;
    const unpairedHalf = unpairedHalfWidth(valuesOf(sixRecords, metric), valuesOf(independent, metric));
    if (process.env.OMSIM_EXPERIMENT_REPORT) {
      // The same common-random-number runs compared as if independent: what pairing alone gains.
      const ignoringPairs = unpairedHalfWidth(valuesOf(sixRecords, metric), valuesOf(sevenRecords, metric));
      console.log(
        `${metric}: difference ${difference.mean.toPrecision(4)}; 95% half-width paired on common random numbers ${pairedHalf.toPrecision(4)}, ` +
          `two samples on independent seeds ${unpairedHalf.toPrecision(4)} (ratio ${(pairedHalf / unpairedHalf).toFixed(3)}), same runs unpaired ${ignoringPairs.toPrecision(4)}`,
      );
    }
    expect(pairedHalf).toBeLessThan(unpairedHalf);
  });
});
