/**
 * A sensitivity analysis's report, from its folder's sensitivity.json and
 * scenario.yaml alone: one chart per metric (charts/sensitivity.ts), and
 * report.html with the headline (the factors that move each metric most),
 * the charts, the indices of the factors that matter, the scenario as run
 * and how the indices are estimated. `omsim sensitivity` and `omsim merge`
 * draw it into their staged folder; `omsim report` redraws it.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { SensitivityFile } from '../experiment/formats.ts';
import { sensitivityCharts, chartedFactors } from './charts/sensitivity.ts';
import { paragraph, type Block, type Section } from './document.ts';
import { formatNumber } from './format.ts';
import { reportHtml } from './html/page.ts';
import { insideFolder } from './inside-folder.ts';
import { metricWords } from './metrics.ts';
import { readJson, readSavedScenario } from './read/study-folder.ts';
import { designWords, sensitivityHeadline } from './sensitivity-words.ts';
import { reportFiles, reportWriter, writeCharts, type ReportOptions, type ReportResult } from './write-report.ts';
import { outputFiles } from './write-study.ts';

/** Whether `folder` holds a sensitivity analysis (sensitivity.json). */
export function isSensitivityFolder(folder: string): boolean {
  return existsSync(insideFolder(folder, outputFiles.sensitivity));
}

const number = z.number().nullable().transform((v) => (v === null ? NaN : v));
const sensitivitySchema = z
  .object({
    omsim: z.object({ version: z.string() }),
    scenario: z.object({ name: z.string() }).passthrough(),
    method: z.enum(['oat', 'morris', 'sobol', 'file']),
    settings: z.object({ trajectories: z.number(), levels: z.number(), base: z.number() }),
    factors: z.array(z.object({ path: z.string(), low: z.number(), high: z.number() }).passthrough()),
    metrics: z.array(z.string()),
    study: z.object({ points: z.number(), replications: z.number(), runs: z.number(), warmupWeeks: z.number(), horizonYears: z.number() }),
    indices: z.array(z.object({ factor: z.string(), metric: z.string(), index: z.string(), value: number, lower: number, upper: number })),
    ranking: z.array(z.object({ metric: z.string(), index: z.string(), factors: z.array(z.object({ factor: z.string(), value: number, lower: number, upper: number })) })),
  })
  .passthrough();

/** A sensitivity folder's sensitivity.json (checked; an index that could not be estimated read as NaN) and scenario.yaml. */
export function readSensitivity(folder: string): { file: SensitivityFile; scenarioYaml: string } {
  const file = readJson<SensitivityFile>(insideFolder(folder, outputFiles.sensitivity), sensitivitySchema);
  return { file, scenarioYaml: readSavedScenario(insideFolder(folder, outputFiles.scenario)) };
}

/** The indices of one metric's most moving factors, in the order ranked. */
function indexTable(file: SensitivityFile, metric: string): Block {
  const order = file.ranking.find((r) => r.metric === metric)!.factors.slice(0, chartedFactors).map((f) => f.factor);
  const indices = [...new Set(file.indices.filter((r) => r.metric === metric).map((r) => r.index))];
  const words = metricWords(metric);
  const show = (v: number, index: string) => (index === 'first_order' || index === 'total' ? formatNumber(v, 2) : formatNumber(words.share ? v * 100 : v, 2));
  const rows = order.map((factor) => [
    factor,
    ...indices.map((index) => {
      const r = file.indices.find((x) => x.metric === metric && x.factor === factor && x.index === index)!;
      return Number.isFinite(r.lower) ? `${show(r.value, index)} (${show(r.lower, index)} to ${show(r.upper, index)})` : show(r.value, index);
    }),
  ]);
  const unit = words.share ? 'percentage points' : words.unit;
  return {
    kind: 'table',
    caption: `${words.label}: the ${order.length} factors that move it most, each index with its 95% interval${unit === '' ? '' : ` (effects in ${unit})`}; every factor is in sensitivity.csv`,
    header: ['Factor', ...indices],
    rows,
    numeric: [false, ...indices.map(() => true)],
  };
}

