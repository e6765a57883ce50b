/** `omsim explore`: builds the explorer into a folder, or serves it on 127.0.0.1; a bad option is the user's to fix. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { omsim } from './support.ts';

const bin = fileURLToPath(new URL('../../bin/omsim.js', import.meta.url));

describe('omsim explore', () => {
  it('builds the page into --out and says where it is and how large', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'omsim-explore-')), 'explorer');
    const result = omsim(['explore', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^explorer: ${out}/index.html \\(\\d+\\.\\d MB in 5 files\\)`));
    expect(existsSync(join(out, 'index.html')) && existsSync(join(out, 'explorer.js'))).toBe(true);
  });

  it('serves the page on 127.0.0.1 without --out, and prints the address', async () => {
    const child = spawn(process.execPath, [bin, 'explore'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
          if (found) resolve(found[0]);
        });
        child.once('exit', (code) => reject(new Error(`omsim explore exited with ${code}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>omsim explorer');
      expect((await fetch(`${url}explorer.js`)).status).toBe(200);
      expect((await fetch(`${url}../../etc/passwd`)).status).toBe(404);
      // A malformed path is answered, and the server goes on serving.
      expect((await fetch(`${url}%E0%A4%A`)).status).toBe(400);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  it('refuses a port that is not one, with exit 2 and no stack trace', () => {
    const result = omsim(['explore', '--port', '70000']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--port must be a whole number from 0 to 65535; found 70000/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a port that is not a number as written, with exit 2', () => {
    const result = omsim(['explore', '--port', 'abc']);
    expect(result.stderr).toMatch(/^omsim: --port must be a whole number; found "abc"\n/);
    expect(result.status).toBe(2);
  });

  it('refuses a port already in use, with exit 2, what to do instead and no stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as AddressInfo).port;
    try {
      const result = omsim(['explore', '--port', String(taken)]);
      expect(result.stderr).toBe(`omsim: port ${taken} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for any free port\n`);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('refuses to build over a folder that is not an explorer site, with exit 2', () => {
    const folder = mkdtempSync(join(tmpdir(), 'omsim-explore-'));
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const result = omsim(['explore', '--out', folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not an explorer site built by omsim/);
  });
});
