import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const scenarioFolder = fileURLToPath(new URL('../../src/scenario/', import.meta.url));
const sources = readdirSync(scenarioFolder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('scenario layer imports', () => {
  it.each(sources)('%s imports only the scenario layer, zod, yaml and Node', (file) => {
    const text = readFileSync(join(scenarioFolder, file), 'utf8');
    for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (specifier.startsWith('.')) {
        const target = relative(scenarioFolder, resolve(join(scenarioFolder, file, '..'), specifier));
        expect(target.startsWith('..'), `${file} imports ${specifier}`).toBe(false);
      } else {
        expect(['zod', 'yaml'].includes(specifier) || specifier.startsWith('node:'), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
