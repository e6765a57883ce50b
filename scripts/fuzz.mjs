#!/usr/bin/env node
// Runs omsim's fuzzer (src/fuzz/main.ts) as bin/omsim.js runs the command line.
import { runEntry } from '../bin/compile.mjs';

await runEntry(new URL('../src/fuzz/main.ts', import.meta.url), 'fuzz');
