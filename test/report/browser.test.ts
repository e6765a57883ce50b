/**
 * report.html in headless Chromium, as a reader would open it from a USB
 * stick: every chart drawn by vega-embed, tooltips on hover, no console
 * errors, no request leaving the file, and a hostile scenario name shown as
 * plain text. Without Chromium the test is skipped with a message saying how
 * to install it, unless OMSIM_REQUIRE_BROWSER=1 (set by .ci/run), where its
 * absence is a failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { browserRequired, chromiumAvailable, installHint, launchChromium } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/write-report.ts';
import { makeComparisonFolder, makeRunFolder, makeSweepFolder, scratchFolder } from './fixtures.ts';

const available = chromiumAvailable;
const required = browserRequired;
/** Screenshots for a person to look at; git-ignored. */
const outputFolder = join(dirname(fileURLToPath(import.meta.url)), '__output__');

if (!available && !required) console.warn(`\nThe browser test of report.html is skipped. ${installHint}\n`);

const attack = '<img src=x onerror=alert(1)>';

describe('Chromium for the browser test', () => {
  it.runIf(required)('is installed (OMSIM_REQUIRE_BROWSER=1 makes its absence a failure)', () => {
    expect(available, installHint).toBe(true);
  });
});

/** What happened while a page was open. */
interface Visit {
  page: Page;
  errors: string[];
  outsideRequests: string[];
  dialogs: string[];
}

describe.skipIf(!available)('report.html in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(outputFolder, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes a folder's report and opens it. */
  async function visit(folder: string): Promise<Visit> {
    await writeReport(folder, { png: { width: 400 } });
    const visit = await open(resolve(folder, 'report.html'));
    await visit.page.waitForSelector('html[data-charts]', { timeout: 30_000 });
    return visit;
  }

  /** Opens a page with every request routed: file: URLs load, anything else is recorded and refused. */
  async function open(file: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const visit: Visit = { page, errors: [], outsideRequests: [], dialogs: [] };
    page.on('console', (m) => m.type() === 'error' && visit.errors.push(m.text()));
    page.on('pageerror', (e) => visit.errors.push(e.message));
    page.on('dialog', (d) => {
      visit.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      visit.outsideRequests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    return visit;
  }

  it('would notice a request leaving the file, a console error and a dialog (the checks work)', async () => {
    const file = join(scratchFolder(), 'leaky.html');
    writeFileSync(file, '<!DOCTYPE html><img src="https://example.invalid/a.png"><script>console.error("broken"); alert("hello")</script>');
    const { page, errors, outsideRequests, dialogs } = await open(file);
    try {
      await expect.poll(() => outsideRequests.length).toBe(1);
      expect(errors.some((e) => e.includes('broken'))).toBe(true);
      expect(dialogs).toEqual(['hello']);
    } finally {
      await page.close();
    }
  });

  /** Each chart's drawn mark elements (paths with data, inside Vega's mark groups). */
  async function marksPerChart(page: Page): Promise<Record<string, number>> {
    return page.$$eval('.chart', (charts) =>
      Object.fromEntries(charts.map((c) => [c.id, c.getAttribute('data-drawn') === 'true' ? c.querySelectorAll('svg g.role-mark path[d]:not([d=""])').length : 0])),
    );
  }

  it.each([
    ['run', () => makeRunFolder(attack, `A scenario whose description tries </script><script>alert(2)</script> and ${attack}`), 3],
    ['comparison', () => makeComparisonFolder(), 4],
    ['sweep', () => makeSweepFolder(true), 2],
  ] as const)('draws every chart of a %s with no errors and no request leaving the file', async (kind, make, chartCount) => {
    const { page, errors, outsideRequests, dialogs } = await visit(make());
    try {
      expect(await page.getAttribute('html', 'data-charts')).toBe('ready');
      const marks = await marksPerChart(page);
      expect(Object.keys(marks)).toHaveLength(chartCount);
      for (const [id, count] of Object.entries(marks)) expect([id, count > 0]).toEqual([id, true]);
      await page.screenshot({ path: join(outputFolder, `report-${kind}.png`), fullPage: true });
      expect(errors).toEqual([]);
      expect(outsideRequests).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a hostile scenario name and description as literal text, running nothing', async () => {
    const { page, dialogs, errors } = await visit(makeRunFolder(attack, `${attack}\n</script><script>alert(2)</script>`));
    try {
      expect(await page.textContent('h1')).toContain(attack);
      expect(await page.textContent('#scenario')).toContain('</script><script>alert(2)</script>');
      expect(await page.$$('img')).toHaveLength(0);
      expect(await page.$$eval('script', (s) => s.length)).toBe(5);
      // Vega draws the name as SVG text in the source line, not as markup.
      expect(await page.textContent('#chart-backlog svg')).toContain(attack);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a tooltip with the numbers when the pointer is over a bar', async () => {
    const { page } = await visit(makeRunFolder());
    try {
      const bar = page.locator('#chart-staff-time g.mark-rect.role-mark path').first();
      await bar.hover();
      const tooltip = page.locator('#vg-tooltip-element');
      await expect.poll(async () => (await tooltip.textContent()) ?? '', { timeout: 5_000 }).toMatch(/95% interval from/);
    } finally {
      await page.close();
    }
  });

  it('prints without the contents list and chart menus', async () => {
    const { page } = await visit(makeRunFolder());
    try {
      expect(await page.isVisible('nav')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('nav')).toBe(false);
      expect(await page.isVisible('#chart-backlog svg')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
