/**
 * The explorer's index.html: the page's fixed parts (headings, labelled
 * controls, the places results go), its configuration (the omsim version and
 * the bundled scenarios' text) as JSON, and the scripts it loads beside it.
 * Like report.html it connects to nothing: its policy allows scripts only
 * from its own folder (and Vega's compiled expressions), workers only from
 * blob: addresses (the only kind a page opened from file:// may start), and
 * no requests at all.
 */
import { escapeHtml, jsonForScript } from '../report/html/escape.ts';
import { documentHead } from '../report/html/page.ts';
import { reportCss } from '../report/html/styles.ts';

export interface ExplorerPageConfig {
  version: string;
  scenarios: { file: string; text: string }[];
}

/** Vega compiles its expressions (hence 'unsafe-eval'); workers start from blob: URLs holding the worker's code. */
export const explorerContentSecurityPolicy = "default-src 'none'; script-src 'self' 'unsafe-eval' file:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'";

const explorerCss = `
.lever { margin: 0 0 14px; }
.lever label { display: block; font-weight: bold; }
.lever input[type=checkbox] + label { display: inline; margin-left: 6px; }
.lever input[type=number], .lever select, #scenario-select { font: inherit; padding: 3px 6px; max-width: 100%; }
.lever input[type=number] { width: 9em; }
.hint { color: var(--muted); font-size: 0.88rem; margin: 2px 0 0; }
#levers { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 4px 28px; }
.actions button, #reset { font: inherit; padding: 6px 16px; margin: 4px 8px 4px 0; cursor: pointer; }
.actions button#run { background: var(--accent); color: #fff; border: 1px solid var(--accent); border-radius: 4px; }
fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 12px 0; }
fieldset label { margin-right: 4px; }
fieldset input[type=number] { width: 6em; font: inherit; margin-right: 12px; }
#problems { white-space: pre-wrap; font-family: "DejaVu Sans Mono", monospace; font-size: 0.88rem; background: #fdf1f0; border-left: 5px solid #b3261e; padding: 8px 14px; }
progress { width: 100%; height: 1.2em; }
:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
`;

/** The page; `scripts` are the file names of the scripts beside it, in the order they load. */
export function explorerHtml(config: ExplorerPageConfig, scripts: readonly string[]): string {
  return [
    ...documentHead({ title: 'omsim explorer: what if the staffing changed?', policy: explorerContentSecurityPolicy, css: reportCss + explorerCss, attributes: 'data-state="loading"' }),
    '<body>',
    '<header>',
    '<h1>omsim explorer: what if the staffing changed?</h1>',
    `<p class="meta">The omsim simulation of offender management in prisons (version ${escapeHtml(config.version)}), running in this page: nothing is sent anywhere. Choose a scenario, move the levers, and press Run.</p>`,
    '</header>',
    '<main>',
    '<section aria-labelledby="scenario-heading">',
    '<h2 id="scenario-heading">1. The scenario</h2>',
    '<div class="lever"><label for="scenario-select">Start from a scenario that comes with omsim</label><select id="scenario-select"></select></div>',
    '<p id="scenario-description" class="description"></p>',
    '<div class="lever"><label for="scenario-file">Or load a scenario file of your own (YAML; it may extend a bundled scenario)</label><input type="file" id="scenario-file" accept=".yaml,.yml,text/yaml"></div>',
    '<div id="problems" role="alert" hidden></div>',
    '</section>',
    '<section aria-labelledby="levers-heading">',
    '<h2 id="levers-heading">2. The levers</h2>',
    '<p>Each lever is a parameter of the scenario; its words are those of the scenario file’s documentation. The number of staff is per establishment.</p>',
    '<div id="levers"></div>',
    '<button type="button" id="reset">Reset the levers to the scenario</button>',
    '</section>',
    '<section aria-labelledby="run-heading" class="actions">',
    '<h2 id="run-heading">3. Run</h2>',
    '<button type="button" id="run">Run</button>',
    '<button type="button" id="compare">Compare with the starting scenario</button>',
    '<button type="button" id="cancel" disabled>Cancel</button>',
    '<fieldset><legend>Sweep a lever: run it at each value and draw the curve</legend>',
    '<label for="sweep-lever">Lever</label><select id="sweep-lever"></select> ',
    '<label for="sweep-from">from</label><input type="number" id="sweep-from" step="any"> ',
    '<label for="sweep-to">to</label><input type="number" id="sweep-to" step="any"> ',
    '<label for="sweep-step">in steps of</label><input type="number" id="sweep-step" step="any"> ',
    '<span id="sweep-unit" class="hint"></span> ',
    '<button type="button" id="sweep">Sweep</button>',
    '</fieldset>',
    '<p id="status" role="status" aria-live="polite"></p>',
    '<progress id="progress" max="1" value="0" aria-label="Replications done"></progress>',
    '</section>',
    '<section aria-labelledby="results-heading">',
    '<h2 id="results-heading">4. Results</h2>',
    '<p>Means over the replications, each with its 95% confidence interval; they fill in, and the intervals narrow, as replications land.</p>',
    '<div id="headline" class="headline" aria-live="polite"></div>',
    '<div id="charts"></div>',
    '<h3>Download</h3>',
    '<p>The scenario as a file that extends the one you started from, and the results as <code>omsim run</code> writes them.</p>',
    '<div id="downloads"></div>',
    '</section>',
    '</main>',
    `<script type="application/json" id="omsim-config">${jsonForScript(config)}</script>`,
    ...scripts.map((s) => `<script src="${escapeHtml(s)}"></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
