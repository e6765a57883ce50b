#!/usr/bin/env node
// Times the explorer against the command line, side by side: the page's
// first load from file://, the first headline after Run, and the baseline's
// 10 replications × 5 years in the page (Web Workers, one per core) against
// `omsim run` with as many worker threads, alternating fresh processes.
//   npm run explorer && node scripts/explorer-speed.mjs [pairs]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const index = `${root}output/explorer/index.html`;
if (!existsSync(index)) throw new Error(`${index} is missing: run npm run explorer first`);
const pairs = Number(process.argv[2] ?? 4);

async function page() {
  const browser = await chromium.launch({ executablePath: process.env.OMSIM_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const tab = await browser.newPage();
  const began = Date.now();
  await tab.goto(pathToFileURL(index).href);
  await tab.waitForSelector('html[data-state=ready]');
  const load = (Date.now() - began) / 1000;
  const workers = await tab.evaluate(() => navigator.hardwareConcurrency);
  const pressed = Date.now();
  await tab.click('#run');
  await tab.waitForSelector('#headline li');
  const first = (Date.now() - pressed) / 1000;
  await tab.waitForSelector('html[data-state=done]', { timeout: 300_000 });
  const all = (Date.now() - pressed) / 1000;
  await browser.close();
  return { load, first, all, workers };
}

function cli(workers) {
  const out = join(mkdtempSync(join(tmpdir(), 'omsim-speed-')), 'run');
  const began = Date.now();
  execFileSync(process.execPath, [`${root}bin/omsim.js`, 'run', `${root}scenarios/baseline.yaml`, '--workers', String(workers), '--out', out, '--quiet'], { stdio: 'pipe' });
  return (Date.now() - began) / 1000;
}

const ratios = [];
for (let i = 0; i < pairs; i++) {
  // Alternate which goes first, so a drift in the machine's speed falls on both.
  let p, c;
  if (i % 2 === 0) { p = await page(); c = cli(p.workers); } else { c = cli(2); p = await page(); }
  ratios.push(p.all / c);
  console.log(`pair ${i + 1}: page load ${p.load.toFixed(2)} s, first headline ${p.first.toFixed(2)} s, page run ${p.all.toFixed(2)} s on ${p.workers} workers; omsim run ${c.toFixed(2)} s; ratio ${(p.all / c).toFixed(2)}`);
}
ratios.sort((a, b) => a - b);
console.log(`page ÷ omsim run: median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)} (${ratios[0].toFixed(2)} to ${ratios[ratios.length - 1].toFixed(2)}, ${pairs} pairs)`);
