/** The report's style sheet: readable on screen, clean on paper. */
export const reportCss = `
:root { --ink: #1b1b1b; --muted: #505050; --rule: #d0d0d0; --accent: #0072B2; --paper: #ffffff; --tint: #f4f7fa; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.5; }
body { margin: 0 auto; max-width: 1040px; padding: 24px 28px 60px; font-size: 16px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.45rem; margin: 1.8em 0 0.5em; padding-top: 0.4em; border-top: 3px solid var(--accent); }
h3 { font-size: 1.15rem; margin: 1.4em 0 0.4em; }
h4 { font-size: 1rem; margin: 1.2em 0 0.3em; }
p, li { max-width: 48em; }
.meta { color: var(--muted); margin: 0; }
.description { white-space: pre-line; }
nav ol { columns: 2; padding-left: 1.4em; }
.headline { background: var(--tint); border-left: 5px solid var(--accent); padding: 8px 20px; margin: 16px 0; }
.headline li { margin: 0.3em 0; }
figure { margin: 24px 0; }
figure.chart-figure { border: 1px solid var(--rule); border-radius: 6px; padding: 12px; }
figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 6px; }
.chart { min-height: 120px; overflow-x: auto; }
.chart-files { font-size: 0.85rem; color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; font-size: 0.92rem; min-width: 50%; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 5px 10px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.parameters { table-layout: fixed; width: 100%; }
table.parameters th, table.parameters td { overflow-wrap: anywhere; }
table.parameters th:nth-child(1) { width: 27%; }
table.parameters th:nth-child(2) { width: 25%; }
table.parameters th:nth-child(3) { width: 11%; }
thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
tbody th { font-weight: normal; }
pre { background: var(--tint); padding: 12px; overflow-x: auto; font-size: 0.85rem; line-height: 1.35; white-space: pre-wrap; }
details { margin: 12px 0; }
summary { cursor: pointer; font-weight: bold; }
figure.diagram svg { max-width: 100%; height: auto; }
footer { margin-top: 48px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 8px; }
.chart-error { color: #a00000; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav, .vega-embed summary, .vega-actions, .chart-files { display: none !important; }
  h2 { break-before: page; border-top: none; }
  h2, h3, h4 { break-after: avoid; }
  figure, table, .headline, pre { break-inside: avoid; }
  figure.chart-figure { border: none; padding: 0; }
  .chart svg { max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
