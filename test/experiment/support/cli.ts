/** Running omsim's commands in a test: in this process through the command modules (quick), or as a real process (exit codes, kills). */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { commands } from '../../../src/cli/commands/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = join(ROOT, 'bin', 'omsim.js');

/** Runs a command line in this process; rejects with the command's error. */
export async function omsim(args: readonly string[]): Promise<void> {
  const parser = yargs([...args])
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new Error(message);
    });
  for (const command of commands) parser.command(command);
  await parser.parseAsync();
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node bin/omsim.js …` as its own process. */
export function startOmsim(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Waits for a process to end, with what it printed. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })));
}

/** Runs `node bin/omsim.js …` to its end. */
export function runOmsim(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Finished> {
  return finished(startOmsim(args, options));
}

/**
 * Runs `node bin/omsim.js …`, killing it if it has not ended within
 * `seconds` (a refusal that should come before any computing must not wait
 * for hours of it): `timedOut` says whether it was killed.
 */
export async function runOmsimWithin(seconds: number, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Finished & { timedOut: boolean }> {
  const child = startOmsim(args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, seconds * 1000);
  const result = await finished(child);
  clearTimeout(timer);
  return { ...result, timedOut };
}
