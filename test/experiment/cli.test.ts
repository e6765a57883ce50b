/**
 * The experiment commands as a user runs them (`node bin/omsim.js …`, each
 * its own process): bad input is refused in plain words with exit code 2 and
 * nothing written, and a study split over a "cluster" of jobs, each finding
 * its shard index where Kubernetes or Slurm puts it, merges into the folder
 * one machine writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, omsim, runOmsim, runOmsimWithin, startOmsim, type Finished } from './support/cli.ts';
import { folderDifferences, smallPrison, temporaryFolder, writeScenario, removeTemporaryFolders } from './support/files.ts';

afterAll(removeTemporaryFolders);

let folder: string;
let small: string;
let other: string;
beforeAll(() => {
  folder = temporaryFolder();
  small = writeScenario(folder, 'small.yaml', smallPrison);
  other = writeScenario(folder, 'other.yaml', smallPrison.replace('count: 3', 'count: 4'));
});

describe('bad input', () => {
  const target = () => join(folder, 'never');
  const cases: [string, () => string[], RegExp][] = [
    ['--reps 0', () => ['run', small, '--reps', '0'], /replications must be a whole number from 1/],
    ['negative --workers', () => ['run', small, '--workers', '-2'], /--workers must be a whole number of at least 1; found -2/],
    ['--workers that is not a number', () => ['run', small, '--workers', 'abc'], /--workers must be a whole number; found "abc"/],
    ['--shard 3/2', () => ['run', small, '--shard', '3/2'], /--shard 3\/2: the shard must be from 1 to 2/],
    ['--shards without an index', () => ['sweep', small, '--vary', 'staff.offenderSupervisors.count=2:3:1', '--shards', '2'], /needs this job's shard index/],
    ['compare with 1 replication', () => ['compare', small, other, '--reps', '1'], /need at least 2 replications/],
    ['an unknown metric in --target', () => ['plan', small, '--vary', 'staff.offenderSupervisors.count', '--target', 'reports.unfinishedShar<=0.1'], /did you mean reports\.unfinishedShare\?/],
    ['a sweep value the scenario cannot take', () => ['sweep', small, '--vary', 'staff.offenderSupervisors.count=-1:1:1'], /count must be a whole number from 0 .* found -1/],
    ['a file that is not a shard', () => ['merge', small], /is not an omsim shard file/],
    ['a target far from any metric name', () => ['plan', small, '--vary', 'staff.probationOfficers.count', '--target', 'parole.onTime>=95%'], /metrics with a word of it in their names: .*reports\.parole\.onTimeShare.*\(omsim metrics lists them all\)/],
    ['a misspelt metric in compare --metrics', () => ['compare', small, other, '--metrics', 'contacts.deliveredShare,reports.parole.onTimeShar'], /--metrics names no metric: reports\.parole\.onTimeShar; did you mean reports\.parole\.onTimeShare\?/],
    ['an empty compare --metrics', () => ['compare', small, other, '--metrics', ','], /--metrics must name at least one metric/],
    ['a sweep chart naming no metric', () => ['sweep', small, '--vary', 'staff.offenderSupervisors.count=2:3:1', '--chart', 'reports.parole.onTimeShar'], /--chart names no metric: reports\.parole\.onTimeShar; did you mean reports\.parole\.onTimeShare\?/],
    // A value left out is not the scenario's value, and an empty one is not 0.
    ['--reps with no value', () => ['run', small, '--reps'], /Not enough arguments following: reps/],
    ['an empty --seed', () => ['run', small, '--seed', ''], /--seed must be a whole number; found ""/],
    ['--reps that is not whole', () => ['run', small, '--reps', '1.5'], /--reps must be a whole number; found "1\.5"/],
  ];
  let results: Finished[];
  beforeAll(async () => {
    results = await Promise.all(cases.map(([, args]) => runOmsim([...args(), '--out', target()])));
  });

  it.each(cases.map(([name], i) => [name, i] as const))('%s: a clear message, exit code 2, nothing written', (_name, i) => {
    const result = results[i];
    expect(result.stderr).toMatch(cases[i][2]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(existsSync(target())).toBe(false);
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('an --out that cannot be written', () => {
  // Enough work that a refusal after computing could not pass for one before it.
  const long = () => ['run', small, '--reps', '400', '--set', 'horizon.years=20'];
  const cases: [string, () => string, RegExp][] = [
    ['empty', () => '', /--out is empty/],
    ['under /proc', () => '/proc/omsim-test', /--out \/proc\/omsim-test is under \/proc, a system folder/],
    ['through a file', () => join(small, 'results'), /on its path is a file, not a folder/],
    ['an existing file', () => small, /already exists/],
    // A link that leads nowhere passed the check once and failed only when the results were to be put in place.
    ['a symbolic link to nothing', () => join(folder, 'link-to-nothing'), /--out .*link-to-nothing is a symbolic link to .*nowhere, which does not exist/],
    ['a symbolic link in a loop', () => join(folder, 'link-loop'), /--out .*link-loop is a symbolic link that leads in a loop/],
    ['a path through a symbolic link to nothing', () => join(folder, 'link-to-nothing', 'results'), /cannot be made: .*link-to-nothing on its path is a symbolic link to .*nowhere, which does not exist/],
    // 250 characters: a name the file system takes, but not with omsim's working names (.<name>.partial-…) made from it.
    ['a name too long for the working names', () => join(folder, 'n'.repeat(250)), /has a name of 250 bytes; a name can be at most 255, .* give a name of at most 228 bytes/],
  ];
  it('a shard folder that cannot be written is refused before computing too', async () => {
    const started = Date.now();
    const result = await runOmsim([...long(), '--shard', '1/2', '--out', '/proc/omsim-shards']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out \/proc\/omsim-shards is under \/proc/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((Date.now() - started) / 1000).toBeLessThan(30);
  });
  let results: { result: Finished & { timedOut: boolean }; seconds: number }[];
  beforeAll(async () => {
    symlinkSync(join(folder, 'nowhere'), join(folder, 'link-to-nothing'));
    symlinkSync(join(folder, 'link-loop'), join(folder, 'link-loop'));
    results = await Promise.all(
      cases.map(async ([, out]) => {
        const started = Date.now();
        // Stopped after a minute: a check that let the study compute would otherwise take many.
        const result = await runOmsimWithin(60, [...long(), '--out', out()]);
        return { result, seconds: (Date.now() - started) / 1000 };
      }),
    );
  });

  it.each(cases.map(([name], i) => [name, i] as const))('%s: refused before any computing, exit code 2, no stack trace', (_name, i) => {
    const { result, seconds } = results[i];
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toMatch(cases[i][2]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    // 400 replications of 20 years take minutes; a refusal takes the start-up time only.
    expect(seconds).toBeLessThan(30);
  });

  it('leaves nothing where a link led nowhere: no folder, no staging folder', () => {
    expect(existsSync(join(folder, 'nowhere'))).toBe(false);
    expect(readdirSync(folder).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});

describe('--replace', () => {
  it('runs a study again into its own folder, putting the new results in place once complete; without it the folder is refused, naming --replace', async () => {
    const out = join(folder, 'again');
    expect((await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', out])).code).toBe(0);
    const refused = await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; choose another --out, remove it, or add --replace/);
    writeFileSync(join(out, 'stale.txt'), 'from before');
    const replaced = await runOmsim(['run', small, '--reps', '3', '--quiet', '--out', out, '--replace']);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).study.replications).toBe(3);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(readdirSync(folder).filter((f) => f.startsWith('.again') || f.startsWith('again.new'))).toEqual([]);
  });

  it('never replaces a folder omsim did not write', async () => {
    const mine = join(folder, 'my-documents');
    mkdirSync(mine);
    writeFileSync(join(mine, 'letter.txt'), 'keep me');
    const result = await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', mine, '--replace']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--replace replaces only an omsim results folder/);
    expect(readFileSync(join(mine, 'letter.txt'), 'utf8')).toBe('keep me');
  });
});

describe('--workers beyond the cores', () => {
  it('is cut to one thread per core, with a note, and the run goes on', async () => {
    const result = await runOmsim(['run', small, '--reps', '2', '--workers', '1000', '--quiet', '--out', join(folder, 'many-workers')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/omsim: note: --workers 1000 is more than the \d+ cores here; using \d+/);
    expect(existsSync(join(folder, 'many-workers', 'summary.json'))).toBe(true);
  });
});

describe('a run whose --out appears while it computes', () => {
  it('keeps its results, beside the folder that appeared, and says where', async () => {
    const target = join(folder, 'contested');
    const child = startOmsim(['run', small, '--reps', '6', '--workers', '1', '--quiet', '--out', target]);
    const ended = finished(child);
    // Another run takes the folder once this one has finished computing and is writing its own.
    while (!readdirSync(folder).some((f) => f.startsWith('.contested.partial-'))) await new Promise((r) => setTimeout(r, 5));
    mkdirSync(target);
    writeFileSync(join(target, 'summary.json'), '{}');
    const result = await ended;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${target} appeared while this study ran`);
    expect(readFileSync(join(target, 'summary.json'), 'utf8')).toBe('{}');
    expect(existsSync(join(`${target}-2`, 'summary.json'))).toBe(true);
  });
});

describe('staging folders of runs that were killed', () => {
  it('are kept, and named, when they hold finished results (provenance.json, written after every result file)', async () => {
    const parent = join(folder, 'stale-finished');
    mkdirSync(parent);
    const finishedResults = join(parent, '.old.partial-4999999-0a1b2c3d');
    mkdirSync(finishedResults);
    for (const file of ['summary.json', 'weekly.csv', 'provenance.json']) writeFileSync(join(finishedResults, file), 'finished');
    const result = await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', join(parent, 'new')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`kept ${finishedResults}: it holds the finished results of an omsim that stopped before putting them in place`);
    expect(readdirSync(finishedResults).sort()).toEqual(['provenance.json', 'summary.json', 'weekly.csv']);
  });

  it('are removed by the next run beside them, which says so; a live run\'s are kept', async () => {
    const parent = join(folder, 'stale');
    mkdirSync(parent);
    // Process numbers above the kernel's largest (4,194,304) belong to no process.
    const dead = join(parent, '.old.partial-4999999-0a1b2c3d');
    const alive = join(parent, `.busy.partial-${process.pid}-0a1b2c3d`);
    for (const stale of [dead, alive]) mkdirSync(stale);
    const result = await runOmsim(['run', small, '--reps', '2', '--quiet', '--out', join(parent, 'new')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`removed an unfinished folder left by a run that was stopped: ${dead}`);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });
});

describe('a run split over cluster jobs', () => {
  it('finds each job\'s shard in JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID and merges to the one-machine folder', async () => {
    const shards = join(folder, 'cluster-shards');
    const jobs = await Promise.all([
      runOmsim(['run', small, '--shards', '2', '--out', shards, '--workers', '2', '--quiet'], { env: { JOB_COMPLETION_INDEX: '0' } }),
      runOmsim(['run', small, '--shards', '2', '--out', shards, '--workers', '1', '--quiet'], { env: { SLURM_ARRAY_TASK_ID: '1' } }),
    ]);
    expect(jobs.map((j) => j.code)).toEqual([0, 0]);
    expect(readdirSync(shards).sort()).toEqual(['shard-1-of-2.json', 'shard-2-of-2.json']);
    const merged = await runOmsim(['merge', shards, '--out', join(folder, 'cluster-merged')]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('merged 2 shards');
    await omsim(['run', small, '--out', join(folder, 'one-machine'), '--workers', '1', '--quiet']);
    expect(folderDifferences(join(folder, 'one-machine'), join(folder, 'cluster-merged'))).toEqual([]);
  });
});

describe('omsim compare', () => {
  it('writes comparison.json, comparison.csv and each scenario\'s run files, and prints the differences', async () => {
    const out = join(folder, 'comparison');
    const result = await runOmsim(['compare', small, other, '--out', out, '--workers', '2']);
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['1-small', '2-small', 'comparison.csv', 'comparison.json', 'report.html']));
    expect(readdirSync(join(out, '2-small'))).toEqual(expect.arrayContaining(['replications.csv', 'scenario.yaml', 'summary.json', 'weekly.csv']));
    // Levels in the first and the other scenario, the paired difference with its interval, and its verdict.
    expect(result.stdout).toMatch(/small #2 differs from small #1 in 1 parameter:\n {2}staff\.offenderSupervisors\.count 3 → 4\n/);
    expect(result.stdout).toMatch(/\n {2}Cases per supervisor: [\d.]+ → [\d.]+ cases, [−+][\d.]+ cases \(95% CI [−+][\d.]+ to [−+][\d.]+\): (better|worse|could be chance)\n/);
    expect(result.stdout).toMatch(/\n {2}Required contacts delivered: [\d.]+% → [\d.]+%, /);
  });

  it('with --metrics, shows those measures and no others in the headline and the chart; --force replaces the comparison once the new one is complete', async () => {
    const out = join(folder, 'comparison-chosen');
    expect((await runOmsim(['compare', small, other, '--out', out, '--quiet'])).code).toBe(0);
    const result = await runOmsim(['compare', small, other, '--out', out, '--force', '--metrics', 'contacts.deliveredShare,custody.extraDays']);
    expect(result.code).toBe(0);
    const shown = result.stdout.split('\n').filter((line) => /^ {2}\S.*: .* → /.test(line)).map((line) => line.trim().split(':')[0]);
    expect(shown).toEqual(['Required contacts delivered', 'Days in custody caused by missing or late work']);
    expect(JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')).measures).toEqual(['contacts.deliveredShare', 'custody.extraDays']);
    const drawn = new Set([...readFileSync(join(out, 'charts', 'comparison.vl.json'), 'utf8').matchAll(/"metric": *"([^"]+)"/g)].map((m) => m[1]));
    expect(drawn.size).toBeGreaterThan(0);
    expect([...drawn].every((name) => ['contacts.deliveredShare', 'custody.extraDays'].includes(name))).toBe(true);
  });

  it('takes in --metrics a metric the scenarios never count, checked against the catalogue rather than a run', async () => {
    const out = join(folder, 'comparison-never-counted');
    const result = await runOmsim(['compare', small, other, '--set', 'redeployment.shiftProbability=0', '--out', out, '--metrics', 'staff.shiftsRedeployed']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n {2}Shifts with someone redeployed: 0\.0 → 0\.0 shifts.*, the same in every replication\n/);
  });
});

describe('omsim plan', () => {
  it('writes report.html and a PNG chart of each value tried, its interval and the target line; omsim report redraws them the same', async () => {
    const out = join(folder, 'plan');
    const result = await runOmsim(['plan', small, '--vary', 'staff.offenderSupervisors.count', '--min', '1', '--max', '4', '--target', 'reports.unfinishedShare<=60%', '--initial-reps', '3', '--max-reps', '3', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['plan.json', 'scenario.yaml', 'provenance.json', 'report.html', 'charts']));
    const png = readFileSync(join(out, 'charts', 'plan.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { tried: { value: number }[] };
    const spec = readFileSync(join(out, 'charts', 'plan.vl.json'), 'utf8');
    // Each value's own replications, not the most any value had, in the source line.
    expect(spec).toMatch(/Each value run for 3 replications of 0\.5 years/);
    const drawn = [...spec.matchAll(/"value": (\d+),\s*"mean"/g)].map((m) => Number(m[1])).sort();
    expect(drawn).toEqual(plan.tried.map((t) => t.value).sort());
    // The target as a dashed horizontal rule at 60 (per cent, as the chart's axis), labelled as typed.
    const layers = (JSON.parse(spec) as { vconcat: { layer: { mark: { type: string; strokeDash?: number[] }; data?: { values: { target: number }[] }; encoding: { y?: { field: string } } }[] }[] }).vconcat[0].layer;
    const rule = layers.find((l) => l.mark.type === 'rule' && l.encoding.y?.field === 'target');
    expect(rule?.mark.strokeDash).toBeDefined();
    expect(rule?.data?.values).toEqual([{ target: 60 }]);
    expect(spec).toContain('target: at most 60%');
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toContain('id="chart-plan"');
    const redrawn = await runOmsim(['report', out]);
    expect(redrawn.code).toBe(0);
    expect(redrawn.stdout).toContain('report.html (1 chart: plan)');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(page);
    expect(readFileSync(join(out, 'charts', 'plan.png')).equals(png)).toBe(true);
  });

  it('replaces an earlier plan folder only with --force, once the new plan is complete', async () => {
    const out = join(folder, 'plan-again');
    const plan = (...extra: string[]) => runOmsim(['plan', small, '--vary', 'staff.offenderSupervisors.count', '--min', '1', '--max', '2', '--target', 'reports.unfinishedShare<=60%', '--initial-reps', '2', '--max-reps', '2', '--out', out, '--quiet', ...extra]);
    expect((await plan()).code).toBe(0);
    writeFileSync(join(out, 'stale.txt'), 'from before');
    const refused = await plan();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; .*--replace/);
    expect((await plan('--force')).code).toBe(0);
    expect(readdirSync(out)).not.toContain('stale.txt');
    expect(readdirSync(out)).toContain('plan.json');
  });

  it('refuses to redraw a tampered plan.json, with exit code 2 and no stack trace', async () => {
    const out = join(folder, 'plan-tampered');
    expect((await runOmsim(['plan', small, '--vary', 'staff.offenderSupervisors.count', '--min', '1', '--max', '2', '--target', 'reports.unfinishedShare<=60%', '--initial-reps', '2', '--max-reps', '2', '--out', out, '--quiet'])).code).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    plan.tried[0].verdict = 'maybe';
    writeFileSync(join(out, 'plan.json'), JSON.stringify(plan));
    const result = await runOmsim(['report', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/plan\.json: tried\[0\]\.verdict/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--set before the scenario file', () => {
  it('takes one value each time, leaving the file to the positional argument, in run as in the other commands', async () => {
    const out = join(folder, 'set-first');
    const result = await runOmsim(['run', '--set', 'seed=5', '--set', 'replications=2', small, '--out', out, '--workers', '1', '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const asRun = readFileSync(join(out, 'scenario.yaml'), 'utf8');
    expect(asRun).toMatch(/^seed: 5$/m);
    expect(asRun).toMatch(/^replications: 2$/m);
  });
});

describe('a study whose results could not be held', () => {
  it('is refused before any computing, naming --reps and horizon.years and the limit, exit code 2', async () => {
    const out = join(folder, 'too-large');
    // 10,000 replications of 50 years: weeks of computing, then more weekly results than memory holds.
    const result = await runOmsimWithin(60, ['run', small, '--reps', '10000', '--set', 'horizon.years=50', '--out', out]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^omsim: this run would hold about [\d.]+ GB of results in memory until its folder is written \(10,000 replications × 2,608 weeks of about 75 weekly measures, and their totals\), more than the [\d.]+ [GM]B omsim allows itself here .*use fewer replications \(--reps\) or fewer years \(--set horizon\.years=…\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('as one shard, is refused before computing when its file would be too long for omsim merge to read back, saying how many shards to use', async () => {
    const out = join(folder, 'too-large-shard');
    // 700 replications of 5 years in one shard: about 550 MB of shard file. Node is given memory enough that only the shard's size is at fault.
    const result = await runOmsimWithin(60, ['run', small, '--reps', '700', '--set', 'horizon.years=5', '--shard', '1/1', '--out', out], { env: { NODE_OPTIONS: '--max-old-space-size=8192' } });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^omsim: this shard's file would be about \d+ MB, more than omsim merge can read back .* \(--shard K\/N with N of \d+ or more\)/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('run, compare and plan whose --out is made while they compute', () => {
  /**
   * Starts the command with a dead run's staging folder beside its --out:
   * the command removes it once its checks are done, as it starts
   * computing, which is when the folder is made in its way.
   */
  async function outMadeWhileComputing(name: string, args: (out: string) => string[]): Promise<{ result: Finished; out: string }> {
    const parent = join(folder, `made-meanwhile-${name}`);
    mkdirSync(parent);
    const dead = join(parent, '.killed.partial-4999999-00000000');
    mkdirSync(dead);
    const out = join(parent, 'results');
    const ended = finished(startOmsim([...args(out), '--quiet']));
    const started = Date.now();
    while (existsSync(dead)) {
      if (Date.now() - started > 60_000) throw new Error(`${name} never started computing`);
      await new Promise((r) => setTimeout(r, 5));
    }
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'made by hand');
    return { result: await ended, out };
  }

  it.each([
    ['run', (out: string) => ['run', small, '--reps', '6', '--workers', '1', '--out', out], 'summary.json'],
    ['compare', (out: string) => ['compare', small, other, '--reps', '4', '--workers', '1', '--out', out], 'comparison.json'],
    ['plan', (out: string) => ['plan', small, '--vary', 'staff.offenderSupervisors.count', '--min', '1', '--max', '3', '--target', 'reports.unfinishedShare<=60%', '--initial-reps', '2', '--max-reps', '2', '--workers', '1', '--out', out], 'plan.json'],
  ] as const)('%s keeps its results, beside the folder made, and says where', async (name, args, mainFile) => {
    const { result, out } = await outMadeWhileComputing(name, args);
    expect(result.stderr).not.toMatch(/already exists/);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${out} appeared while this study ran (another run writing there?); these results are in ${out}-2`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
    expect(existsSync(join(`${out}-2`, mainFile))).toBe(true);
    expect(existsSync(join(`${out}-2`, 'report.html'))).toBe(true);
  });
});
