/** Building the explorer: browser bundles with no Node built-in, a page that connects to nothing, written whole or not at all. */
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, siteBytes, siteFiles, writeSite, type Site } from '../../src/explorer/site.ts';

let site: Site;
beforeAll(async () => {
  site = await buildSite('9.9.9-test');
});

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('the explorer site', () => {
  it('bundles the model, the scenario checker and the report’s charts, and nothing of Node', () => {
    expect(site.inputs).toContain('src/model/model.ts');
    expect(site.inputs).toContain('src/scenario/check.ts');
    expect(site.inputs).toContain('src/report/charts/index.ts');
    expect(site.inputs.filter((i) => builtins.has(i) || i.startsWith('node:'))).toEqual([]);
    // Nor the command line, nor anything that reads files.
    expect(site.inputs.filter((i) => i.startsWith('src/cli/') || /disk-files|study-folder|output-folder|libraries\.ts/.test(i))).toEqual([]);
  });

  it('has a page that loads only its own scripts, under a policy that allows no connection', () => {
    const page = site.files.get(siteFiles.page) ?? '';
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*connect-src 'none'/);
    const sources = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['lib/vega.min.js', 'lib/vega-lite.min.js', 'lib/vega-embed.min.js', 'explorer.js']);
    for (const source of sources) expect(site.files.has(source), source).toBe(true);
    expect(page).not.toMatch(/(?:src|href)="https?:/);
    // Every bundled scenario is in the page, and the version.
    expect(page).toContain('scenarios/baseline.yaml');
    expect(page).toContain('9.9.9-test');
  });

  it('reports its size', () => {
    expect(siteBytes(site)).toBeGreaterThan(1_000_000);
    expect(siteBytes(site)).toBeLessThan(5_000_000);
  });

  it('is written whole into a new folder, and rebuilt in place of an earlier build', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'omsim-site-')), 'explorer');
    writeSite(site, folder);
    expect(readdirSync(folder).sort()).toEqual(['explorer.js', 'index.html', 'lib']);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeSite(site, folder);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(site.files.get('index.html'));
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses to write over a folder that is not an explorer site, leaving it as it was', () => {
    const folder = mkdtempSync(join(tmpdir(), 'omsim-site-'));
    mkdirSync(join(folder, 'work'));
    writeFileSync(join(folder, 'work', 'index.html'), 'my page');
    expect(() => writeSite(site, join(folder, 'work'))).toThrow(/is not an explorer site/);
    expect(readdirSync(join(folder, 'work'))).toEqual(['index.html']);
    expect(existsSync(join(folder, 'work', 'explorer.js'))).toBe(false);
  });
});
