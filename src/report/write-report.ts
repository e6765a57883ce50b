/**
 * Writing a study's report into its results folder, from the saved result
 * files alone:
 *
 *   read the folder (run, comparison or sweep) → build the charts' Vega-Lite
 *   specs from the tidy results → render each to SVG and PNG → write
 *   charts/, methods.md and report.html
 *
 * `omsim run`, `compare`, `sweep` and `merge` call it on their staged folder
 * before committing it; `omsim report <folder>` redraws a finished folder
 * through redraw-report.ts, which stages the whole folder. Each file is
 * written atomically, so an interrupted report never leaves half a file.
 * The files depend on the results alone (no dates, no paths), so the same
 * results always give the same report.
 */
import { chartsFor, type Chart } from './charts/index.ts';
import { clipIntervals } from './clip-intervals.ts';
import { methodsMarkdown, reportPage } from './content.ts';
import { insideFolder } from './inside-folder.ts';
import { toJson } from './json.ts';
import { pathwayImage } from './methods/methods.ts';
import { pathwaySvg } from './methods/pathway-diagram.ts';
import { scenariosOf } from './methods/study-facts.ts';
import { writeFileAtomic } from './output-folder.ts';
import { readStudy, type Study } from './read/study-folder.ts';
import { renderChart, type PngSize } from './render.ts';

/** File names the report writes inside the results folder. */
export const reportFiles = { html: 'report.html', methods: 'methods.md', charts: 'charts' } as const;

export interface ReportOptions {
  /** Size of each chart's PNG; the default is 1600 pixels wide, height in proportion. */
  png?: PngSize;
}

export interface ReportResult {
  kind: Study['kind'] | 'plan' | 'sensitivity';
  /** The charts drawn, by name (each has .vl.json, .svg and .png under charts/). */
  charts: string[];
  /** Every file written, relative to the folder. */
  files: string[];
  /** Warnings from Vega-Lite or Vega while drawing (none when all is well). */
  warnings: string[];
}

export const defaultPngSize: PngSize = { width: 1600 };

/** Reads the results in `folder` and writes its charts, methods.md and report.html beside them. */
export async function writeReport(folder: string, options: ReportOptions = {}): Promise<ReportResult> {
  return drawReport(readStudy(folder), folder, options);
}

/** Writes a report's files into `folder`, each atomically, and lists them. */
export function reportWriter(folder: string): { files: string[]; write: (relative: string, content: string | Uint8Array) => void } {
  const files: string[] = [];
  const write = (relative: string, content: string | Uint8Array) => {
    // Through no symbolic link: a linked charts/ would put the files outside the folder.
    writeFileAtomic(insideFolder(folder, relative), content);
    files.push(relative);
  };
  return { files, write };
}

/** Renders each chart and writes its spec, SVG and PNG under charts/; returns the renderer's warnings, each named by its chart. */
export async function writeCharts(charts: readonly Chart[], write: (relative: string, content: string | Uint8Array) => void, options: ReportOptions): Promise<string[]> {
  const warnings: string[] = [];
  for (const chart of charts) {
    const rendered = await renderChart(chart.spec, options.png ?? defaultPngSize);
    warnings.push(...rendered.warnings.map((w) => `${chart.name}: ${w}`));
    write(`${reportFiles.charts}/${chart.name}.vl.json`, toJson(chart.spec));
    write(`${reportFiles.charts}/${chart.name}.svg`, rendered.svg);
    write(`${reportFiles.charts}/${chart.name}.png`, rendered.png);
  }
  return warnings;
}

/** Writes the report of a study already read into `folder` (the study's own, or a copy of it being staged). */
export async function drawReport(read: Study, folder: string, options: ReportOptions = {}): Promise<ReportResult> {
  // 1. Read: which study, and its results (intervals as shown: within each metric's range).
  const study = clipIntervals(read);
  // 2. Build: the charts' specs from the tidy results.
  const charts = chartsFor(study);
  const { files, write } = reportWriter(folder);
  // 3. Render: each chart as its spec, SVG and PNG.
  const warnings = await writeCharts(charts, write, options);
  // 4. Words: methods.md with its diagram, then the page.
  write(pathwayImage, pathwaySvg(scenariosOf(study)[0].scenario));
  write(reportFiles.methods, methodsMarkdown(study));
  write(reportFiles.html, reportPage(study, charts));
  return { kind: study.kind, charts: charts.map((c) => c.name), files, warnings };
}
