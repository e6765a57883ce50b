/**
 * Simulated quantities round the same on every engine and CPU: code in
 * src/engine, src/model and src/experiment takes its transcendental functions
 * from src/engine/deterministic-math.ts, never from `Math` (whose last bit
 * ECMAScript leaves to the engine), and raises to a power with `pow`, never with
 * `**` (which is `Math.pow`), except between two literal numbers (a constant
 * such as 2 ** 44, which is exact).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHECKED = ['src/engine', 'src/model', 'src/experiment'];
const THE_MODULE = 'src/engine/deterministic-math.ts';

const ENGINE_MATH = /\bMath\s*\.\s*(log|log1p|log2|log10|exp|expm1|pow|cos|sin|tan|acos|asin|atan|atan2|cosh|sinh|tanh|acosh|asinh|atanh|cbrt|hypot)\b/g;
const LITERAL_POWER = /(?<![\w.])\d+(?:\.\d+)?\s*\*\*\s*\d+(?:\.\d+)?(?![\w.])/g;

/** The source with its comments blanked, so a comment may name what the code may not use. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

/** Each use of an engine-dependent function, as "file:line: text". */
export function findEngineMath(path: string, text: string): string[] {
  const found: string[] = [];
  withoutComments(text)
    .split('\n')
    .forEach((line, i) => {
      ENGINE_MATH.lastIndex = 0;
      const power = line.replace(LITERAL_POWER, '').includes('**');
      if (ENGINE_MATH.test(line) || power) found.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(name) ? [path] : [];
  });
}

describe('the checker', () => {
  it('finds Math.log, Math.pow and the like, and ** between anything but two literal numbers', () => {
    const text = [
      'const a = Math.log(x);',
      'const b = Math . exp (y);',
      'const c = x ** 2;',
      'const d = 2 ** n;',
      'const e = (u + 1) ** 0.5;',
      'const f = Math.cos(t) + Math.sqrt(t);',
    ].join('\n');
    expect(findEngineMath('made-up.ts', text).map((s) => s.split(':')[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('lets through Math.sqrt, Math.floor, literal powers and words in comments', () => {
    const text = [
      'const a = Math.sqrt(x) + Math.floor(y) + Math.abs(z);',
      'const SPAN = 2 ** 44;',
      '/** Uses Math.log, as x ** 2 does. */',
      '// Math.exp(1)',
      'const s = "2 ** 3";',
    ].join('\n');
    expect(findEngineMath('made-up.ts', text)).toEqual([]);
  });
});

describe('simulated paths', () => {
  it(`take log, exp, pow, cos and tan from ${THE_MODULE} only`, () => {
    const files = CHECKED.flatMap((dir) => sources(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => path !== THE_MODULE);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => findEngineMath(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });
});
