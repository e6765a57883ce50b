#!/usr/bin/env node
// Runs omsim: compiled once from the TypeScript sources (see compile.mjs),
// or, should that fail, straight from the sources through tsx. Either way
// `npx omsim` needs no build step.
import { runEntry } from './compile.mjs';

await runEntry(new URL('../src/cli/main.ts', import.meta.url), 'cli');
