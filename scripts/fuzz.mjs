#!/usr/bin/env node
// Runs omsim's fuzzer (src/fuzz/main.ts): compiled once, as bin/omsim.js
// runs the command line, or, should that fail, straight from the sources
// through tsx.
import { compileEntry } from '../bin/compile.mjs';

const main = new URL('../src/fuzz/main.ts', import.meta.url);
const compiled = await compileEntry(main, 'fuzz').catch(() => null);
if (compiled !== null) {
  process.setSourceMapsEnabled(true);
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(main.href);
}
