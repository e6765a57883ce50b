/** Where a command writes its results: --out, or output/<name>-<timestamp>/. */
import { join } from 'node:path';

export function defaultOutputFolder(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'run';
  return join('output', `${safe}-${stamp}`);
}
