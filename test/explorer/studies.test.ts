/**
 * The explorer's studies are the command line's: the same scenario, the same
 * replications, the same result files byte for byte; and what it shows while
 * replications land keeps comparisons paired and sweeps to whole points.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tasksOf } from '../../src/experiment/design.ts';
import { runOne, type ReplicationRecord } from '../../src/experiment/study.ts';
import { filesOf } from '../../src/explorer/bundled-files.ts';
import { comparisonDesign, runDesign, sweepDesign, type StartingFile } from '../../src/explorer/designs.ts';
import { bundledScenarioTexts } from '../../src/explorer/site.ts';
import { outcomeSoFar, resultFiles, runExplorerStudy, studyOf, type Runner } from '../../src/explorer/studies.ts';
import { version } from '../../src/cli/version.ts';

const texts = bundledScenarioTexts();
const files = filesOf(new Map(texts.map((t) => [t.file, t.text])));
const baseline: StartingFile = { files, file: 'scenarios/baseline.yaml', text: texts.find((t) => t.file === 'scenarios/baseline.yaml')!.text };

/** Runs each task on this thread, landing them in reverse order (as workers may). */
const backwards: Runner = {
  async run(tasks, onDone) {
    const records: ReplicationRecord[] = new Array(tasks.length);
    for (let i = tasks.length - 1; i >= 0; i--) {
      records[i] = runOne(tasks[i].scenario, tasks[i].replication, { weekly: tasks[i].weekly });
      onDone(i, records[i]);
    }
    return records;
  },
};

function designOf<T>(designed: { design: T } | { problems: unknown[] }): T {
  if ('problems' in designed) throw new Error(JSON.stringify(designed.problems));
  return designed.design;
}

describe('a run in the explorer', () => {
  it('writes summary.json, summary.csv and replications.csv byte for byte as omsim run does', async () => {
    const changes = ['replications=3', 'horizon.years=0.5', 'warmup.weeks=0', 'staff.offenderSupervisors.count=9'];
    const outcome = await runExplorerStudy(designOf(runDesign(baseline, changes)), backwards, version, () => {});
    const explorer = resultFiles(outcome);
    const out = join(mkdtempSync(join(tmpdir(), 'omsim-explorer-')), 'run');
    execFileSync(process.execPath, ['bin/omsim.js', 'run', 'scenarios/baseline.yaml', '--reps', '3', '--set', 'horizon.years=0.5', '--set', 'warmup.weeks=0', '--set', 'staff.offenderSupervisors.count=9', '--out', out, '--quiet'], { stdio: 'pipe' });
    for (const name of ['summary.json', 'summary.csv', 'replications.csv', 'weekly.csv', 'scenario.yaml', 'data-dictionary.csv']) {
      expect(explorer.get(name), name).toBe(readFileSync(join(out, name), 'utf8'));
    }
  });

  it('shows the replications landed so far, and reports each as it lands', async () => {
    const design = designOf(runDesign(baseline, ['replications=3', 'horizon.years=0.25', 'warmup.weeks=0']));
    const seen: number[] = [];
    await runExplorerStudy(design, backwards, version, (p) => {
      expect(p.total).toBe(3);
      seen.push(p.sofar?.kind === 'run' ? p.sofar.summary.study.replications : -1);
    });
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('a comparison in the explorer', () => {
  const design = designOf(comparisonDesign(baseline, ['replications=2', 'horizon.years=0.25', 'warmup.weeks=0'], ['staff.offenderSupervisors.count=6']));

  it('compares the starting scenario with the changed one, the study settings applied to both', () => {
    const [first, second] = design.scenarios;
    expect([first.replications, second.replications, first.horizon.years, second.horizon.years]).toEqual([2, 2, 0.25, 0.25]);
    expect([first.staff.offenderSupervisors.count, second.staff.offenderSupervisors.count]).toEqual([12, 6]);
    expect(second.name).not.toBe(first.name);
  });

  it('shows only replications done for both scenarios, so every difference is paired', () => {
    const tasks = tasksOf(design);
    const landed: (ReplicationRecord | undefined)[] = tasks.map(() => undefined);
    // Replication 0 of the first scenario and replication 1 of the second: no pair yet.
    landed[0] = runOne(tasks[0].scenario, 0);
    landed[3] = runOne(tasks[3].scenario, 1);
    expect(outcomeSoFar(design, landed, version)).toBeUndefined();
    landed[2] = runOne(tasks[2].scenario, 0);
    const sofar = outcomeSoFar(design, landed, version);
    // Replication 0 of each, on the same random numbers.
    expect(landed[0]!.seed).toBe(landed[2]!.seed);
    expect(sofar?.kind === 'comparison' && sofar.comparison.scenarios.map((s) => s.summary.study.seeds)).toEqual([[landed[0]!.seed], [landed[2]!.seed]]);
    const study = studyOf(sofar!);
    expect(study.kind === 'comparison' && study.runs.map((r) => r.label)).toEqual(['baseline', 'baseline changed']);
  });
});

describe('a sweep in the explorer', () => {
  const design = designOf(sweepDesign(baseline, ['replications=2', 'horizon.years=0.25', 'warmup.weeks=0'], 'staff.offenderSupervisors.count', { from: 8, to: 12, step: 2 }));

  it('runs the scenario at each value of the lever, as omsim sweep --vary path=from:to:step does', () => {
    expect(design.points.map((p) => p.values['staff.offenderSupervisors.count'])).toEqual([8, 10, 12]);
    expect(design.pointScenarios.map((s) => s.staff.offenderSupervisors.count)).toEqual([8, 10, 12]);
  });

  it('draws a point only once all its replications have landed', () => {
    const tasks = tasksOf(design);
    const landed: (ReplicationRecord | undefined)[] = tasks.map(() => undefined);
    landed[0] = runOne(tasks[0].scenario, 0, { weekly: false });
    landed[5] = runOne(tasks[5].scenario, 1, { weekly: false });
    expect(outcomeSoFar(design, landed, version)).toBeUndefined();
    landed[4] = runOne(tasks[4].scenario, 0, { weekly: false });
    const sofar = outcomeSoFar(design, landed, version);
    expect(sofar?.kind === 'sweep' && sofar.sweep.points.map((p) => p.values['staff.offenderSupervisors.count'])).toEqual([12]);
  });

  it('summarises the study again only when a point has all its replications', async () => {
    const given: (number | undefined)[] = [];
    await runExplorerStudy(design, backwards, version, (p) => given.push(p.sofar?.kind === 'sweep' ? p.sofar.sweep.points.length : undefined));
    // Landing backwards, two replications a point: a point completes at every second landing.
    expect(given).toEqual([undefined, 1, undefined, 2, undefined, 3]);
  });

  it('refuses a range that is not one, in the command line’s words', () => {
    expect(() => sweepDesign(baseline, [], 'staff.offenderSupervisors.count', { from: 8, to: 12, step: 0 })).toThrow(/step/);
  });
});
