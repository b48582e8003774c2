// @vitest-environment jsdom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inlineArticleImages, type InlineImagesDeps } from '@/lib/capture/inlineImages';

// A real 1x1 PNG and GIF, served by a real HTTP server on loopback, fetched with Node's real fetch.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');

let server: Server;
let origin = '';
const requests: string[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    // Only tracked requests count: a timed-out one from another test may still be pending here.
    const tracked = url.searchParams.has('track');
    if (tracked) maxInFlight = Math.max(maxInFlight, ++inFlight);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      if (tracked) inFlight--;
      if (url.pathname.endsWith('.png')) {
        response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      } else if (url.pathname === '/octet.gif') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(GIF);
      } else if (url.pathname === '/big.jpg') {
        response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(50_000, 0xff));
      } else if (url.pathname === '/chunked-big.jpg') {
        // No content-length: the size cap must hold while reading.
        response.writeHead(200, { 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' });
        response.write(Buffer.alloc(30_000, 0xff));
        response.end(Buffer.alloc(30_000, 0xff));
      } else if (url.pathname === '/page.html') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<script>alert(1)</script>');
      } else {
        response.writeHead(404).end();
      }
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
  maxInFlight = 0;
});

const deps = (overrides: Partial<InlineImagesDeps> = {}): InlineImagesDeps => ({
  fetch: globalThis.fetch,
  parse: (html) => new JSDOM(html).window.document,
  ...overrides,
});

function images(html: string) {
  return [...new JSDOM(`<body>${html}</body>`).window.document.querySelectorAll('img')].map(
    (img) => ({
      src: img.getAttribute('src') ?? '',
      remote: img.getAttribute('data-plp-remote'),
      srcset: img.getAttribute('srcset'),
    }),
  );
}

describe('inlineArticleImages', () => {
  it('inlines images as data: URLs and drops srcset and picture sources', async () => {
    const html = await inlineArticleImages(
      `<figure><picture><source srcset="${origin}/wide.png 2x"><img src="${origin}/a.png" srcset="${origin}/a.png 1x, ${origin}/b.png 2x" sizes="50vw" alt="A"></picture></figure>`,
      deps(),
    );
    expect(html).not.toContain('<source');
    expect(html).not.toContain('sizes=');
    expect(images(html)).toEqual([
      { src: `data:image/png;base64,${PNG.toString('base64')}`, remote: null, srcset: null },
    ]);
    expect(html).toContain('alt="A"');
  });

  it('sniffs the type when the server sends a generic one, and refuses non-images', async () => {
    const result = images(
      await inlineArticleImages(
        `<img src="${origin}/octet.gif"><img src="${origin}/page.html">`,
        deps(),
      ),
    );
    expect(result[0]?.src).toBe(`data:image/gif;base64,${GIF.toString('base64')}`);
    expect(result[1]).toEqual({ src: `${origin}/page.html`, remote: 'not-image', srcset: null });
  });

  it('keeps failed, oversized and slow images remote, marked for the viewer', async () => {
    const html = await inlineArticleImages(
      `<img src="${origin}/missing.png.404"><img src="${origin}/big.jpg"><img src="${origin}/chunked-big.jpg"><img src="${origin}/slow.png?delay=2000">`,
      deps({ maxBytesPerImage: 40_000, timeoutMs: 200 }),
    );
    expect(images(html)).toEqual([
      { src: `${origin}/missing.png.404`, remote: 'failed', srcset: null },
      { src: `${origin}/big.jpg`, remote: 'too-large', srcset: null },
      { src: `${origin}/chunked-big.jpg`, remote: 'too-large', srcset: null },
      { src: `${origin}/slow.png?delay=2000`, remote: 'failed', srcset: null },
    ]);
  });

  it('leaves data: images alone and marks URLs it cannot fetch', async () => {
    const inline = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
    const result = images(
      await inlineArticleImages(`<img src="${inline}"><img src="blob:${origin}/x">`, deps()),
    );
    expect(result).toEqual([
      { src: inline, remote: null, srcset: null },
      { src: `blob:${origin}/x`, remote: 'unsupported-url', srcset: null },
    ]);
    expect(requests).toEqual([]);
  });

  it('fetches each URL once and at most four at a time', async () => {
    const tags = Array.from(
      { length: 10 },
      (_, i) => `<img src="${origin}/i${i}.png?delay=40&track">`,
    ).join('');
    const result = images(await inlineArticleImages(tags + tags, deps()));
    expect(requests).toHaveLength(10);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(result.every((image) => image.src.startsWith('data:image/png'))).toBe(true);
  });

  it('spends the total budget in document order, whatever finishes first', async () => {
    const size = PNG.length;
    // The first image arrives last; it must still be the one that fits.
    const html = `<img src="${origin}/first.png?delay=150"><img src="${origin}/second.png"><img src="${origin}/first.png?delay=150">`;
    const result = images(await inlineArticleImages(html, deps({ maxTotalBytes: size + 1 })));
    expect(result.map((image) => image.remote)).toEqual([null, 'over-budget', null]);
    expect(result[0]?.src.startsWith('data:image/png')).toBe(true);
    expect(result[2]?.src).toBe(result[0]?.src);
  });
});
