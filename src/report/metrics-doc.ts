/**
 * docs/metrics.md: the metric catalogue as a page, written from
 * src/experiment/metric-catalogue.ts alone, so the page and the code cannot
 * disagree (a test compares them; `npm run metrics-doc` rewrites the page).
 */
import { kindRange, metricCatalogue, placeholderWords, type MetricDefinition } from '../experiment/metric-catalogue.ts';

export const metricsDocCommand = 'npm run metrics-doc';

/** Text safe in a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function range(entry: MetricDefinition): string {
  const [low, high] = entry.range ?? kindRange(entry.kind);
  return high === Infinity ? `${low} or more` : `${low} to ${high}`;
}

function weekly(entry: MetricDefinition): string {
  if (entry.weeklyOnly === true) return 'stock, weekly.csv only';
  return entry.weekly === 'stock' ? 'stock' : 'flow';
}

/** Where the value comes from, in a few words. */
function source(entry: MetricDefinition): string {
  const from = entry.source;
  if (from === undefined) return 'the weekly snapshot';
  if (from === 'counter') return 'a counter';
  if ('levelMean' in from) return `the mean of the level \`${from.levelMean}\``;
  if ('ratio' in from) return `\`${from.ratio[0]}\` ÷ \`${from.ratio[1]}\``;
  return `computed by the model (\`${from.computed}\`)`;
}

export function metricsMarkdown(): string {
  const placeholders = Object.entries(placeholderWords).map(
    ([key, words]) => `| \`{${key}}\` | ${Object.entries(words).map(([value, text]) => (value === text ? `\`${value}\`` : `\`${value}\` (${cell(text)})`)).join(', ')} |`,
  );
  const rows = metricCatalogue.map((entry: MetricDefinition) =>
    `| \`${entry.family}\` | ${cell(entry.label)} | ${cell(entry.unit)} | ${entry.kind} | ${range(entry)} | ${entry.better ?? ''} | ${weekly(entry)} | ${source(entry)} | ${cell(entry.definition)} |`,
  );
  return [
    '# Metrics',
    '',
    `Every metric a replication reports, by the name summary.json, the CSVs, \`--target\`, \`--metrics\` and \`--chart\` use. Written by \`${metricsDocCommand}\` from the metric catalogue (src/experiment/metric-catalogue.ts); run it again after changing the catalogue. \`omsim metrics\` lists the names one scenario reports, and \`omsim metrics --json\` gives each with these fields.`,
    '',
    'Totals are over the measured period (after the warm-up) of one replication; levels (".mean") are time-weighted over it. Kinds: **count**, a total over the measured period; **share**, a part of a whole from 0 to 1 (`--target` takes it in per cent, "95%"); **level**, a stock such as people held or a backlog, as a time-weighted or weekly mean; **rate**, one quantity per another. Intervals are cut off at each metric’s range, in the CSVs, the charts and the report. **Better** is the side that is better for the people in custody and the staff, where there is one. In weekly.csv a **stock** is read at the week’s end and a **flow** is counted over the week.',
    '',
    '## Placeholders',
    '',
    'A name with a {placeholder} stands for one metric for each value the placeholder takes.',
    '',
    '| placeholder | values |',
    '| --- | --- |',
    ...placeholders,
    '',
    '## The catalogue',
    '',
    '| name | label | unit | kind | range | better | as a weekly series | value from | definition |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
