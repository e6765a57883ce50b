/**
 * Every counter or level the metric catalogue and results.ts read by name is
 * one the model writes: Metrics.total gives 0 for a name never counted, so a
 * misspelt name would read as a plausible zero. Checked on the text of the
 * sources: each name read must appear in another model file as a literal, or
 * fit a template literal that begins with a dotted name
 * (`hours.${group}.${category}`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, summaryMetrics } from '../../src/experiment/metric-catalogue.ts';

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

/** The model's template literals that begin with a dotted name, as patterns of the names they make. */
const templates = [...others.matchAll(/`([a-z]+\.[\w.]*)\$\{[^`]*`/gi)].map((m) => {
  const pattern = m[0].slice(1, -1).replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '\\w+');
  return new RegExp(`^${pattern}$`);
});

/** Names results.ts reads directly (m.total('x'), m.level('x'), …). */
const readByResults = [...results.matchAll(/m\.(?:total|level|levelMean|levelIntegral)\('([^']+)'\)/g)].map((m) => m[1]);

/**
 * Names the catalogue reads: its counters and levels, every placeholder
 * filled. Families that begin with a placeholder ({work}.due) are made in
 * counters.ts from two lists, which no text check can join.
 */
const readByCatalogue = summaryMetrics.flatMap(({ name, definition, values }) => {
  const source = definition.source;
  if (definition.family.startsWith('{')) return [];
  if (source === 'counter') return [name];
  return typeof source === 'object' && 'levelMean' in source ? [fillPlaceholders(source.levelMean, values)] : [];
});

function written(name: string): boolean {
  return others.includes(`'${name}'`) || others.includes(`\`${name}\``) || templates.some((pattern) => pattern.test(name));
}

describe('the names the catalogue and results.ts read', () => {
  it('are many (the check reads the sources as written)', () => {
    expect(readByResults.length).toBeGreaterThan(2);
    expect(readByCatalogue.length).toBeGreaterThan(80);
  });

  it('are each written by the model: counted, or a level changed, under that very name', () => {
    expect([...new Set([...readByResults, ...readByCatalogue])].filter((name) => !written(name))).toEqual([]);
  });
});