function methods(file: SensitivityFile): Section[] {
  const text: Record<SensitivityFile['method'], string> = {
    oat: 'Each factor is set, alone, to the low and then the high end of its range, the others left as the scenario has them, and each of these points is compared with the scenario as written, replication by replication. Every point of a replication runs with that replication’s seed (common random numbers), so the differences are paired and the noise between replications largely cancels. The intervals are t-based 95% intervals of the paired differences.',
    morris: 'Morris’s elementary effects (Morris 1991) with Campolongo’s μ* (2007): trajectories through a grid over the unit hypercube move one factor at a time; an elementary effect is the change in the metric over a step divided by the step as a share of the factor’s range, so it reads as the change were the factor moved across its whole range. μ* is the mean absolute effect (how much the factor matters), μ the mean (in which direction), σ their spread (interaction with the other factors, or an effect that is not straight). Every point of a replication runs with that replication’s seed (common random numbers), so the steps of a trajectory are paired; each point’s value is the mean of its replications. Intervals are 95% percentile bootstraps over the trajectories (1,000 resamples).',
    sobol: 'Sobol indices by Saltelli’s sampling scheme and Jansen’s estimators (Saltelli et al. 2010): two independent samples A and B of the factors and, for each factor, A with that factor’s column taken from B. The first-order index is the share of the metric’s variance over the factors’ ranges due to the factor alone; the total index, its share with all its interactions. Every point of a replication runs with that replication’s seed (common random numbers); each point’s value is the mean of its replications. Intervals are 95% percentile bootstraps over the rows of the base sample (1,000 resamples).',
    file: 'The points of a design file made elsewhere are run as given; the analysis is left to the tool that made the design, which reads sensitivity-runs.csv (point, replication, metric, value) beside design.csv (each point’s values).',
  };
  const ranges = file.factors.map((f) => [f.path, `${f.low} to ${f.high}`, String((f as { value?: number | null }).value ?? 'none'), (f as { why?: string }).why ?? '']);
  return [
    { id: 'sensitivity-method', heading: 'How the indices are estimated', blocks: [paragraph(`The design: ${designWords(file)}.`), paragraph(text[file.method])] },
    { id: 'sensitivity-factors', heading: 'The factors and their ranges', blocks: [{ kind: 'table', header: ['Factor', 'Range', 'Scenario’s value', 'Why this range'], rows: ranges, numeric: [false, false, true, false] }] },
  ];
}

/** report.html of a sensitivity analysis, with its charts. */
export function sensitivityPage(file: SensitivityFile, scenarioYaml: string, charts: ReturnType<typeof sensitivityCharts>): string {
  return reportHtml({
    title: `Offender management simulation: which assumptions move the results of “${file.scenario.name}”`,
    meta: `Results of a sensitivity analysis with omsim ${file.omsim.version}: ${designWords(file)}. Drawn from the result files in this folder.`,
    headline: [{ kind: 'list', items: sensitivityHeadline(file) }],
    charts,
    tables: file.ranking.map((r) => indexTable(file, r.metric)),
    scenario: [
      paragraph(`Scenario: ${file.scenario.name}`),
      { kind: 'details', summary: 'The full scenario file (scenario.yaml)', blocks: [{ kind: 'code', text: scenarioYaml === '' ? 'scenario.yaml is missing from this folder.' : scenarioYaml }] },
    ],
    methods: methods(file),
    methodsIntro: 'A sensitivity analysis varies the scenario’s assumptions over their plausible ranges (docs/assumptions.md gives each range and its reasoning) and measures how much each moves the results.',
  });
}

/** Writes a sensitivity analysis's charts (spec, SVG and PNG) and report.html into `folder`. */
export async function drawSensitivityReport(file: SensitivityFile, scenarioYaml: string, folder: string, options: ReportOptions = {}): Promise<ReportResult> {
  const charts = sensitivityCharts(file);
  const { files, write } = reportWriter(folder);
  const warnings = await writeCharts(charts, write, options);
  write(reportFiles.html, sensitivityPage(file, scenarioYaml, charts));
  return { kind: 'sensitivity', charts: charts.map((c) => c.name), files, warnings };
}
