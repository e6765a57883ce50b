/**
 * Serving the explorer from memory on this machine only (127.0.0.1), for
 * `omsim explore` without --out.
 *
 * Only requests addressed to this machine by name are answered: a page from
 * elsewhere whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends
 * its own name in Host, and gets 403. Paths are looked up in the site's
 * files, never on the disk, so no path reaches outside them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteFiles, type Site } from './site.ts';

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/** Why the server could not start, when it is the user's to fix (the port asked for). */
export class ServeError extends Error {
  /** The command line reports it in plain words with exit code 2 (see src/cli/errors.ts). */
  readonly isUserError = true;

  constructor(message: string) {
    super(message);
    this.name = 'ServeError';
  }
}

/** The Host values of a request from this machine to `port` (lower case). */
function localHosts(port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  const hosts = names.map((name) => `${name}:${port}`);
  // A browser leaves out the default port.
  if (port === 80) hosts.push(...names);
  return new Set(hosts);
}

/** The site file a request names, or undefined if its target is not a URL or its path not well-formed percent-encoding. */
function requestedFile(target: string): string | undefined {
  try {
    return decodeURIComponent(new URL(target, 'http://127.0.0.1').pathname).replace(/^\/+/, '') || siteFiles.page;
  } catch {
    // new URL throws a TypeError for a target that is not a URL ("http://["), decodeURIComponent a URIError for "%" or a cut-off escape.
    return undefined;
  }
}

function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

function answer(site: Site, hosts: Set<string>, request: IncomingMessage, response: ServerResponse): void {
  if (!hosts.has((request.headers.host ?? '').toLowerCase())) {
    plain(response, 403, `forbidden: this server answers only requests addressed to ${[...hosts].join(', ')}`);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    plain(response, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const path = requestedFile(request.url ?? '/');
  if (path === undefined) {
    plain(response, 400, 'bad request: the path is not a well-formed URL path');
    return;
  }
  const content = site.files.get(path);
  if (content === undefined) {
    plain(response, 404, 'not found');
    return;
  }
  const type = contentTypes[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(request.method === 'HEAD' ? undefined : content);
}

/** A failure to listen on `port`, in words when it is the user's to fix. */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  const instead = 'choose another with --port, or --port 0 for any free port';
  if (error.code === 'EADDRINUSE') return new ServeError(`port ${port} on 127.0.0.1 is already in use; ${instead}`);
  if (error.code === 'EACCES') return new ServeError(`port ${port} on 127.0.0.1 needs privileges this user does not have (ports below 1024 usually do); ${instead}`);
  return error;
}

/** Starts serving `site` on 127.0.0.1 at `port` (0: any free port); resolves with its address once listening. */
export function serveSite(site: Site, port = 0): Promise<{ server: Server; url: string }> {
  // Set once listening, when the port is known (port 0 picks one).
  let hosts = new Set<string>();
  const server = createServer((request, response) => answer(site, hosts, request, response));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port)));
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      hosts = localHosts(bound);
      resolve({ server, url: `http://127.0.0.1:${bound}/` });
    });
  });
}
