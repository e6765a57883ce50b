/**
 * What the page shows of a study: the report's headline findings (each with
 * its 95% interval, cut off at the values the metric can take, as the
 * report shows them), the report's charts drawn by vega-embed, and the
 * result files to download.
 */
import { headlineMetrics } from '../../experiment/metric-selections.ts';
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { chartsFor, type Chart } from '../../report/charts/index.ts';
import { clipIntervals } from '../../report/clip-intervals.ts';
import { comparisonFindings, runFindings, sweepFindings } from '../../report/findings.ts';
import { studyOf } from '../studies.ts';

/** vega-embed, loaded by the page as a global. */
declare const vegaEmbed: (element: HTMLElement, spec: unknown, options: Record<string, unknown>) => Promise<unknown>;

// No actions menu: the page offers the files to download, and the menu's controls would sit inside the chart's image role.
const embedOptions = { renderer: 'svg', actions: false };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className !== undefined) e.className = className;
  return e;
}

/** The headline findings of the study, as report.html words them. */
export function headlineOf(outcome: StudyOutcome): HTMLElement {
  const study = clipIntervals(studyOf(outcome));
  const box = element('div');
  if (study.kind === 'run') {
    // The headline's measures first, as the terminal gives them; the report's other findings a click away.
    const metrics = study.run.summary.metrics;
    const first = runFindings(metrics, headlineMetrics);
    const rest = runFindings(metrics).filter((line) => !first.includes(line));
    const more = element('details');
    more.append(element('summary', `${rest.length} more findings`), list(rest));
    box.append(list(first), more);
  }
  else if (study.kind === 'sweep') box.append(list(sweepFindings(study)));
  else if (study.kind === 'comparison') {
    const first = study.comparison.scenarios[0].name;
    for (const f of comparisonFindings(study)) {
      box.append(element('p', f.changed.length === 0 ? `“${f.scenario}” sets every parameter as “${first}” does.` : `What changed: ${f.changed.join('; ')}.`));
      box.append(element('p', `${first} → ${f.scenario}, then the difference (${f.scenario} minus ${first}) with its 95% interval:`));
      box.append(list(f.lines));
    }
  }
  return box;
}

function list(items: readonly string[]): HTMLElement {
  const ul = element('ul');
  for (const item of items) ul.append(element('li', item));
  return ul;
}

/** The study's charts, drawn into `into` (replacing what was there); resolves once every chart is drawn. */
export async function drawCharts(outcome: StudyOutcome, into: HTMLElement, options: { markedPoint?: number } = {}): Promise<void> {
  const study = clipIntervals(studyOf(outcome));
  const charts: Chart[] = chartsFor(study, options);
  const figures = charts.map((chart) => {
    const figure = element('figure', undefined, 'chart-figure');
    const box = element('div', undefined, 'chart');
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', chart.description);
    box.dataset.chart = chart.name;
    figure.append(box, element('figcaption', chart.description));
    return { chart, figure, box };
  });
  into.replaceChildren(...figures.map((f) => f.figure));
  await Promise.all(figures.map(async ({ chart, box }) => {
    await vegaEmbed(box, chart.spec, embedOptions);
    box.dataset.drawn = 'true';
  }));
}

/** Links that download each file (name → text), replacing what `into` held; the links' addresses are freed when replaced. */
export function downloadLinks(files: ReadonlyMap<string, string>, into: HTMLElement): void {
  for (const old of into.querySelectorAll('a')) URL.revokeObjectURL(old.href);
  const ul = element('ul');
  for (const [name, text] of files) {
    const a = element('a', name);
    a.href = URL.createObjectURL(new Blob([text], { type: name.endsWith('.json') ? 'application/json' : name.endsWith('.csv') ? 'text/csv' : 'text/yaml' }));
    a.download = name.replaceAll('/', '_');
    const li = element('li');
    li.append(a);
    ul.append(li);
  }
  into.replaceChildren(ul);
}
