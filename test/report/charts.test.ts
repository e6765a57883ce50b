/** src/report/charts: every chart of every kind of study compiles with Vega-Lite and draws with Vega, without a single warning. */
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../src/report/charts/index.ts';
import { palette } from '../../src/report/charts/style.ts';
import { clipIntervals } from '../../src/report/clip-intervals.ts';
import { readStudy } from '../../src/report/read/study-folder.ts';
import { compileChart, vegaToSvg } from '../../src/report/render.ts';
import { join } from 'node:path';
import { fakeRun, makeComparisonFolder, makeRunFolder, makeSweepFolder, scratchFolder, writeFakeRun } from './fixtures.ts';

/** A run of a single replication: means, but no intervals anywhere. */
function singleReplicationFolder(): string {
  const folder = join(scratchFolder(), 'single');
  writeFakeRun(folder, fakeRun({ name: 'single' }, { reps: 1 }));
  return folder;
}

const studies = {
  run: () => makeRunFolder(),
  'run of one replication': singleReplicationFolder,
  'comparison of one replication each': () => makeComparisonFolder(['a', 'b'], 1),
  'sweep of one replication a point': () => makeSweepFolder(true, 1),
  comparison: () => makeComparisonFolder(),
  'one-parameter sweep': () => makeSweepFolder(false),
  'two-parameter sweep': () => makeSweepFolder(true),
};

const expectedCharts: Record<string, string[]> = {
  run: ['backlog', 'staff-time', 'workload'],
  'run of one replication': ['backlog', 'staff-time', 'workload'],
  'comparison of one replication each': ['comparison', 'backlog', 'staff-time', 'workload'],
  'sweep of one replication a point': ['central-curve', 'workload'],
  comparison: ['comparison', 'backlog', 'staff-time', 'workload'],
  'one-parameter sweep': ['central-curve', 'workload'],
  'two-parameter sweep': ['central-curve', 'workload'],
};

/** Every string in a spec, for checking what a reader sees. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** The strings a reader sees as titles, subtitles and fixed text. */
function wordsShown(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(wordsShown);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (['title', 'subtitle', 'text'].includes(key) ? strings(typeof v === 'object' && v !== null && !Array.isArray(v) ? [(v as Record<string, unknown>).text, (v as Record<string, unknown>).value, (v as Record<string, unknown>).subtitle] : v) : wordsShown(v)));
}

describe.each(Object.entries(studies))('charts of a %s', (kind, make) => {
  const charts = chartsFor(clipIntervals(readStudy(make())));

  it('are the charts that kind of study has', () => {
    expect(charts.map((c) => c.name)).toEqual(expectedCharts[kind]);
  });

  it.each(expectedCharts[kind])('%s compiles and draws as SVG with no warnings, its title and source line in the text', async (name) => {
    const chart = charts.find((c) => c.name === name)!;
    const warnings: string[] = [];
    const svg = await vegaToSvg(await compileChart(chart.spec, warnings), warnings);
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    const title = chart.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/“/g, '“');
    expect(svg).toContain(title);
    expect(svg).toContain('Source: omsim 0.0.0-test simulation');
    expect(svg).toContain(kind.includes('one replication') ? 'no confidence intervals' : '95% confidence intervals');
    // Marks were drawn: lines, areas, bars or points have path data.
    expect((svg.match(/<path [^>]*d="M/g) ?? []).length).toBeGreaterThan(2);
  });

  it('carry their data inline, as plain JSON without NaN, so a spec opens on its own in the Vega editor', () => {
    for (const chart of charts) {
      const text = JSON.stringify(chart.spec);
      expect(text).not.toMatch(/NaN|Infinity|"url"/);
      expect(JSON.parse(text)).toEqual(chart.spec);
    }
  });

  it('use the colour-blind-safe palette and readable type', () => {
    for (const chart of charts) {
      const config = chart.spec.config as { range: { category: string[] }; axis: { labelFontSize: number; titleFontSize: number } };
      expect(config.range.category).toEqual(palette);
      expect(config.axis.labelFontSize).toBeGreaterThanOrEqual(12);
      expect(config.axis.titleFontSize).toBeGreaterThanOrEqual(13);
    }
  });

  it('title axes and legends in words, never with a raw metric name', () => {
    for (const chart of charts) {
      const shown = wordsShown(chart.spec);
      expect(shown.length).toBeGreaterThan(3);
      expect(shown.filter((w) => /^[a-z]+(\.[a-zA-Z]+)+$/.test(w))).toEqual([]);
    }
  });
});

describe('the comparison chart', () => {
  const charts = chartsFor(clipIntervals(readStudy(makeComparisonFolder())));
  const spec = charts.find((c) => c.name === 'comparison')!.spec;
  const text = JSON.stringify(spec);

  it('draws each later scenario’s difference with a zero line, never the first scenario against itself', () => {
    expect(text).toContain('"datum":0');
    const rows = (spec.vconcat as { data: { values: { scenario: string }[] } }[])[0].data.values;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.scenario !== 'baseline')).toBe(true);
  });

  it('leaves out measures with no difference at all (extra custody days are zero in every scenario here)', () => {
    expect(text).not.toContain('Extra days in custody');
  });
});

describe('a comparison of scenarios with the same name', () => {
  it('tells them apart by their labels in the comparison (“small #1”, “small #2”) in every chart', () => {
    const charts = chartsFor(clipIntervals(readStudy(makeComparisonFolder(['small', 'small']))));
    for (const chart of charts) {
      const text = JSON.stringify(chart.spec);
      expect([chart.name, text.includes('"scenario":"small #2"')]).toEqual([chart.name, true]);
      if (chart.name !== 'comparison') expect([chart.name, text.includes('"scenario":"small #1"')]).toEqual([chart.name, true]);
    }
  });
});

describe('scenario names in charts', () => {
  it('are text in the SVG, never markup', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const charts = chartsFor(clipIntervals(readStudy(makeComparisonFolder([attack, 'other']))));
    for (const chart of charts) {
      const svg = await vegaToSvg(await compileChart(chart.spec));
      expect([chart.name, svg.includes('<img'), svg.includes('&lt;img src=x onerror=alert(1)&gt;')]).toEqual([chart.name, false, true]);
    }
  });
});
