/**
 * A plan's report, from its folder's plan.json and scenario.yaml alone:
 * charts/plan.{vl.json,svg,png} (each value tried, its interval and the
 * target line) and report.html (the answer, the chart, the values tried, the
 * scenario as run, and how the search decides). `omsim plan` draws it into
 * its staged folder; `omsim report` redraws it (redraw-report.ts).
 */
import { existsSync } from 'node:fs';
import type { PlanFile } from '../experiment/formats.ts';
import { planChart } from './charts/plan.ts';
import type { Source } from './charts/style.ts';
import { paragraph, type Block, type Section } from './document.ts';
import { formatBare, plural } from './format.ts';
import { reportHtml } from './html/page.ts';
import { insideFolder } from './inside-folder.ts';
import { toJson } from './json.ts';
import { metricWords } from './metrics.ts';
import { writeFileAtomic } from './output-folder.ts';
import { planSchema } from './read/result-schemas.ts';
import { readJson, readSavedScenario } from './read/study-folder.ts';
import { renderChart } from './render.ts';
import { planFiles } from './write-plan.ts';
import { defaultPngSize, reportFiles, type ReportOptions, type ReportResult } from './write-report.ts';

/** Whether `folder` holds a plan (plan.json). */
/** Every target of the plan, all of which must hold (an older plan.json has one). */
function allTargets(plan: PlanFile): string {
  return (plan.targets ?? [plan.target]).map((target) => target.text).join(' and ');
}

export function isPlanFolder(folder: string): boolean {
  return existsSync(insideFolder(folder, planFiles.plan));
}

/** A plan folder's plan.json (checked against its schema; a mean that could not be estimated read as NaN) and scenario.yaml. */
export function readPlan(folder: string): { plan: PlanFile; scenarioYaml: string } {
  const saved = readJson<PlanFile>(insideFolder(folder, planFiles.plan), planSchema);
  const number = (x: number | null) => (x === null ? NaN : x);
  const tried = saved.tried.map((t) => ({ ...t, mean: number(t.mean), sd: number(t.sd), bound: number(t.bound) }));
  return { plan: { ...saved, tried }, scenarioYaml: readSavedScenario(insideFolder(folder, planFiles.scenario)) };
}

/** What the source line under the chart says about a plan. */
function planSource(plan: PlanFile): Source {
  const counts = plan.tried.map((t) => t.n);
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
  const percent = Math.round(plan.confidence * 1000) / 10;
  return {
    version: plan.omsim.version,
    scenarios: [plan.scenario.name],
    replications: most,
    horizonYears: plan.scenario.horizon.years,
    warmupWeeks: plan.scenario.warmup.weeks ?? 0,
    extra: `${plural(plan.tried.length, 'value')} of ${plan.parameter} tried`,
    replicationWords: `Each value run for ${fewest === most ? plural(most, 'replication') : `${fewest} to ${most} replications`}`,
    whiskers: `Whiskers: from the lower to the upper one-sided ${percent}% confidence bound of each value’s mean`,
  };
}

function triedTable(plan: PlanFile): Block {
  const words = metricWords(plan.target.metric);
  const rows = [...plan.tried].sort((a, b) => a.order - b.order).map((t) => [String(t.order), String(t.value), String(t.n), formatBare(t.mean, words), formatBare(t.bound, words), t.verdict]);
  return {
    kind: 'table',
    caption: `Each value of ${plan.parameter} tried, in the order tried, with ${words.label.toLowerCase()}: its mean, and the one-sided bound compared with the target ${plan.target.text}${(plan.targets?.length ?? 1) > 1 ? ' (the first of the targets; the verdict is on them all)' : ''}`,
    header: ['Tried', 'Value', 'Replications', 'Mean', 'Bound', 'Verdict'],
    rows,
    numeric: [true, true, true, true, true, false],
  };
}

function methods(plan: PlanFile): Section[] {
  const s = plan.search;
  const percent = Math.round(plan.confidence * 1000) / 10;
  return [
    {
      id: 'plan-search',
      heading: 'How the search decides',
      blocks: [
        paragraph(
          `Values of ${plan.parameter} from ${s.min} to ${s.max} in steps of ${s.step} were searched for the smallest that meets ${allTargets(plan)}. Each value tried starts with ${plural(s.initialReplications, 'replication')}; while its interval straddles the target, ${s.batch} more are added, up to ${s.maxReplications}. A value meets the target when the one-sided ${percent}% confidence bound on the target's side clears it, and fails when the bound on the other side lies wholly beyond it. Every value runs the same seeds (common random numbers), so neighbouring values differ by the lever, not by noise.`,
        ),
      ],
    },
  ];
}

/** report.html of a plan, with its chart. */
export function planPage(plan: PlanFile, scenarioYaml: string, charts: ReturnType<typeof planChart>[]): string {
  return reportHtml({
    title: `Offender management simulation: ${plan.parameter} for ${allTargets(plan)} in “${plan.scenario.name}”`,
    meta: `Results of a plan with omsim ${plan.omsim.version}: ${plural(plan.tried.length, 'value')} tried. Drawn from the result files in this folder.`,
    headline: [paragraph(plan.conclusion), ...(plan.warning === undefined ? [] : [paragraph(`Warning: ${plan.warning}`)])],
    charts,
    tables: [triedTable(plan)],
    scenario: [
      paragraph(`Scenario: ${plan.scenario.name}`),
      { kind: 'details', summary: 'The full scenario file (scenario.yaml)', blocks: [{ kind: 'code', text: scenarioYaml === '' ? 'scenario.yaml is missing from this folder.' : scenarioYaml }] },
    ],
    methods: methods(plan),
    methodsIntro: 'The plan searches one parameter for the smallest value that meets a target with the confidence asked.',
  });
}

/** Writes a plan's chart (spec, SVG and PNG) and report.html into `folder`. */
export async function drawPlanReport(plan: PlanFile, scenarioYaml: string, folder: string, options: ReportOptions = {}): Promise<ReportResult> {
  const chart = planChart(plan, planSource(plan));
  const rendered = await renderChart(chart.spec, options.png ?? defaultPngSize);
  const files: string[] = [];
  const write = (relative: string, content: string | Uint8Array) => {
    writeFileAtomic(insideFolder(folder, relative), content);
    files.push(relative);
  };
  write(`${reportFiles.charts}/${chart.name}.vl.json`, toJson(chart.spec));
  write(`${reportFiles.charts}/${chart.name}.svg`, rendered.svg);
  write(`${reportFiles.charts}/${chart.name}.png`, rendered.png);
  write(reportFiles.html, planPage(plan, scenarioYaml, [chart]));
  return { kind: 'plan', charts: [chart.name], files, warnings: rendered.warnings.map((w) => `${chart.name}: ${w}`) };
}
