/**
 * Rendering charts in Node, with no browser: Vega-Lite → Vega (compile),
 * Vega → SVG (headless view), SVG → PNG (resvg, with the system fonts so
 * text is drawn). Every warning is collected rather than printed, so tests
 * can insist there are none.
 */
import type { Spec } from './charts/style.ts';
import { vegaTextWidth } from './text-width.ts';

/** A PNG's size in pixels; with only a width, the height keeps the chart's proportions. */
export interface PngSize {
  width: number;
  height?: number;
}

export interface RenderedChart {
  /** The compiled Vega specification. */
  vega: object;
  svg: string;
  png: Uint8Array;
  /** Warnings and errors from Vega-Lite and Vega (empty when all is well). */
  warnings: string[];
}

/** vega, vega-lite and resvg, loaded on first use: other commands need not pay for them. */
async function libraries() {
  const [vega, vegaLite, resvg] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
  // Vega's own hook for text measurement without a canvas (vl-convert uses it too).
  (vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;
  return { vega, vegaLite, Resvg: resvg.Resvg };
}

/** A Vega logger that records every warning and error in `into`. */
function collectingLogger(vega: typeof import('vega'), into: string[]) {
  return vega.logger(vega.Warn, undefined, (_method, level, args) => {
    into.push(`${level} ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`.trim());
  });
}

/** Compiles a Vega-Lite spec to Vega, collecting Vega-Lite's warnings. */
export async function compileChart(spec: Spec, warnings: string[] = []): Promise<object> {
  const { vega, vegaLite } = await libraries();
  // A copy: Vega tags the data rows it draws (vega_id), and the caller's spec must stay plain JSON.
  const compiled = vegaLite.compile(structuredClone(spec) as never, { logger: collectingLogger(vega, warnings) });
  return compiled.spec;
}

/** Draws a compiled Vega spec as SVG text with a headless view. */
export async function vegaToSvg(vegaSpec: object, warnings: string[] = []): Promise<string> {
  const { vega } = await libraries();
  const view = new vega.View(vega.parse(vegaSpec as never), { renderer: 'none', logger: collectingLogger(vega, warnings) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * SVG → PNG at the requested size. With both width and height the chart is
 * scaled to fit and centred on white, so the PNG is exactly that size.
 */
export async function svgToPng(svg: string, size: PngSize): Promise<Uint8Array> {
  const { Resvg } = await libraries();
  const sized = size.height === undefined ? svg : setCanvas(svg, size.width, size.height);
  return new Resvg(sized, pngOptions(size.width)).render().asPng();
}

/** resvg's options: scaled to `width`, on white, with the system fonts (without them, text silently vanishes). */
export function pngOptions(width: number) {
  return {
    fitTo: { mode: 'width' as const, value: width },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  };
}

/** Sets the root element's width and height, keeping its viewBox, so the drawing is scaled to fit. */
function setCanvas(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`),
  );
}

/** Compiles, draws and rasterises one chart. */
export async function renderChart(spec: Spec, png: PngSize): Promise<RenderedChart> {
  const warnings: string[] = [];
  const compiled = await compileChart(spec, warnings);
  const svg = await vegaToSvg(compiled, warnings);
  return { vega: compiled, svg, png: await svgToPng(svg, png), warnings };
}
