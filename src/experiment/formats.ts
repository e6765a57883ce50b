/**
 * The result files of each kind of study, as types: what `run`, `compare`,
 * `sweep` and `plan` write and what reports read back. Presentation reads
 * only these files, so a report can be re-rendered from a folder without
 * re-running. Also the shard files of runs split over several machines.
 *
 * Every file is a function of the scenarios, settings, seed and omsim
 * version alone (no time stamps, no paths, nothing that depends on the
 * number of workers), so re-running, resuming or merging shards gives the
 * same bytes.
 */
import type { SensitivityDesign, StudyDesign } from './design.ts';
import type { IndexRow, Ranking } from './sensitivity/analyse.ts';
import type { MetricSummary } from './interval.ts';
import type { Trial } from './plan.ts';
import type { Slice } from './shards.ts';
import type { ReplicationRecord } from './study.ts';
import type { StudySummary } from './summary.ts';
import type { Comparison } from './target.ts';

/** Which kind of study a folder holds (the name of its main JSON file tells too). */
export type StudyKind = 'run' | 'comparison' | 'sweep' | 'sensitivity';

/**
 * `summary.json` of `omsim run`: see StudySummary. Beside it: scenario.yaml,
 * summary.csv, data-dictionary.csv, weekly.csv and replications.csv, whose
 * replication column is a whole number from 0 and whose seed column is text,
 * "s1.10" for seed 1's replication 10 (seeds.ts seedCell).
 */
export type RunSummaryFile = StudySummary;

/** One metric of one scenario in a comparison, with its paired difference from the first scenario. */
export interface ComparedMetric {
  scenario: string;
  summary: MetricSummary;
  /** Paired difference (this − first) across replications with common random numbers; absent for the first scenario. */
  difference?: MetricSummary & { excludesZero: boolean };
}

/**
 * `comparison.json` of `omsim compare a.yaml b.yaml …`. Beside it: one
 * subfolder per scenario (named by its position and name) holding that
 * scenario's run files, and comparison.csv with columns
 * metric,scenario,mean,low,high,n,diff_mean,diff_low,diff_high,excludes_zero.
 */
export interface ComparisonFile {
  omsim: { version: string };
  scenarios: { name: string; folder: string; summary: StudySummary }[];
  /** The measures the headline and chart show, as chosen with --metrics; absent: the briefing's (metric-selections.ts). */
  measures?: string[];
  /** The one measure of a press release, as chosen with --press: drawn as levels on a shared scale and said in a sentence a scenario. */
  press?: string;
  metrics: Record<string, ComparedMetric[]>;
}

/**
 * `sweep.json` of `omsim sweep`. Beside it: sweep.csv with columns
 * point,<one column per varied path>,metric,mean,low,high,n,
 * sweep-replications.csv with point,<paths>,replication,seed,metric,value,
 * and scenario.yaml, the base scenario as run. Every point runs the same
 * seeds (common random numbers), so neighbouring points differ by the varied
 * values, not by noise.
 *
 * While a sweep runs, its hidden staging folder (.<name>.partial beside the
 * target) also holds sweep-definition.json (what is being swept, to check a
 * --resume against) and points/point-<p>.json, one per finished point (that
 * point's records, numbers JSON cannot hold written as strings). Both are
 * removed when the folder is completed.
 */
/**
 * What a sweep's chart shows, as chosen when the sweep was run (`--chart`,
 * `--target`): the measures drawn against caseload, and a target drawn as a
 * line on its measure's panel. Absent: contact time and unfinished reports.
 */
export interface SweepDisplay {
  measures: string[];
  target?: { metric: string; comparison: Comparison; threshold: number; percent?: boolean; text: string };
}

export interface SweepFile {
  omsim: { version: string };
  display?: SweepDisplay;
  /** The base scenario as normalised (before the varied values are applied). */
  scenario: StudySummary['scenario'];
  /** The dotted paths varied (one or two). */
  parameters: string[];
  points: { point: number; values: Record<string, number>; metrics: Record<string, MetricSummary> }[];
  study: { replications: number; warmupWeeks: number; horizonYears: number };
}

/**
 * `sensitivity.json` of `omsim sensitivity`: the design (method, factors and
 * their ranges, metrics, sample sizes), every index with its interval, and
 * each metric's factors ranked. Beside it: sensitivity.csv, the indices as a
 * tidy table (factor,metric,index,value,lower,upper); sensitivity-runs.csv,
 * one row per point × replication × metric (point,replication,metric,value);
 * design.csv, each point's factor values (point,<one column per factor>);
 * data-dictionary.csv and scenario.yaml, the scenario as loaded. Every
 * point of one replication ran with that replication's seed (common random
 * numbers). While it runs, its staging folder holds
 * sensitivity-definition.json and points/, as a sweep's does.
 */
export interface SensitivityFile {
  omsim: { version: string };
  /** The scenario as normalised, before any factor is moved. */
  scenario: StudySummary['scenario'];
  method: SensitivityDesign['method'];
  settings: SensitivityDesign['settings'];
  factors: SensitivityDesign['factors'];
  metrics: string[];
  study: { points: number; replications: number; runs: number; warmupWeeks: number; horizonYears: number };
  indices: IndexRow[];
  ranking: Ranking[];
}

/**
 * `plan.json` of `omsim plan`: the smallest value of a parameter whose
 * one-sided interval at the given confidence meets a target, and the
 * evidence, every value tried. Beside it: scenario.yaml, the base scenario.
 */
export interface PlanFile {
  omsim: { version: string };
  /** The base scenario as normalised (before the searched value is applied). */
  scenario: StudySummary['scenario'];
  /** The dotted path searched. */
  parameter: string;
  /** The first target (the chart's). */
  target: { metric: string; comparison: Comparison; threshold: number; percent?: boolean; text: string };
  /** Every target, all of which must hold (a band is two); absent in a plan of one target from an older omsim. */
  targets?: { metric: string; comparison: Comparison; threshold: number; percent?: boolean; text: string }[];
  /** One-sided confidence of the verdicts. */
  confidence: number;
  search: { min: number; max: number; step: number; initialReplications: number; batch: number; maxReplications: number };
  /** The smallest value shown to meet the target, or null when none in the range is. */
  answer: number | null;
  conclusion: string;
  /** Present when the value above the answer was not shown to meet the target. */
  warning?: string;
  /** Each value tried, in the order tried: replications n, mean, sd, the one-sided bound, and the verdict. */
  tried: Trial[];
}

/**
 * A shard file (`shard-<K>-of-<N>.json`), written by run, compare, sweep or sensitivity
 * with --shard K/N or --shards N: replications i ≡ K (mod N) of the study's
 * flat task list (see design.ts), with the design, seed and version needed to
 * check shards belong together and to write the study's folder from them
 * alone (`omsim merge`). Numbers JSON cannot hold are written as strings.
 *
 * The file also carries `checksum`: SHA-256 of everything else in it, in a
 * canonical serialisation (shard-checksum.ts), added when it is written and
 * checked when it is read, so a shard edited on its way to the merge is
 * refused. Shards of format omsim-shard/1 had none and are refused too.
 */
export interface ShardFile {
  /** "omsim-shard/2": what the file is, and its format's version. */
  format: string;
  omsim: { version: string };
  kind: StudyKind;
  seed: number;
  /** SHA-256 of the design: equal for shards of the same study. */
  fingerprint: string;
  shard: Slice;
  /** Replications in the whole study. */
  tasks: number;
  design: StudyDesign;
  /** This shard's replications: `task` is the position in the flat task list. */
  records: { task: number; record: ReplicationRecord }[];
}
