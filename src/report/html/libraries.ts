/** The browser builds of vega, vega-lite and vega-embed, read from node_modules to be inlined into report.html (no network at view time). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Each library's minified UMD build, in the order the page must load them (vega-lite and vega-embed expect the globals before them). */
const builds = [
  { name: 'vega', file: 'vega.min.js' },
  { name: 'vega-lite', file: 'vega-lite.min.js' },
  { name: 'vega-embed', file: 'vega-embed.min.js' },
] as const;

let cached: { name: string; code: string }[] | undefined;

/** The libraries' code, read once per process. */
export function browserLibraries(): { name: string; code: string }[] {
  cached ??= builds.map((b) => ({ name: b.name, code: readFileSync(join(dirname(require.resolve(b.name)), b.file), 'utf8') }));
  return cached;
}
