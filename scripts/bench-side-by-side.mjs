#!/usr/bin/env node
// Times a model benchmark in this checkout against another build of omsim,
// side by side: fresh processes of the two alternate, the order swapped each
// pair, so that the machine's own swings in speed (±20% within minutes here)
// fall on both; each pair gives the ratio of the benchmark's own wallSeconds.
//   node scripts/bench-side-by-side.mjs <other checkout> [prison|estate] [pairs]
// For example, against the build of 23 November:
//   git worktree add ../omsim-3a5c338 3a5c338 && (cd ../omsim-3a5c338 && npm ci)
//   node scripts/bench-side-by-side.mjs ../omsim-3a5c338 prison 60
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';

const benchmarks = ['prison', 'estate'];
const usage = 'usage: node scripts/bench-side-by-side.mjs <other checkout> [prison|estate] [pairs]';

/** Stops with a message and exit code 2, as omsim does for bad input. */
function fail(message) {
  console.error(`bench-side-by-side: ${message}\n${usage}`);
  process.exit(2);
}

const here = fileURLToPath(new URL('..', import.meta.url));
const [otherArgument, benchmark = 'prison', pairsArgument = '20'] = process.argv.slice(2);
if (otherArgument === undefined) fail('name the other checkout to compare with');
const other = resolve(otherArgument);
if (!existsSync(resolve(other, 'bin/omsim.js'))) fail(`${other} holds no omsim build: bin/omsim.js is missing`);
if (!existsSync(resolve(other, 'node_modules'))) fail(`${other} has no node_modules: run npm ci there first`);
if (!benchmarks.includes(benchmark)) fail(`the benchmark must be one of ${benchmarks.join(', ')}; found "${benchmark}"`);
const pairs = Number(pairsArgument);
if (!Number.isInteger(pairs) || pairs < 1) fail(`pairs must be a whole number of at least 1; found "${pairsArgument}"`);

/** One fresh process of `npx omsim bench <benchmark>` in `checkout`: its seconds. */
function seconds(checkout) {
  const out = execFileSync(process.execPath, [resolve(checkout, 'bin/omsim.js'), 'bench', benchmark], { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out).wallSeconds;
}

const runs = { here: [], other: [] };
const ratios = [];
for (let i = 0; i < pairs; i++) {
  const order = i % 2 === 0 ? ['here', 'other'] : ['other', 'here'];
  const pair = {};
  for (const which of order) pair[which] = seconds(which === 'here' ? here : other);
  runs.here.push(pair.here);
  runs.other.push(pair.other);
  ratios.push(pair.here / pair.other);
  console.log(`pair ${i + 1}: this build ${pair.here.toFixed(3)} s, the other ${pair.other.toFixed(3)} s, ratio ${(pair.here / pair.other).toFixed(3)}`);
}
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
console.log(JSON.stringify({ benchmark, pairs, against: other, ratio: summary(ratios), thisBuildSeconds: summary(runs.here), otherBuildSeconds: summary(runs.other) }));
