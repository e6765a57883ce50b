/**
 * The explorer's local server: it answers only requests addressed to this
 * machine, serves only the site's files, survives malformed requests, and a
 * port in use is the user's to fix. Every request goes to 127.0.0.1.
 */
import { request as httpRequest, type Server } from 'node:http';
import { createServer as createTcpServer, connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/cli/errors.ts';
import { serveSite } from '../../src/explorer/serve.ts';
import type { Site } from '../../src/explorer/site.ts';

const site: Site = {
  files: new Map([
    ['index.html', '<title>omsim explorer</title>'],
    ['explorer.js', 'run()'],
    ['lib/vega.min.js', 'vega()'],
  ]),
  inputs: [],
};

let server: Server;
let port: number;

beforeAll(async () => {
  ({ server } = await serveSite(site, 0));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends one request for `path` exactly as written, with `host` as its Host header (null: none); resolves with the status and body. */
function get(path: string, host: string | null = `127.0.0.1:${port}`, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = host === null ? {} : { host };
    const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers, setHost: false, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('timeout', () => sent.destroy(new Error(`no answer to ${method} ${path} within 5 s`)));
    sent.on('error', reject);
    sent.end();
  });
}

/** Sends a raw request line (one node:http would not send), with a Host header unless `withHost` is false; resolves with the status line of the answer. */
function rawStatusLine(requestLine: string, withHost = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const host = withHost ? `Host: 127.0.0.1:${port}\r\n` : '';
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\n${host}Connection: close\r\n\r\n`));
    let text = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${requestLine} within 5 s`)));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

describe('serveSite', () => {
  it('serves the page at / and the site files by their paths', async () => {
    expect(await get('/')).toEqual({ status: 200, body: '<title>omsim explorer</title>' });
    expect(await get('/explorer.js')).toEqual({ status: 200, body: 'run()' });
    expect(await get('/lib/vega.min.js')).toEqual({ status: 200, body: 'vega()' });
  });

  it('answers a path that is not well-formed percent-encoding with 400, and goes on serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/lib/%zz.js', '/%C0%AF']) {
      expect((await get(path)).status, path).toBe(400);
    }
    expect(await rawStatusLine('GET http://[ HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect((await get('/')).status).toBe(200);
  });

  it('answers only requests addressed to 127.0.0.1, localhost or [::1] at its own port (403 otherwise: DNS rebinding)', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`, `[::1]:${port}`]) {
      expect((await get('/', host)).status, host).toBe(200);
    }
    for (const host of [`attacker.example:${port}`, 'attacker.example', '127.0.0.1', `127.0.0.1:${port + 1}`, `127.0.0.1.attacker.example:${port}`, '']) {
      const answer = await get('/', host);
      expect(answer.status, host).toBe(403);
      expect(answer.body).not.toContain('omsim explorer');
    }
    // Without a Host header: HTTP/1.0 may leave it out, and is refused here; Node refuses HTTP/1.1 without one itself.
    expect(await rawStatusLine('GET / HTTP/1.0', false)).toBe('HTTP/1.1 403 Forbidden');
    expect((await get('/', null)).status).toBe(400);
  });

  it('serves nothing outside the site, however the path is written', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2fetc%2fpasswd', '//etc/passwd', '/lib/../../package.json', '/..\\..\\package.json', '/index.html%00.js']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).toBe('not found\n');
    }
  });

  it('answers methods other than GET and HEAD with 405', async () => {
    expect((await get('/', `127.0.0.1:${port}`, 'POST')).status).toBe(405);
    expect(await get('/', `127.0.0.1:${port}`, 'HEAD')).toEqual({ status: 200, body: '' });
  });

  it('refuses a port already in use with an error that is the user\'s to fix, naming the port and what to do', async () => {
    const holder = createTcpServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as AddressInfo).port;
    try {
      const failure = await serveSite(site, taken).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isUserError(failure)).toBe(true);
      expect((failure as Error).message).toBe(`port ${taken} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for any free port`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
