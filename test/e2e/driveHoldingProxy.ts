/**
 * A pass-through proxy in front of the Drive emulator that can hold back upload chunks, so a test
 * can stop the service worker at a known point: while a chunk of a big upload is in flight.
 * Session URIs in Location headers are rewritten to go through the proxy as well.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldingProxy {
  url: string;
  /** From now on, a chunk that is not the first of its upload (offset > 0) is held, not sent. */
  holdLaterChunks(): void;
  /** Resolves when a chunk is being held. */
  chunkHeld(): Promise<void>;
  /** Drops the held chunks (their sender is gone) and passes everything through again. */
  release(): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

export async function startHoldingProxy(targetUrl: string): Promise<HoldingProxy> {
  let holding = false;
  let held: (() => void)[] = [];
  let onHeld: (() => void) | null = null;
  let proxyUrl = '';
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const range = req.headers['content-range'];
      const laterChunk = typeof range === 'string' && /^bytes [1-9]\d*-/.test(range);
      if (holding && req.method === 'PUT' && laterChunk) {
        onHeld?.();
        await new Promise<void>((resolve) => held.push(resolve));
        res.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) {
        if (!HOP_BY_HOP.has(key) && typeof value === 'string') headers[key] = value;
      }
      const answer = await fetch(`${targetUrl}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
        redirect: 'manual',
      });
      const out: Record<string, string> = {};
      answer.headers.forEach((value, key) => {
        if (HOP_BY_HOP.has(key)) return;
        out[key] = key === 'location' ? value.replace(targetUrl, proxyUrl) : value;
      });
      const payload = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, { ...out, 'Content-Length': String(payload.length) });
      res.end(payload);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: proxyUrl,
    holdLaterChunks: () => void (holding = true),
    chunkHeld: () => new Promise<void>((resolve) => (onHeld = resolve)),
    release: () => {
      holding = false;
      for (const resolve of held) resolve();
      held = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
