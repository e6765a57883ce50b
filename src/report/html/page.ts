/**
 * report.html: one self-contained page (libraries, chart specs and data all
 * inline; nothing fetched), with the headline findings, the charts drawn by
 * vega-embed with tooltips, the tables, the scenario as run and the methods.
 * Every piece of text from a scenario file is escaped on the way in.
 */
import type { Chart } from '../charts/style.ts';
import { blockToHtml, sectionsToHtml, type Block, type Section } from '../document.ts';
import { escapeHtml, jsonForScript, scriptText } from './escape.ts';
import { browserLibraries } from './libraries.ts';
import { reportCss } from './styles.ts';

export interface ReportPage {
  title: string;
  /** One line under the title: kind of study, replications, version. */
  meta: string;
  headline: Block[];
  charts: readonly Chart[];
  tables: Block[];
  scenario: Block[];
  methods: Section[];
  /** The sentence that opens the methods. */
  methodsIntro: string;
}

/**
 * The page's policy: no connection of any kind, scripts only inline (Vega
 * compiles its expressions, hence 'unsafe-eval'), images only as data.
 */
const contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

/** Draws every chart, then marks the page ready (or failed) for whoever waits on it. */
const bootScript = `
(function () {
  var charts = JSON.parse(document.getElementById('omsim-charts').textContent);
  var options = { renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } };
  var drawn = charts.map(function (chart) {
    var element = document.getElementById('chart-' + chart.name);
    return vegaEmbed(element, chart.spec, options).then(function () {
      element.setAttribute('data-drawn', 'true');
    }).catch(function (error) {
      element.textContent = 'This chart could not be drawn: ' + error.message;
      element.className += ' chart-error';
      console.error(error);
      throw error;
    });
  });
  Promise.all(drawn).then(
    function () { document.documentElement.setAttribute('data-charts', 'ready'); },
    function () { document.documentElement.setAttribute('data-charts', 'failed'); }
  );
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
`;

function chartFigure(chart: Chart): string {
  const files = ['png', 'svg', 'vl.json'].map((ext) => `<a href="charts/${escapeHtml(chart.name)}.${ext}">${ext === 'vl.json' ? 'Vega-Lite spec' : ext.toUpperCase()}</a>`);
  return [
    `<figure class="chart-figure" id="figure-${escapeHtml(chart.name)}">`,
    `<div class="chart" id="chart-${escapeHtml(chart.name)}" role="img" aria-label="${escapeHtml(chart.description)}"></div>`,
    `<figcaption>${escapeHtml(chart.description)} <span class="chart-files">Files: ${files.join(', ')}.</span></figcaption>`,
    '</figure>',
  ].join('\n');
}

function contents(page: ReportPage): string {
  const entries = [
    ['headline', 'Headline findings'],
    ['charts', 'Charts'],
    ['tables', 'Tables'],
    ['scenario', 'The scenario as run'],
    ['methods', 'Methods'],
  ];
  const shown = entries.filter(([id]) => id !== 'charts' || page.charts.length > 0);
  return `<nav aria-label="Contents"><ol>${shown.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ol></nav>`;
}

/**
 * The start of a page of omsim's, to the end of its head: English, UTF-8,
 * its content-security policy, a viewport for phones, its title and styles.
 * `attributes` go on <html> as written (omsim's own, never user text).
 */
export function documentHead(head: { title: string; policy: string; css: string; attributes?: string }): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="en-GB"${head.attributes === undefined ? '' : ` ${head.attributes}`}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${head.policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>${head.css}</style>`,
    '</head>',
  ];
}

/** The whole page as HTML text. */
export function reportHtml(page: ReportPage): string {
  const blocks = (list: Block[]) => list.map(blockToHtml).join('\n');
  const specs = page.charts.map((c) => ({ name: c.name, spec: c.spec }));
  const libraries = browserLibraries().map((l) => `<script data-library="${l.name}">${scriptText(l.code)}</script>`);
  return [
    ...documentHead({ title: page.title, policy: contentSecurityPolicy, css: reportCss }),
    '<body>',
    '<header>',
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p class="meta">${escapeHtml(page.meta)}</p>`,
    '</header>',
    contents(page),
    '<main>',
    `<section id="headline"><h2>Headline findings</h2><div class="headline">${blocks(page.headline)}</div></section>`,
    page.charts.length > 0 ? `<section id="charts"><h2>Charts</h2>\n${page.charts.map(chartFigure).join('\n')}\n</section>` : '',
    `<section id="tables"><h2>Tables</h2>\n${blocks(page.tables)}\n</section>`,
    `<section id="scenario"><h2>The scenario as run</h2>\n${blocks(page.scenario)}\n</section>`,
    `<section id="methods"><h2>Methods</h2>\n<p>${escapeHtml(page.methodsIntro)}</p>\n${sectionsToHtml(page.methods, 3)}\n</section>`,
    '</main>',
    `<footer>${escapeHtml(page.meta)}</footer>`,
    `<script type="application/json" id="omsim-charts">${jsonForScript(specs)}</script>`,
    ...libraries,
    `<script>${bootScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
