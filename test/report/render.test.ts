/** src/report/render.ts: SVG from a headless Vega view, PNG of the requested size with its text drawn, and warnings caught rather than printed. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { briefingChart } from '../../src/report/charts/style.ts';
import { compileChart, pngOptions, renderChart, svgToPng, vegaToSvg } from '../../src/report/render.ts';
import { pngSize } from './png.ts';

const source = { version: '9.9.9', scenarios: ['test'], replications: 3, horizonYears: 1, warmupWeeks: 0 };
const body = {
  data: { values: [{ a: 'Alpha', b: 3 }, { a: 'Beta', b: 5 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal', title: 'Category' }, y: { field: 'b', type: 'quantitative', title: 'Cases' } },
  width: 300,
  height: 200,
};
const spec = briefingChart(body, { title: 'Test chart', subtitle: 'A subtitle', description: 'd' }, source);

describe('renderChart', () => {
  it('gives SVG with the chart’s text and a PNG exactly as wide as asked, height in proportion', async () => {
    const rendered = await renderChart(spec, { width: 900 });
    expect(rendered.warnings).toEqual([]);
    for (const text of ['Test chart', 'A subtitle', 'Category', 'Cases', 'Alpha', 'Source: omsim 9.9.9 simulation']) expect(rendered.svg).toContain(text);
    const size = pngSize(rendered.png);
    const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(rendered.svg)!.map(Number);
    expect(size.width).toBe(900);
    expect(size.height).toBe(Math.round((900 * h) / w));
    expect(rendered.png.length).toBeGreaterThan(5_000);
  });

  it('gives a PNG of exactly the width and height asked for, the chart scaled to fit', async () => {
    for (const [width, height] of [[640, 480], [1200, 300], [400, 900]]) {
      expect(pngSize((await renderChart(spec, { width, height })).png)).toEqual({ width, height });
    }
  });
});

describe('svgToPng', () => {
  const textOnly = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60"><text x="10" y="40" font-size="28" font-family="DejaVu Sans, Verdana, Arial, sans-serif">Parliament</text></svg>';
  const blank = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60"></svg>';

  it('draws text with the system fonts (without them, text silently vanishes)', () => {
    const dark = (svg: string) => {
      const pixels = new Resvg(svg, pngOptions(300)).render().pixels;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) count++;
      return count;
    };
    expect(dark(blank)).toBe(0);
    expect(dark(textOnly)).toBeGreaterThan(300);
  });

  it('writes a PNG with a white background', async () => {
    const png = await svgToPng(blank, { width: 300 });
    expect(pngSize(png)).toEqual({ width: 300, height: 60 });
  });
});

describe('warnings', () => {
  it('are collected from Vega-Lite (a channel the mark cannot use)', async () => {
    const warnings: string[] = [];
    await compileChart({ data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } }, warnings);
    expect(warnings.join('\n')).toMatch(/shape/);
  });

  it('are collected from Vega while drawing (an empty quantitative field)', async () => {
    const warnings: string[] = [];
    const compiled = await compileChart({ data: { values: [] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } }, warnings);
    await vegaToSvg(compiled, warnings);
    expect(warnings.join('\n')).toMatch(/Infinite extent/);
  });
});
