#!/usr/bin/env node
// Runs omsim: compiled once from the TypeScript sources (see compile.mjs),
// or, should that fail, straight from the sources through tsx. Either way
// `npx omsim` needs no build step.
import { compileEntry } from './compile.mjs';

const main = new URL('../src/cli/main.ts', import.meta.url);
const compiled = await compileEntry(main, 'cli').catch(() => null);
if (compiled !== null) {
  // Stack traces of internal errors then name the TypeScript sources' lines.
  process.setSourceMapsEnabled(true);
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(main.href);
}
