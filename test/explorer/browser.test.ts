/**
 * The explorer in headless Chromium, opened from file:// as a user would
 * open it from a folder: it loads with no console error and no request
 * leaving it; Run gives the headline, charts and the same summary.json as
 * `omsim run`; fewer offender supervisors give less contact; a bad file
 * shows the command line's message; compare, sweep and cancel work; the
 * page is usable by keyboard and passes axe's accessibility checks.
 * Without Chromium it is skipped, unless OMSIM_REQUIRE_BROWSER=1 (CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../src/cli/version.ts';
import { buildSite, writeSite } from '../../src/explorer/site.ts';
import { checkScenario, ScenarioError } from '../../src/scenario/index.ts';
import { chromiumAvailable, launchChromium } from '../report/chromium.ts';

/** Screenshots for a person to look at; git-ignored. */
const outputFolder = join(dirname(fileURLToPath(import.meta.url)), '__output__');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Visit {
  page: Page;
  errors: string[];
  outsideRequests: string[];
}

describe.skipIf(!chromiumAvailable)('the explorer in headless Chromium', () => {
  let browser: Browser;
  let index: string;

  beforeAll(async () => {
    mkdirSync(outputFolder, { recursive: true });
    const folder = join(mkdtempSync(join(tmpdir(), 'omsim-explorer-')), 'explorer');
    writeSite(await buildSite(version), folder);
    index = pathToFileURL(join(folder, 'index.html')).href;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const visit: Visit = { page, errors: [], outsideRequests: [] };
    page.on('console', (m) => m.type() === 'error' && visit.errors.push(m.text()));
    page.on('pageerror', (e) => visit.errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:')) return route.continue();
      visit.outsideRequests.push(url);
      return route.abort();
    });
    await page.goto(index);
    await page.waitForSelector('html[data-state=ready]', { timeout: 30_000 });
    return visit;
  }

  /** Sets a lever's control, found by its label, as a user would type it. */
  async function setLever(page: Page, label: string | RegExp, value: string): Promise<void> {
    await page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
    await page.getByLabel(label, { exact: typeof label === 'string' }).dispatchEvent('change');
  }

  /** A short study: `reps` replications of `years`, with no warm-up (the bundled scenarios' is longer than a short run). */
  async function shortStudy(page: Page, reps: number, years: number): Promise<void> {
    await setLever(page, 'Replications', String(reps));
    await setLever(page, 'Years simulated', String(years));
    await setLever(page, 'Warm-up: weeks left out at the start (empty for none)', '0');
  }

  async function press(page: Page, button: string): Promise<void> {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForSelector('html[data-state=done], html[data-state=failed]', { timeout: 120_000 });
    expect(await page.getAttribute('html', 'data-state'), await page.textContent('#problems') ?? '').toBe('done');
  }

  /** axe's accessibility violations on the page as it is now, by rule and count. */
  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated as text in the page: the tests are compiled without the browser's types.
    if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(axeSource);
    return page.evaluate<string[]>("axe.run(document).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + ')'))");
  }

  async function download(page: Page, name: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  }

  it('loads from file:// with no console error and no request leaving it', async () => {
    const visit = await open();
    expect(await visit.page.locator('#scenario-select option').count()).toBeGreaterThan(10);
    expect(await visit.page.inputValue('#scenario-select')).toBe('scenarios/baseline.yaml');
    expect(visit.errors).toEqual([]);
    expect(visit.outsideRequests).toEqual([]);
    await visit.page.close();
  });

  it('runs the baseline: the headline, a chart, and summary.json as omsim run writes it', async () => {
    const { page, errors, outsideRequests } = await open();
    await shortStudy(page, 2, 1);
    await press(page, 'Run');
    expect(await page.textContent('#headline')).toMatch(/received \d+(\.\d)? \(95% confidence interval [\d.]+ to [\d.]+\) minutes of supervision contact a month/);
    expect(await page.locator('#charts [data-drawn=true]').count()).toBeGreaterThan(0);
    // The headline's measures first; the report's other findings folded away.
    const headlineItems = await page.locator('#headline > div > ul > li').count();
    expect(headlineItems).toBeGreaterThan(0);
    expect(headlineItems).toBeLessThanOrEqual(10);
    expect(await page.locator('#headline > div > ul').first().textContent()).toMatch(/minutes of supervision contact a month/);
    expect(await page.locator('#headline details summary').textContent()).toMatch(/^\d+ more findings$/);
    await page.screenshot({ path: join(outputFolder, 'explorer-run.png'), fullPage: true });
    const summary = await download(page, 'summary.json');
    const out = join(mkdtempSync(join(tmpdir(), 'omsim-explorer-cli-')), 'run');
    execFileSync(process.execPath, ['bin/omsim.js', 'run', 'scenarios/baseline.yaml', '--reps', '2', '--set', 'horizon.years=1', '--set', 'warmup.weeks=0', '--out', out, '--quiet'], { stdio: 'pipe' });
    expect(summary).toBe(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(await download(page, 'replications.csv')).toBe(readFileSync(join(out, 'replications.csv'), 'utf8'));

    // Fewer offender supervisors, the same replications: less contact time per prisoner.
    const before = JSON.parse(summary).metrics['contacts.minutesPerPrisonerPerMonth'].mean as number;
    await setLever(page, 'Offender supervisors (prison officers)', '6');
    await press(page, 'Run');
    const after = JSON.parse(await download(page, 'summary.json')).metrics['contacts.minutesPerPrisonerPerMonth'].mean as number;
    expect(after).toBeLessThan(before);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.close();
  });

  it('shows a bad scenario file’s problems in the command line’s words', async () => {
    const { page, errors } = await open();
    const text = 'extends: scenarios/baseline.yaml\nname: mine\nstaff:\n  offenderSupervisors:\n    cuont: 4\n';
    await page.setInputFiles('#scenario-file', { name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.waitForSelector('#problems:not([hidden])');
    const expected = new ScenarioError('mine.yaml', checkScenario('mine.yaml', { text }).problems).message;
    expect(await page.textContent('#problems')).toBe(expected);
    expect(expected).toMatch(/did you mean staff\.offenderSupervisors\.count\?/);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares with the starting scenario, sweeps a lever, and cancels', async () => {
    const { page, errors } = await open();
    await shortStudy(page, 2, 0.5);
    // A third of the supervisors: a fall in contact time that two short replications on common random numbers show.
    await setLever(page, 'Offender supervisors (prison officers)', '4');
    await press(page, 'Compare with the starting scenario');
    const headline = (await page.textContent('#headline')) ?? '';
    // Years, warm-up and replications are how the study is run, set for both: only the supervisors changed.
    expect(headline).toMatch(/What changed: staff\.offenderSupervisors\.count 12 → 4\./);
    // Levels, the paired difference and its verdict, in the words of the terminal and the report.
    expect(headline).toMatch(/Contact time per prisoner: [\d.]+ → [\d.]+, −[\d.]+ minutes a month \(95% confidence interval −[\d.]+ to −[\d.]+\): worse\./);
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('#sweep-lever', 'staff.offenderSupervisors.count');
    // From the lever's current setting (4), which the chart rings.
    await page.fill('#sweep-from', '4');
    await page.fill('#sweep-to', '8');
    await page.fill('#sweep-step', '2');
    await press(page, 'Sweep');
    expect(await page.locator('#charts [data-chart=central-curve][data-drawn=true]').count()).toBe(1);
    expect(await page.textContent('#charts')).toMatch(/ringed point is the current setting/);
    await page.screenshot({ path: join(outputFolder, 'explorer-sweep.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await setLever(page, 'Replications', '60');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForSelector('html[data-state=running]');
    // Cancelled whether or not a replication has landed yet: the page knows the study's size from the start.
    expect(await page.textContent('#status')).toMatch(/^\d+ of 60 replications done\.$/);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForSelector('html[data-state=cancelled]', { timeout: 30_000 });
    expect(await page.textContent('#status')).toMatch(/^Cancelled after \d+ of 60 replications/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard and passes axe’s accessibility checks', async () => {
    const { page, errors } = await open();
    await shortStudy(page, 2, 0.25);
    // Tab from the top of the page to Run, then Enter.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate<boolean>("document.activeElement !== null && document.activeElement.id === 'run'");
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-state=done]', { timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
