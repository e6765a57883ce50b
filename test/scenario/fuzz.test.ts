/**
 * Thousands of broken scenario texts fed to the loader: bundled files with
 * lines deleted, doubled or swapped, numbers changed, values of the wrong
 * type, misspelt keys, and random YAML. Each must load, or throw a
 * ScenarioError whose every problem says which file and line it is on;
 * nothing else may escape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/error.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { serialiseScenario } from '../../src/scenario/serialise.ts';
import { scenariosFolder } from './support/scenarios.ts';

const bundled = readdirSync(scenariosFolder)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(scenariosFolder, f), 'utf8'));

type Mutation = (lines: string[]) => string[];

const oddValues = ['-3', '1e308', '.nan', '-.inf', '0.5', '"text"', '[]', '{}', 'null', 'true', '[1, [2]]', '{type: gamma}', '*alias', '&a x', '!!set {a}', '"\\u0000"', '999999999999'];

const lineIndex = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineIndex.map((i): Mutation => (l) => l.filter((_, j) => j !== i % l.length)),
  lineIndex.map((i): Mutation => (l) => l.flatMap((line, j) => (j === i % l.length ? [line, line] : [line]))),
  fc.tuple(lineIndex, lineIndex).map(([a, b]): Mutation => (l) => {
    const out = [...l];
    [out[a % l.length], out[b % l.length]] = [out[b % l.length], out[a % l.length]];
    return out;
  }),
  fc.tuple(lineIndex, fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map(String), fc.double().map(String), fc.constantFrom(...oddValues))).map(
    ([i, value]): Mutation => (l) => l.map((line, j) => (j === i % l.length ? line.replace(/(:\s*)[^#\n]+/, `$1${value}`) : line)),
  ),
  fc.tuple(lineIndex, fc.integer({ min: -100, max: 1e7 })).map(([i, n]): Mutation => (l) => l.map((line, j) => (j === i % l.length ? line.replace(/\d+(\.\d+)?/, String(n)) : line))),
  fc.tuple(lineIndex, fc.nat(20)).map(([i, k]): Mutation => (l) => l.map((line, j) => (j === i % l.length ? line.replace(/[a-z]/i, (c) => String.fromCharCode(c.charCodeAt(0) + 1 + (k % 3))) : line))),
  fc.tuple(lineIndex, fc.nat(6)).map(([i, n]): Mutation => (l) => l.map((line, j) => (j === i % l.length ? `${' '.repeat(n)}${line.trimStart()}` : line))),
  fc.tuple(lineIndex, fc.string()).map(([i, text]): Mutation => (l) => [...l.slice(0, i % l.length), text, ...l.slice(i % l.length)]),
  fc.nat().map((i): Mutation => (l) => l.slice(0, i % (l.length + 1))),
);

const mutatedBundled = fc
  .tuple(fc.constantFrom(...bundled), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => mutations.reduce((lines, m) => (lines.length === 0 ? lines : m(lines)), text.split('\n')).join('\n'));

const keys = ['name', 'seed', 'replications', 'horizon', 'staff', 'population', 'caseload', 'estate', 'timeline', 'extends', 'scope', 'allocation', 'offenderSupervisors', 'count', 'cap', 'set', 'week', 'size', 'rosh', 'type'];
const randomValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 4 })),
})).value;
const randomYaml = fc.oneof(
  randomValue.map((v) => stringify(v)),
  randomValue.map((v) => stringify(v, { collectionStyle: 'flow' })),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'{}[]:-#&*!|>\'"\n ,?%@`abc019.'.split('')), maxLength: 80 }),
);

/** Loads the text as if it were a file among the bundled scenarios (so extends can find them). */
function outcome(text: string): void {
  try {
    const { scenario } = loadScenarioText(text, join(scenariosFolder, 'fuzzed.yaml'));
    // Whatever loads must also survive being saved and read back.
    expect(loadScenarioText(serialiseScenario(scenario), '/tmp/omsim-fuzz/saved.yaml').scenario).toStrictEqual(scenario);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) {
      expect(p.file, error.message).toMatch(/\.yaml$/);
      expect(p.line, error.message).toBeGreaterThanOrEqual(1);
      expect(p.column, error.message).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('scenario/load on broken texts', () => {
  it('loads a mutated bundled scenario, or reports problems that each have a file and line', () => {
    fc.assert(fc.property(mutatedBundled, (text) => outcome(text)), { numRuns: 1300, seed: 20261123 });
  });

  it('loads random YAML, or reports problems that each have a file and line', () => {
    fc.assert(fc.property(randomYaml, (text) => outcome(text)), { numRuns: 700, seed: 20261123 });
  });
});
