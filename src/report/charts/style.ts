/**
 * The look every chart shares, fit for a briefing: plain titles, large
 * readable type, a colour-blind-safe palette (Okabe & Ito, 2008), a white
 * background, and a source line under the chart.
 */

/** A Vega-Lite specification as plain JSON (checked by compiling it; see test/report). */
export type Spec = Record<string, unknown>;

/** One chart of the report: its file name (no extension), words for people, and the Vega-Lite spec. */
export interface Chart {
  name: string;
  title: string;
  /** A sentence saying what the chart shows, for the report and for screen readers. */
  description: string;
  spec: Spec;
}

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; yellow last (weak on white). */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'];

/** Grey for context (reference lines, "no clear difference"). */
export const grey = '#767676';

/** Fonts: DejaVu Sans is what the PNG renderer finds on Debian; the others serve browsers. */
export const fontFamily = 'DejaVu Sans, Verdana, Arial, sans-serif';

export const chartSize = { width: 620, height: 300 } as const;

const config: Spec = {
  background: 'white',
  font: fontFamily,
  padding: 16,
  title: { fontSize: 19, fontWeight: 'bold', anchor: 'start', color: '#111', subtitleFontSize: 14, subtitleColor: '#333', subtitlePadding: 6, offset: 14 },
  axis: {
    labelFontSize: 13,
    titleFontSize: 14,
    titleFontWeight: 'normal',
    labelColor: '#222',
    titleColor: '#222',
    gridColor: '#e4e4e4',
    domainColor: '#888',
    tickColor: '#888',
    labelLimit: 320,
    titlePadding: 10,
  },
  legend: { labelFontSize: 13, titleFontSize: 13, titleFontWeight: 'normal', labelLimit: 360, symbolSize: 160, orient: 'bottom', direction: 'vertical' },
  header: { labelFontSize: 14, titleFontSize: 14, labelFontWeight: 'bold', labelAnchor: 'start', labelLimit: 600 },
  text: { fontSize: 12 },
  range: { category: palette },
  view: { stroke: null },
  mark: { color: palette[0] },
  concat: { spacing: 24 },
};

/** What the source line says about the study. */
export interface Source {
  version: string;
  scenarios: readonly string[];
  replications: number;
  horizonYears: number;
  warmupWeeks: number;
  /** e.g. "points of a sweep over staff.offenderSupervisors.count". */
  extra?: string;
  /** What the whiskers are, where they are not 95% intervals for the mean (a plan's one-sided bounds). */
  whiskers?: string;
  /** The replications in words, where they differ between the units (a plan gives each value its own: "Each value run for 5 to 50 replications"). */
  replicationWords?: string;
}

/** The source line(s) under every chart. */
export function sourceLines(source: Source): string[] {
  const who = source.scenarios.length === 1 ? `scenario “${source.scenarios[0]}”` : `scenarios ${source.scenarios.map((s) => `“${s}”`).join(', ')}`;
  const run = `${source.replicationWords ?? `${source.replications} replication${source.replications === 1 ? '' : 's'}`} of ${source.horizonYears} year${source.horizonYears === 1 ? '' : 's'}`;
  const warmup = source.warmupWeeks > 0 ? `, first ${source.warmupWeeks} weeks discarded as warm-up` : '';
  return [
    `Source: omsim ${source.version} simulation; ${who}${source.extra === undefined ? '' : `; ${source.extra}`}.`,
    source.replications > 1
      ? `${run}${warmup}. ${source.whiskers ?? 'Bands and whiskers: 95% confidence intervals for the mean'}, within the possible range.`
      : `${run}${warmup}. With one replication there are no confidence intervals; run more to see how far chance moves the results.`,
  ];
}

/**
 * A chart with the shared look: title and subtitle above, the body, and the
 * source line below. Both titles are anchored to the chart's full bounds, so
 * they start at its left edge rather than at the plot's.
 */
export function briefingChart(body: Spec, words: { title: string; subtitle: string; description: string }, source: Source): Spec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: words.description,
    title: { text: sourceLines(source), orient: 'bottom', anchor: 'start', frame: 'bounds', fontSize: 11, fontWeight: 'normal', color: '#444', offset: 18, lineHeight: 15 },
    vconcat: [{ ...body, title: { text: words.title, subtitle: wrap(words.subtitle, 100), anchor: 'start', frame: 'bounds' } }],
    config,
  };
}

/** Splits text into lines of at most about `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) lines.push(line), (line = word);
    else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A tooltip entry for a number field. */
export function tip(field: string, title: string, format = ',.1f'): Spec {
  return { field, type: 'quantitative', title, format };
}
