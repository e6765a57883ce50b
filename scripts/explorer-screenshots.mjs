#!/usr/bin/env node
// Takes the README's pictures of the explorer: builds it (npm run explorer
// first), opens output/explorer/index.html from file:// in Debian's Chromium,
// runs the baseline with 4 offender supervisors fewer, then sweeps them, and
// saves docs/images/explorer-run.png and docs/images/explorer-sweep.png.
//   node scripts/explorer-screenshots.mjs
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const index = `${root}output/explorer/index.html`;
if (!existsSync(index)) throw new Error(`${index} is missing: run npm run explorer first`);
const browser = await chromium.launch({
  executablePath: process.env.OMSIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(index).href);
await page.waitForSelector('html[data-state=ready]');
const set = async (label, value) => {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(label, { exact: true }).dispatchEvent('change');
};
const finish = () => page.waitForSelector('html[data-state=done]', { timeout: 300_000 });

await set('Offender supervisors (prison officers)', '8');
await page.getByRole('button', { name: 'Compare with the starting scenario', exact: true }).click();
await finish();
await page.locator('section', { has: page.locator('#run-heading') }).evaluate((e) => e.scrollIntoView());
await page.screenshot({ path: `${root}docs/images/explorer-compare.png`, clip: await region(page, '#run-heading', '#charts') });

await page.selectOption('#sweep-lever', 'staff.offenderSupervisors.count');
await page.fill('#sweep-from', '4');
await page.fill('#sweep-to', '16');
await page.fill('#sweep-step', '2');
await page.getByRole('button', { name: 'Sweep', exact: true }).click();
await finish();
await page.locator('#charts figure').first().screenshot({ path: `${root}docs/images/explorer-sweep.png` });
await browser.close();
console.log('docs/images/explorer-compare.png and docs/images/explorer-sweep.png written');

/** The page from the top of one element to the bottom of another. */
async function region(page, from, to) {
  const a = await page.locator(from).boundingBox();
  const b = await page.locator(to).boundingBox();
  const top = Math.max(0, a.y - 10);
  return { x: 0, y: top, width: 1100, height: Math.min(1800, b.y + Math.min(b.height, 40) - top) };
}
