import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Everything under test/fixtures is served: pages/<name>/source.html, hostile/source.html, … */
export const FIXTURES_DIR = path.resolve('test/fixtures');

/**
 * Text fixtures may write `{{ORIGIN}}` (for example `{{ORIGIN}}/beacon/img`):
 * the server replaces it with its own origin, so absolute URLs in a fixture
 * point back at this server whatever port it got.
 */
export const ORIGIN_PLACEHOLDER = '{{ORIGIN}}';

/** Requests under this path are beacons: answered 204 and only counted. */
export const BEACON_PREFIX = '/beacon/';

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The absolute URL of a path on this server (`/pages/bbc-1/source.html`). */
  url(pathname: string): string;
  /** Every path (with its query) requested so far, in order. Tests count beacons with it. */
  requests: string[];
  /** Serves `body` at `pathname` (a page made by the test), ahead of any file. */
  route(pathname: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

interface Route {
  body: string;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt']);

/**
 * A static server on 127.0.0.1 (a free port) for the fixture pages. Nothing is
 * cached (`no-store`), so a second load of a resource is a second request the
 * test can see.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const routes = new Map<string, Route>();
  let origin = '';
  const server = createServer((request, response) => {
    const target = request.url ?? '/';
    requests.push(target);
    void respond(request, response, origin, routes).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    requests,
    route: (pathname, body, contentType = 'text/html; charset=utf-8') => {
      routes.set(pathname, { body, contentType });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
  routes: ReadonlyMap<string, Route>,
) {
  const { pathname } = new URL(request.url ?? '/', origin);
  const noStore = { 'cache-control': 'no-store' };
  const route = routes.get(pathname);
  if (route) {
    response.writeHead(200, { ...noStore, 'content-type': route.contentType });
    response.end(request.method === 'HEAD' ? undefined : route.body);
    return;
  }
  if (pathname.startsWith(BEACON_PREFIX)) {
    response.writeHead(204, noStore).end();
    return;
  }
  const file = path.join(FIXTURES_DIR, decodeURIComponent(pathname));
  // Never serve anything outside the fixtures folder (`/../package.json`).
  const inside = file.startsWith(FIXTURES_DIR + path.sep);
  const info = inside ? await stat(file).catch(() => null) : null;
  if (!info?.isFile()) {
    response.writeHead(404, { ...noStore, 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const extension = path.extname(file).toLowerCase();
  let body = await readFile(file);
  if (TEXT_EXTENSIONS.has(extension)) {
    // Latin-1 maps bytes to characters one to one, so pages in any
    // ASCII-compatible encoding keep their exact bytes around the placeholder.
    body = Buffer.from(body.toString('latin1').replaceAll(ORIGIN_PLACEHOLDER, origin), 'latin1');
  }
  let contentType = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  // A page's own <meta charset> decides its encoding; UTF-8 otherwise.
  if (extension === '.html') contentType += `; charset=${declaredCharset(body) ?? 'utf-8'}`;
  response.writeHead(200, { ...noStore, 'content-type': contentType });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function declaredCharset(html: Buffer): string | null {
  const head = html.subarray(0, 1024).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
