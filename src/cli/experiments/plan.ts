/** `omsim plan`'s work: the goal-seeking search on worker threads, its evidence on the terminal, and its folder: plan.json, the scenario, provenance, the chart and report.html. */
import type { PlanFile } from '../../experiment/formats.ts';
import { runPlan, type PlanOptions } from '../../experiment/plan-study.ts';
import type { Trial } from '../../experiment/plan.ts';
import { formatTargetValue, parseTargets, type Target } from '../../experiment/target.ts';
import { loadScenario } from '../../scenario/index.ts';
import { toJson } from '../../report/json.ts';
import { drawPlanReport, readPlan } from '../../report/plan-report.ts';
import { writeMessages } from '../../report/messages.ts';
import { writePlanOutput } from '../../report/write-plan.ts';
import { defaultOutputFolder } from '../output-path.ts';
import { startProgress, type Progress } from '../progress.ts';
import { version } from '../version.ts';
import { checkTargetFree, clearStaleStaging } from './study-folder.ts';
import { writeProvenance, writeResultsFolder } from './write-folder.ts';

export interface PlanCommandOptions extends Omit<PlanOptions, 'version' | 'onTrial' | 'onReplication'> {
  file: string;
  overrides: readonly string[];
  out?: string;
  /** Replace the results folder at `out` once the plan is complete. */
  replace: boolean;
  quiet: boolean;
  json: boolean;
}

export async function planScenario(options: PlanCommandOptions): Promise<void> {
  const name = loadScenario(options.file, { overrides: options.overrides }).scenario.name;
  const target = options.out ?? defaultOutputFolder(`${name}-plan`);
  checkTargetFree(target, options.replace);
  clearStaleStaging(target);
  const talk = !options.quiet && !options.json;
  // Values are shown as the target was written (per cent or not).
  const goals = (typeof options.target === 'string' ? [options.target] : options.target).flatMap(parseTargets);
  let trials = 0;
  // A bar for the value being tried (replications done of those it has been given), replaced by its evidence line.
  let bar: { value: number; progress: Progress } | undefined;
  const plan = await runPlan(options.file, options.overrides, {
    ...options,
    version,
    onReplication: (value, done, asked) => {
      if (bar?.value !== value) {
        bar?.progress.stop();
        bar = { value, progress: startProgress(`plan: ${options.parameter} = ${value}`, asked, !talk) };
      }
      bar.progress.update(done, asked);
    },
    onTrial: (trial) => {
      bar?.progress.stop();
      bar = undefined;
      // The header waits for the first value, so that settings found wrong before any run print only the error.
      if (talk) process.stdout.write(`${trials++ === 0 ? `${evidenceHeader(goals)}\n` : ''}${evidenceLine(trial, goals)}\n`);
    },
  });
  bar?.progress.stop();
  const written = await writeResultsFolder(target, options.replace, {
    results: (folder) => {
      writePlanOutput(folder, plan);
      writeProvenance(folder);
    },
    report: async (folder) => {
      // Drawn from the files just written, as omsim report redraws it.
      const saved = readPlan(folder.staging);
      const report = await drawPlanReport(saved.plan, saved.scenarioYaml, folder.staging);
      for (const warning of report.warnings) process.stderr.write(`omsim: chart warning: ${warning}\n`);
    },
    lost: writeMessages.resultsLost,
  });
  if (options.json) process.stdout.write(toJson(plan));
  else if (!options.quiet) process.stdout.write(`${planSummary(plan, written)}\n`);
}

/** The widths of the columns: tried, value, n, then a mean and a bound for each target, then the verdict. */
const widths = (targets: readonly Target[]) => [5, 10, 5, ...targets.flatMap(() => [12, 12]), 10];

/** The header of the values tried; with several targets, each mean and bound numbered by its target. */
function evidenceHeader(targets: readonly Target[]): string {
  const numbered = (word: string, i: number) => (targets.length === 1 ? word : `${word} ${i + 1}`);
  const cells = ['tried', 'value', 'n', ...targets.flatMap((_, i) => [numbered('mean', i), numbered('bound', i)]), 'verdict'];
  return cells.map((c, i) => c.padStart(widths(targets)[i])).join('  ');
}

/** One value tried: order, value, replications, each target's mean and one-sided bound as the target was written, and the verdict on them all. */
function evidenceLine(t: Trial, targets: readonly Target[]): string {
  const judged = t.targets.map((j, i) => [formatTargetValue(targets[i], j.mean), formatTargetValue(targets[i], j.bound)]);
  const cells = [String(t.order), String(t.value), String(t.n), ...judged.flat(), t.verdict];
  return cells.map((c, i) => c.padStart(widths(targets)[i])).join('  ');
}

function planSummary(plan: PlanFile, folder: string): string {
  const lines = [`${plan.conclusion}`];
  if (plan.warning) lines.push(`warning: ${plan.warning}`);
  const thresholds = (plan.targets ?? [plan.target]).map((target, i, all) => `${all.length === 1 ? '' : `${i + 1}: `}${target.text}`).join('; ');
  lines.push(`(bound: the one-sided ${Math.round(plan.confidence * 1000) / 10}% confidence bound compared with the target: ${thresholds})`, `results: ${folder} (report.html, with the values tried against the target in charts/plan.png)`);
  return lines.join('\n');
}
