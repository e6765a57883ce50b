/**
 * The goal-seeking search of `omsim plan`: it finds the answer where it is
 * known, analytically on the engine's M/M/c queue and by brute force on the
 * offender model, trying few of the values, and it reads targets and judges
 * one-sided intervals as documented.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runQueueModel } from '../../src/bench/queue-model.ts';
import { probeLevers, runPlan } from '../../src/experiment/plan-study.ts';
import { planConclusion, planSearch, tryValue, type Evaluate, type PlanSettings } from '../../src/experiment/plan.ts';
import { ReplicationPool } from '../../src/experiment/pool.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { judge, parseTarget, parseTargets, targetsInWords } from '../../src/experiment/target.ts';
import { parameterWords } from '../../src/experiment/parameter-words.ts';
import { mmc } from '../engine/support/queueing-theory.ts';
import { smallPrison, temporaryFolder, writeScenario, removeTemporaryFolders } from './support/files.ts';

afterAll(removeTemporaryFolders);

const values = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

describe('planSearch on M/M/c (answer known from Erlang C)', () => {
  // λ = 4, μ = 1: Wq is 0.142 with 6 servers and 0.045 with 7, so the fewest servers for Wq ≤ 0.09 is 7,
  // with a wide margin on both sides for intervals from a few replications to clear.
  const lambda = 4;
  const threshold = 0.09;
  const evaluate: Evaluate = async (servers, from, count) => [
    Array.from({ length: count }, (_, i) => runQueueModel({ lambda, mu: 1, servers, customers: 3_000, warmupCustomers: 300, seed: `plan/${from + i}`, monitor: false }).wq.mean),
  ];
  const settings: PlanSettings = { values: values(5, 30), targets: [parseTarget(`wq<=${threshold}`)], confidence: 0.9, initialReplications: 5, batch: 5, maxReplications: 40 };

  it('finds the fewest servers the formula gives', async () => {
    const known = settings.values.find((c) => mmc(lambda, 1, c).wq <= threshold);
    expect(known).toBe(7);
    const result = await planSearch(settings, evaluate);
    expect(result.answer).toBe(known);
    expect(result.warning).toBeUndefined();
    const verdicts = Object.fromEntries(result.trials.map((t) => [t.value, t.verdict]));
    expect(verdicts[6]).toBe('fails');
    expect(verdicts[7]).toBe('meets');
    // Bisection over 26 values, not a scan of them all.
    expect(result.trials.length).toBeLessThanOrEqual(8);
  });
});

describe('the lever probe', () => {
  it('doubles each other staff group on the same random numbers, and more supervisors deliver more contacts', async () => {
    const folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    const base = loadScenario(file).scenario;
    const pool = new ReplicationPool(2);
    try {
      const probes = await probeLevers(base, (changes) => loadScenario(file, { overrides: changes }).scenario, 'staff.caseAdministrators.count', 'contacts.deliveredShare', pool);
      expect(probes.map((p) => `${p.parameter} ${p.from}→${p.to}`)).toEqual([
        `staff.offenderSupervisors.count ${base.staff.offenderSupervisors.count}→${2 * base.staff.offenderSupervisors.count}`,
        `staff.probationOfficers.count ${base.staff.probationOfficers.count}→${2 * base.staff.probationOfficers.count}`,
        'staff.probationServiceOfficers.count 0→2',
      ]);
      const supervisors = probes[0];
      expect(supervisors.after).toBeGreaterThan(supervisors.before);
      expect(new Set(probes.map((p) => p.before)).size).toBe(1);
    } finally {
      await pool.close();
    }
  });
});

describe('runPlan when the lever cannot reach the target', () => {
  it('says so and names the staff groups a paired probe found to move the metric', async () => {
    const folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    // With no operational shortfall, how strongly redeployment rises with one changes nothing at all.
    const plan = await runPlan(file, [], {
      target: 'contacts.deliveredShare>=99.9%', confidence: 0.9, initialReplications: 2, batch: 2, maxReplications: 2,
      parameter: 'redeployment.shortfallSensitivity', min: 0, max: 1, step: 1, workers: 2, version: 'test',
    });
    expect(plan.answer).toBeNull();
    expect(plan.conclusion).toMatch(/depends mostly on something other than redeployment\.shortfallSensitivity\. Levers that do move it, from a quick paired probe doubling each staff group in turn: staff\.offenderSupervisors\.count \d+ → \d+ took it from/);
  });
});

describe('runPlan’s progress', () => {
  it('reports each replication at each value as it finishes, out of the replications that value has been given', async () => {
    const folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    const calls: string[] = [];
    const plan = await runPlan(file, [], {
      target: 'reports.unfinishedShare<=0.3', confidence: 0.9, initialReplications: 2, batch: 2, maxReplications: 4,
      parameter: 'staff.offenderSupervisors.count', min: 1, max: 3, step: 1, workers: 1, version: 'test',
      onReplication: (value, done, asked) => calls.push(`${value}:${done}/${asked}`),
    });
    // For every value tried: 0/2 when it starts, each replication as it lands, and 2/4 … 4/4 if it is given a second batch.
    for (const trial of plan.tried) {
      const mine = calls.filter((c) => c.startsWith(`${trial.value}:`)).map((c) => c.slice(c.indexOf(':') + 1));
      const expected = trial.n === 2 ? ['0/2', '1/2', '2/2'] : ['0/2', '1/2', '2/2', '2/4', '3/4', '4/4'];
      expect(mine, `value ${trial.value}`).toEqual(expected);
    }
  });
});

describe('runPlan on the offender model (answer checked by brute force)', () => {
  it('gives the smallest value that every value of the range, tried alike, shows', async () => {
    const folder = temporaryFolder();
    const file = writeScenario(folder, 'small.yaml', smallPrison);
    const common = { target: 'reports.unfinishedShare<=0.2', confidence: 0.9, initialReplications: 4, batch: 4, maxReplications: 12 };
    const plan = await runPlan(file, [], { ...common, parameter: 'staff.offenderSupervisors.count', min: 1, max: 6, step: 1, workers: 2, version: 'test' });

    // Brute force: every value with the same replications and rule, on the same seeds.
    const pool = new ReplicationPool(2);
    const target = parseTarget(common.target);
    const settings: PlanSettings = { values: values(1, 6), targets: [target], confidence: common.confidence, initialReplications: 4, batch: 4, maxReplications: 12 };
    const evaluate: Evaluate = async (value, from, count) => {
      const { scenario } = loadScenario(file, { overrides: [`staff.offenderSupervisors.count=${value}`] });
      const records = await pool.run(Array.from({ length: count }, (_, i) => ({ scenario, replication: from + i, weekly: false })));
      return [records.map((r) => r.metrics[target.metric] ?? 0)];
    };
    const verdicts: string[] = [];
    for (const value of settings.values) verdicts.push((await tryValue(settings, value, evaluate)).verdict);
    await pool.close();
    const bruteForce = settings.values[verdicts.indexOf('meets')];

    expect(plan.answer).toBe(bruteForce);
    expect(plan.answer).toBeGreaterThan(1);
    // Monotone here: every value from the answer up meets the target, every value below does not.
    verdicts.forEach((verdict, i) => expect(verdict === 'meets').toBe(settings.values[i] >= bruteForce));
    expect(plan.tried.length).toBeLessThan(settings.values.length);
    expect(plan.tried.find((t) => t.value === plan.answer)?.verdict).toBe('meets');
  });
});

describe('planSearch at the edges of the range', () => {
  // A noiseless response falling by 0.1 a step from 1 at value 0: meets ≤ 0.45 from 6.
  const falling: Evaluate = async (value, _from, count) => [Array.from({ length: count }, (_, i) => 1 - 0.1 * value + (i % 2 === 0 ? 0.001 : -0.001))];
  const base = { targets: [parseTarget('y<=0.45')], confidence: 0.95, initialReplications: 3, batch: 2, maxReplications: 9 };

  it('answers with the smallest value when it meets the target already', async () => {
    expect((await planSearch({ ...base, values: values(7, 12) }, falling)).answer).toBe(7);
  });

  it('answers null when even the largest value does not meet the target, having tried the smallest too to see how far the parameter moves it', async () => {
    const result = await planSearch({ ...base, values: values(0, 4) }, falling);
    expect(result.answer).toBeNull();
    expect(result.trials.map((t) => t.value)).toEqual([4, 0]);
  });

  it('says when the parameter cannot reach the target: the means moved less than the distance left', async () => {
    const flat: Evaluate = async (value, _from, count) => [Array.from({ length: count }, (_, i) => 0.8 + 0.001 * value + (i % 2 === 0 ? 0.001 : -0.001))];
    const settings = { ...base, targets: [parseTarget('y>=99%')], values: values(10, 14) };
    const conclusion = planConclusion(await planSearch(settings, flat), 'staff.offenderSupervisors.count', settings);
    expect(conclusion).toMatch(/y moved only from 81% to 81\.4%, less than the distance still left to 99%: it depends mostly on something other than staff\.offenderSupervisors\.count\.$/);
    // A parameter that moves the metric most of the way is not said to be the wrong lever.
    const steep = { ...base, values: values(0, 4) };
    expect(planConclusion(await planSearch(steep, falling), 'x', steep)).not.toMatch(/depends mostly/);
  });

  it('names the levers a probe found to move the metric towards the target, most first, leaving out moves too small to show', async () => {
    const flat: Evaluate = async (value, _from, count) => [Array.from({ length: count }, (_, i) => 0.8 + 0.001 * value + (i % 2 === 0 ? 0.001 : -0.001))];
    const settings = { ...base, targets: [parseTarget('y>=99%')], values: values(10, 14) };
    const result = await planSearch(settings, flat);
    const probes = [
      { parameter: 'staff.probationServiceOfficers.count', from: 0, to: 2, before: 0.81, after: 0.83 },
      { parameter: 'staff.probationOfficers.count', from: 4, to: 8, before: 0.81, after: 0.9 },
      { parameter: 'staff.caseAdministrators.count', from: 0, to: 2, before: 0.81, after: 0.8101 },
      { parameter: 'redeployment.x', from: 1, to: 2, before: 0.81, after: 0.7 },
    ];
    expect(planConclusion(result, 'staff.offenderSupervisors.count', settings, probes)).toMatch(
      /Levers that do move it, from a quick paired probe doubling each staff group in turn: staff\.probationOfficers\.count 4 → 8 took it from 81% to 90%; staff\.probationServiceOfficers\.count 0 → 2 took it from 81% to 83%\.$/,
    );
    expect(planConclusion(result, 'x', settings, [probes[3]])).toMatch(/Doubling each staff group in turn moved it no closer to the target either\.$/);
  });

  it('finds 6 inside the range and checks the value above it', async () => {
    const result = await planSearch({ ...base, values: values(0, 10) }, falling);
    expect(result.answer).toBe(6);
    expect(result.trials.map((t) => t.value)).toContain(7);
  });

  it('adds replications only while a value is uncertain, up to the maximum, and then counts it as not shown', async () => {
    // At 0.45 exactly the interval always straddles the threshold.
    const trial = await tryValue({ ...base, values: [5] }, 5.5, falling);
    expect(trial.verdict).toBe('uncertain');
    expect(trial.n).toBe(9);
    const clear = await tryValue({ ...base, values: [9] }, 9, falling);
    expect(clear.n).toBe(3);
  });
});

describe('targets', () => {
  it('reads metric, comparison and threshold, with a per-cent sign if wanted', () => {
    expect(parseTarget('reports.unfinishedShare<=0.05')).toEqual({ metric: 'reports.unfinishedShare', comparison: '<=', threshold: 0.05 });
    expect(parseTarget(' contacts.deliveredShare >= 90% ')).toEqual({ metric: 'contacts.deliveredShare', comparison: '>=', threshold: 0.9, percent: true });
    expect(parseTarget('x>1e-3').threshold).toBe(0.001);
  });

  it.each(['reports.unfinishedShare=0.05', '<=0.05', 'x<=', 'x<=abc', 'x=<1'])('refuses %j', (text) => {
    expect(() => parseTarget(text)).toThrow(/--target must be metric<=number/);
  });

  it('judges with the one-sided bound on the side the target concerns', () => {
    const values = [1, 2, 3, 4, 5]; // mean 3, sd 1.58, t(0.9, 4) = 1.533: bounds 1.92 and 4.08
    expect(judge(values, parseTarget('y<=4.1'), 0.9).verdict).toBe('meets');
    expect(judge(values, parseTarget('y<=4'), 0.9).verdict).toBe('uncertain');
    expect(judge(values, parseTarget('y<=1.9'), 0.9).verdict).toBe('fails');
    expect(judge(values, parseTarget('y>=1.9'), 0.9).verdict).toBe('meets');
    expect(judge(values, parseTarget('y>4.1'), 0.9).verdict).toBe('fails');
    expect(judge([2], parseTarget('y<=4'), 0.9)).toMatchObject({ verdict: 'uncertain', n: 1 });
  });
});

describe('planSearch with several targets', () => {
  // Noiseless responses: unfinished falls by 0.1 a step from 1 at 0 (below 0.45 from 6); contacts rise by 0.1 a step (at least 0.75 from 8).
  const noise = (i: number) => (i % 2 === 0 ? 0.001 : -0.001);
  const unfinished = (value: number, count: number) => Array.from({ length: count }, (_, i) => 1 - 0.1 * value + noise(i));
  const contacts = (value: number, count: number) => Array.from({ length: count }, (_, i) => 0.1 * value + noise(i));
  const base = { confidence: 0.95, initialReplications: 3, batch: 2, maxReplications: 9, values: values(0, 20) };

  it('answers the smallest value meeting all of them, as a scan of every value would', async () => {
    const targets = [...parseTargets('y<=0.45'), ...parseTargets('z>=0.75')];
    const both: Evaluate = async (value, _from, count) => [unfinished(value, count), contacts(value, count)];
    const result = await planSearch({ ...base, targets }, both);
    expect(result.answer).toBe(8);
    // Each alone would have answered 6 and 8.
    expect((await planSearch({ ...base, targets: [targets[0]] }, async (v, _f, c) => [unfinished(v, c)])).answer).toBe(6);
    // 7 meets the first and fails the second: it fails the plan.
    expect(result.trials.find((t) => t.value === 7)?.targets.map((j) => j.verdict)).toEqual(['meets', 'fails']);
    expect(result.trials.find((t) => t.value === 7)?.verdict).toBe('fails');
  });

  it('finds a value inside a two-sided band, met only between two edges, and none when the band lies between two values', async () => {
    // A workload falling by 10 points a step from 200: between 95 and 115 at 9 and 10 only.
    const workload: Evaluate = async (value, _from, count) => {
      const list = Array.from({ length: count }, (_, i) => 200 - 10 * value + noise(i));
      return [list, list];
    };
    expect((await planSearch({ ...base, targets: parseTargets('w in 95..115') }, workload)).answer).toBe(9);
    expect((await planSearch({ ...base, targets: parseTargets('w in 101..109') }, workload)).answer).toBeNull();
  });

  it('says the answer in words: the parameter and every target', async () => {
    const settings = { ...base, targets: [...parseTargets('reports.unfinishedShare<10%'), ...parseTargets('contacts.deliveredShare>=90%')] };
    const result = { answer: 9, trials: [{ order: 1, value: 8, n: 5, mean: 0, sd: 0, bound: 0, verdict: 'fails' as const, targets: [] }] };
    expect(planConclusion(result, 'staff.offenderSupervisors.count', settings, [], parameterWords)).toBe(
      'The smallest number of offender supervisors giving reports unfinished at their deadline below 10% and required contacts delivered at least 90% with 95% confidence is 9 (8 was not shown to).',
    );
  });
});

describe('targets in per cent and in bands', () => {
  it('reads 110% on a metric in per cent as 110, and 10% on a share as 0.1', () => {
    expect(parseTarget('workload.capacityPercentAfterRedeployment<=110%')).toEqual({ metric: 'workload.capacityPercentAfterRedeployment', comparison: '<=', threshold: 110 });
    expect(parseTarget('reports.unfinishedShare<10%')).toEqual({ metric: 'reports.unfinishedShare', comparison: '<', threshold: 0.1, percent: true });
  });

  it('reads a band as at least its low end and at most its high end, and says it in words as one', () => {
    const band = parseTargets('workload.capacityPercent in 90..110%');
    expect(band).toEqual([
      { metric: 'workload.capacityPercent', comparison: '>=', threshold: 90 },
      { metric: 'workload.capacityPercent', comparison: '<=', threshold: 110 },
    ]);
    expect(targetsInWords(band)).toMatch(/^workload: .* between 90% and 110%$/);
    expect(() => parseTargets('w in 110..90')).toThrow(/low end must be below its high end/);
  });
});

