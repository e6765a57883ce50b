/** The licence and the citation file say what package.json says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

describe('LICENSE and CITATION.cff', () => {
  it('cite the version and the licence package.json gives', () => {
    const citation = parse(read('CITATION.cff')) as { 'cff-version': string; version: string; license: string; title: string; authors: unknown[] };
    expect(citation['cff-version']).toBe('1.2.0');
    expect(citation.version).toBe(pkg.version);
    expect(citation.license).toBe(pkg.license);
    expect(citation.authors.length).toBeGreaterThan(0);
  });

  it('the licence file is the licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });
});
