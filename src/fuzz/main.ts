/**
 * `npm run fuzz -- --count N [--seed S] [--out DIR]`: makes N scenario files
 * from the published JSON Schema (scenario.schema.json), valid ones and
 * broken ones, runs each for a few simulated weeks, and reports every crash,
 * hang, budget overrun or stack trace, keeping the offending files in DIR.
 * Exits 1 if anything failed. `--replay FILE` runs one kept file again.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { failures, runCase, type CaseBudget } from './run-case.ts';
import { fuzz, summaryLine } from './runner.ts';

const schemaFile = new URL('../../scenario.schema.json', import.meta.url);

/** Events a file may take: 100 times what a full-sized short run takes, so only a loop reaches it. */
const budget: CaseBudget = { events: 5_000_000, eventsAtOneInstant: 1_000_000 };

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string' },
    out: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'wall-seconds': { type: 'string', default: '20' },
    'cli-every': { type: 'string', default: '200' },
    replay: { type: 'string' },
  },
});

if (values.replay !== undefined) {
  const outcome = runCase(readFileSync(values.replay, 'utf8'), values.replay, budget);
  process.stdout.write(`${values.replay}: ${outcome.verdict} (${outcome.events} events)\n${outcome.detail}\n`);
  process.exitCode = failures.has(outcome.verdict) ? 1 : 0;
} else {
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const count = Number(values.count);
  const out = values.out ?? `output/fuzz-${seed}`;
  const workers = Number(values.workers);
  const summary = await fuzz({
    schema: JSON.parse(readFileSync(schemaFile, 'utf8')),
    count,
    seed,
    workers,
    wallMs: Number(values['wall-seconds']) * 1000,
    budget,
    out,
    cliEvery: Number(values['cli-every']),
    onCase: (done) => {
      if (done % 500 === 0) process.stderr.write(`fuzz: ${done.toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')} files\n`);
    },
  });
  for (const f of summary.failures) process.stdout.write(`FAIL ${f.verdict} ${f.file} (${f.kind})\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}\n`);
  for (const [named, k] of Object.entries(summary.stoppedFor)) process.stdout.write(`stopped by the model (${k}): ${named}\n`);
  process.stdout.write(`${summaryLine(summary, seed, workers)}\n`);
  if (summary.failures.length > 0) process.stdout.write(`failing files kept in ${out}/\n`);
  process.exitCode = summary.failures.length > 0 ? 1 : 0;
}
