/**
 * Writing a study's report into its results folder, from the saved result
 * files alone:
 *
 *   read the folder (run, comparison or sweep) → build the charts' Vega-Lite
 *   specs from the tidy results → render each to SVG and PNG → write
 *   charts/, methods.md and report.html
 *
 * `omsim run`, `compare`, `sweep` and `merge` call it on their staged folder
 * before committing it; `omsim report <folder>` calls it to redraw a
 * finished folder. Each file is written atomically, so an interrupted report
 * never leaves half a file. The files depend on the results alone (no dates,
 * no paths), so the same results always give the same report.
 */
import { join } from 'node:path';
import { chartsFor } from './charts/index.ts';
import { clipIntervals } from './clip-intervals.ts';
import { methodsMarkdown, reportPage } from './content.ts';
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
  kind: Study['kind'];
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
  // 1. Read: which study, and its results (intervals as shown: within each metric's range).
  const study = clipIntervals(readStudy(folder));
  // 2. Build: the charts' specs from the tidy results.
  const charts = chartsFor(study);
  const files: string[] = [];
  const warnings: string[] = [];
  const write = (relative: string, content: string | Uint8Array) => {
    writeFileAtomic(join(folder, relative), content);
    files.push(relative);
  };
  // 3. Render: each chart as its spec, SVG and PNG.
  for (const chart of charts) {
    const rendered = await renderChart(chart.spec, options.png ?? defaultPngSize);
    warnings.push(...rendered.warnings.map((w) => `${chart.name}: ${w}`));
    write(`${reportFiles.charts}/${chart.name}.vl.json`, toJson(chart.spec));
    write(`${reportFiles.charts}/${chart.name}.svg`, rendered.svg);
    write(`${reportFiles.charts}/${chart.name}.png`, rendered.png);
  }
  // 4. Words: methods.md with its diagram, then the page.
  write(pathwayImage, pathwaySvg(scenariosOf(study)[0].scenario));
  write(reportFiles.methods, methodsMarkdown(study));
  write(reportFiles.html, reportPage(study, charts));
  return { kind: study.kind, charts: charts.map((c) => c.name), files, warnings };
}
