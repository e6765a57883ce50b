/**
 * Building the explorer: the page and its scripts, written as a folder that
 * works opened from the file system, from any static host, or offline.
 *
 *   the Web Worker's code (esbuild, for the browser) → the page's code, with
 *   the worker's inside it → the chart libraries, as report.html has them →
 *   index.html with the bundled scenarios → written whole, or not at all
 *
 * The browser bundles must not need Node: esbuild refuses a Node built-in
 * when building for the browser, so a build that succeeds has none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserLibraries } from '../report/html/libraries.ts';
import { fileSystemReason, isFileSystemRefusal } from '../report/file-system-errors.ts';
import { writeMessages } from '../report/messages.ts';
import { StagedFolder } from '../report/output-folder.ts';
import { StagedReplacement } from '../report/staged-replacement.ts';
import { bundledFolder } from './bundled-files.ts';
import { explorerHtml } from './page.ts';

/** The files of the site (besides the chart libraries, `lib/<name>.min.js`). */
export const siteFiles = { page: 'index.html', app: 'explorer.js', libraries: 'lib' } as const;

const appEntry = fileURLToPath(new URL('./app/main.ts', import.meta.url));
const workerEntry = fileURLToPath(new URL('./app/worker.ts', import.meta.url));
const scenariosFolder = fileURLToPath(new URL(`../../${bundledFolder}/`, import.meta.url));

export class ExplorerBuildError extends Error {
  readonly isUserError = true;
}

/** The site's files (path → content) and the size of each. */
export interface Site {
  files: Map<string, string>;
  /** Every browser bundle's inputs (source files and packages), for checking what went in. */
  inputs: string[];
}

/** The bundled scenarios, by their path in the repository (scenarios/<name>.yaml), in name order. */
export function bundledScenarioTexts(): { file: string; text: string }[] {
  return readdirSync(scenariosFolder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: `${bundledFolder}/${name}`, text: readFileSync(join(scenariosFolder, name), 'utf8') }));
}

async function bundle(entry: string, define: Record<string, string> = {}): Promise<{ code: string; inputs: string[] }> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define,
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

/** Builds the site in memory. */
export async function buildSite(version: string): Promise<Site> {
  const worker = await bundle(workerEntry);
  const app = await bundle(appEntry, { OMSIM_WORKER_SOURCE: JSON.stringify(worker.code) });
  const libraries = browserLibraries().map((l) => ({ file: `${siteFiles.libraries}/${l.name}.min.js`, code: l.code }));
  const files = new Map<string, string>();
  files.set(siteFiles.page, explorerHtml({ version, scenarios: bundledScenarioTexts() }, [...libraries.map((l) => l.file), siteFiles.app]));
  files.set(siteFiles.app, app.code);
  for (const l of libraries) files.set(l.file, l.code);
  return { files, inputs: [...new Set([...worker.inputs, ...app.inputs])].sort() };
}

/** Whether `folder` holds an explorer site (so a new build may replace it). */
function isSite(folder: string): boolean {
  const page = join(folder, siteFiles.page);
  return existsSync(page) && existsSync(join(folder, siteFiles.app)) && readFileSync(page, 'utf8').includes('<title>omsim explorer');
}

/**
 * Writes the site into `folder`: a new folder, or in place of an explorer
 * site built before (an empty folder too). Written aside and moved into
 * place whole, so a failed build leaves what was there.
 */
export function writeSite(site: Site, folder: string): void {
  const exists = existsSync(folder);
  if (exists && readdirSync(folder).length > 0 && !isSite(folder)) {
    throw new ExplorerBuildError(`${folder} already exists and is not an explorer site built by omsim; choose another --out, or remove it`);
  }
  try {
    const staged = exists ? new StagedReplacement(folder, [siteFiles.page, siteFiles.app, siteFiles.libraries]) : new StagedFolder(folder);
    try {
      for (const [path, content] of site.files) staged.write(path, content);
      staged.commit();
    } catch (error) {
      staged.discard();
      throw error;
    }
  } catch (error) {
    // A full disk, say: nothing of this build is kept, and the person is told so in words.
    throw isFileSystemRefusal(error) ? new ExplorerBuildError(writeMessages.explorerNotWritten(folder, fileSystemReason(error))) : error;
  }
}

/** The total size of the site in bytes. */
export function siteBytes(site: Site): number {
  let total = 0;
  for (const content of site.files.values()) total += Buffer.byteLength(content);
  return total;
}
