/**
 * A fuzzing run: `count` scenario files made from a seed, each loaded and
 * run in a worker thread under an event budget and a wall-time budget — a
 * thread that overruns its time is ended and replaced, so a file that hangs
 * costs its budget and no more. Every failure is kept, with what happened,
 * in a folder for replay; a sample of files also goes through the command
 * line, which must exit 0 or 2 and never print a stack trace for a user's error.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileEntry } from '../../bin/compile.mjs';
import { type CaseBudget, failures, type Outcome, type Verdict } from './run-case.ts';
import { type FuzzCase, fuzzCase } from './scenario-cases.ts';
import type { JsonSchema } from './schema-values.ts';
import type { CaseRequest } from './worker.ts';

export interface FuzzOptions {
  /** The published JSON Schema the files are drawn from. */
  schema: JsonSchema;
  count: number;
  seed: number;
  workers: number;
  /** Wall time one file may take (milliseconds). */
  wallMs: number;
  budget: CaseBudget;
  /** Folder for the failing files (made only when there is one). */
  out: string;
  /** Every how many files one also goes through the command line (0: none). */
  cliEvery: number;
  /** Told of each file as it finishes. */
  onCase?: (done: number, fuzzed: FuzzCase, outcome: Outcome) => void;
}

export interface Failure {
  name: string;
  kind: string;
  verdict: Verdict | 'cli';
  detail: string;
  /** Where the file was kept for replay. */
  file: string;
}

export interface FuzzSummary {
  count: number;
  seconds: number;
  verdicts: Record<Verdict, number>;
  /** Files also run through the command line. */
  throughCli: number;
  /** Runs the model stopped, by the parameters it named. */
  stoppedFor: Record<string, number>;
  failures: Failure[];
}

const verdicts: readonly Verdict[] = ['ran', 'refused', 'stopped', 'crashed', 'overran', 'hung', 'leaked'];

/** Runs the fuzzing run and reports what happened to each file. */
export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const summary: FuzzSummary = { count: 0, seconds: 0, verdicts: Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>, throughCli: 0, stoppedFor: {}, failures: [] };
  const keep = (fuzzed: FuzzCase, verdict: Failure['verdict'], detail: string): void => {
    mkdirSync(options.out, { recursive: true });
    const file = join(options.out, `${fuzzed.name}.yaml`);
    writeFileSync(file, fuzzed.text);
    writeFileSync(join(options.out, `${fuzzed.name}.txt`), `${fuzzed.kind}\n${verdict}\n\n${detail}\n\nreplay: npm run fuzz -- --replay ${file}\n`);
    summary.failures.push({ name: fuzzed.name, kind: fuzzed.kind, verdict, detail, file });
  };
  const record = (fuzzed: FuzzCase, outcome: Outcome): void => {
    summary.count++;
    summary.verdicts[outcome.verdict]++;
    if (outcome.verdict === 'stopped') {
      const named = (outcome.parameters ?? ['(none named)']).join(', ');
      summary.stoppedFor[named] = (summary.stoppedFor[named] ?? 0) + 1;
    }
    if (failures.has(outcome.verdict)) keep(fuzzed, outcome.verdict, outcome.detail);
    options.onCase?.(summary.count, fuzzed, outcome);
  };
  const cliRuns: Promise<void>[] = [];
  const entry = await workerEntry();
  let next = 0;
  const slot = async (): Promise<void> => {
    let worker = new Worker(entry);
    try {
      while (next < options.count) {
        const index = next++;
        const fuzzed = fuzzCase(options.schema, options.seed, index);
        const file = join(options.out, `${fuzzed.name}.yaml`);
        const reply = await runInWorker(worker, { index, text: fuzzed.text, file, budget: options.budget }, options.wallMs);
        if (reply.replace) {
          void worker.terminate();
          worker = new Worker(entry);
        }
        record(fuzzed, reply.outcome);
        if (options.cliEvery > 0 && index % options.cliEvery === 0) {
          summary.throughCli++;
          cliRuns.push(throughCli(fuzzed, options.wallMs).then((problem) => (problem === null ? undefined : keep(fuzzed, 'cli', problem))));
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, slot));
  await Promise.all(cliRuns);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The worker thread's body, compiled once as the replication workers' is (src/experiment/worker-bundle.ts). */
function workerEntry(): Promise<URL> {
  return compileEntry(new URL('./worker.ts', import.meta.url), 'fuzz-worker').catch(() => new URL('./worker-entry.mjs', import.meta.url));
}

/** Runs one file in `worker`; `replace` when the worker had to be ended (it hung) or died. */
function runInWorker(worker: Worker, request: CaseRequest, wallMs: number): Promise<{ outcome: Outcome; replace: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: Outcome, replace: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, replace });
    };
    const onMessage = (reply: { index: number; outcome: Outcome }): void => done(reply.outcome, false);
    // A thread that runs out of memory, or dies some other way, is a crash of the file it was running.
    const onError = (error: Error): void => done({ verdict: 'crashed', detail: error.stack ?? String(error), events: 0, warnings: 0 }, true);
    const onExit = (code: number): void => done({ verdict: 'crashed', detail: `the worker thread exited (code ${code})`, events: 0, warnings: 0 }, true);
    const timer = setTimeout(() => done({ verdict: 'hung', detail: `still running after ${wallMs / 1000} s`, events: 0, warnings: 0 }, true), wallMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

const omsim = fileURLToPath(new URL('../../bin/omsim.js', import.meta.url));
const stackFrame = /\n\s+at .+:\d+:\d+\)?$/m;

/** Runs the file through `omsim run`; null when it exits as it should, else what went wrong. */
function throughCli(fuzzed: FuzzCase, wallMs: number): Promise<string | null> {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-fuzz-'));
  const file = join(folder, `${fuzzed.name}.yaml`);
  writeFileSync(file, fuzzed.text);
  const args = [omsim, 'run', file, '--quiet', '--workers', '1', '--out', join(folder, 'out')];
  return new Promise((resolve) => {
    // The command line starts a process and writes a report: it gets twice a file's time, and ten seconds more.
    execFile(process.execPath, args, { timeout: 2 * wallMs + 10_000, maxBuffer: 1 << 24 }, (error, _stdout, stderr) => {
      rmSync(folder, { recursive: true, force: true });
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      if (code === 0 || (code === 2 && stderr.startsWith('omsim: ') && !stackFrame.test(stderr))) resolve(null);
      else resolve(`omsim run exited ${code ?? `by signal ${error?.signal}`}:\n${stderr}`);
    });
  });
}

/** The summary line: how many files, how long, what happened to them, how many failed. */
export function summaryLine(s: FuzzSummary, seed: number, workers: number): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const outcomes = Object.entries(s.verdicts).map(([verdict, k]) => `${n(k)} ${verdict}`).join(', ');
  return `fuzz: ${n(s.count)} files in ${s.seconds.toFixed(1)} s (seed ${seed}, ${workers} workers, ${n(s.throughCli)} also through omsim run): ${outcomes}; ${n(s.failures.length)} failures`;
}
