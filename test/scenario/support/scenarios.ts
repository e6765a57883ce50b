/** Helpers for scenario tests: scenario files in a fresh folder, and the problems a load reports. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ScenarioError } from '../../../src/scenario/error.ts';
import type { Problem } from '../../../src/scenario/problems.ts';

/** Writes files (name → text, names may hold folders) into a new temporary folder; returns the folder. */
export function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-scenario-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/** The problems a load throws; fails the test if it loads, or throws anything but a ScenarioError. */
export function problemsOf(load: () => unknown): readonly Problem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected the scenario to have problems, but it loaded');
}

/** Text with lines joined, so a test can count lines as it reads. */
export const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** The bundled scenarios folder. */
export const scenariosFolder = new URL('../../../scenarios/', import.meta.url).pathname;
