/**
 * Every counter or level the results read by name is one the model writes:
 * Metrics.total gives 0 for a name never counted, so a misspelt name in
 * src/model/results.ts would read as a plausible zero. Checked on the text
 * of the sources: each literal name the results read (directly, or in the
 * lists they loop over) must appear as a literal in another model file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const results = readFileSync('src/model/results.ts', 'utf8');
const others = sources('src/model')
  .filter((path) => !path.endsWith('results.ts'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** Names read directly (m.total('x'), m.levelMean('x'), …) and those of the lists `for (const name of [ … ])` loops over. */
function namesRead(text: string): string[] {
  const direct = [...text.matchAll(/m\.(?:total|level|levelMean|levelIntegral)\('([^']+)'\)/g)].map((m) => m[1]);
  const listed = [...text.matchAll(/for \(const name of \[([^\]]*)\]\)/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((n) => n[1]));
  return [...new Set([...direct, ...listed])];
}

describe('the names results.ts reads', () => {
  it('are many (the check reads the source as written)', () => {
    expect(namesRead(results).length).toBeGreaterThan(30);
  });

  it('are each written by the model: counted, or a level changed, under that very name', () => {
    const unwritten = namesRead(results).filter((name) => !others.includes(`'${name}'`) && !others.includes(`\`${name}\``));
    expect(unwritten).toEqual([]);
  });
});
