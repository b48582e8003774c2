import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildSingleFileHtml } from '@/lib/capture/page/buildSingleFileHtml';

const PAGE = `<!DOCTYPE html><html lang="en"><head>
<meta charset="windows-1252"><meta http-equiv="refresh" content="5">
<base href="https://site.example/assets/">
<link rel="stylesheet" href="main.css" media="screen">
<link rel="stylesheet" href="https://cdn.example/blocked.css">
<link rel="icon" href="favicon.ico"><link rel="preload" href="font.woff2" as="font">
<style>.inline { background: url(bg.png) }</style>
<script>window.evil = true</script>
</head><body onload="evil()">
<h1 style="background-image: url('bg.png')">Title</h1>
<img id="small" src="small.png" srcset="small.png 1x, big.png 2x" alt="">
<img id="huge" src="huge.png" alt="">
<img id="cross" src="https://other.example/x.png" alt="">
<picture><source srcset="wide.png" media="(min-width: 800px)"><img id="pic" src="narrow.png" alt=""></picture>
<a id="rel" href="../other.html">rel</a> <a id="frag" href="#x">frag</a> <a id="js" href="javascript:evil()">js</a>
<input id="name" value="default"><input id="pw" type="password" value=""><input id="cb" type="checkbox">
<textarea id="ta">default</textarea>
<select id="sel"><option>one</option><option>two</option></select>
<canvas id="cv" width="4" height="4" class="drawing"></canvas>
<div id="host"></div>
<table background="bg.png"><tr><td>t</td></tr></table>
<video poster="poster.png"></video>
<noscript><img src="tracker.png"></noscript>
</body></html>`;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const BASE64_PNG = 'iVBORwECAwQ=';

/** The site's resources; anything else fails like a cross-origin fetch without CORS. */
const RESOURCES: Record<string, { body: string | Uint8Array; type: string }> = {
  'https://site.example/assets/main.css': {
    body: '@import "imported.css" print; .main { background: url(../img/m.png) }',
    type: 'text/css',
  },
  'https://site.example/assets/imported.css': {
    body: '.imported { color: red }',
    type: 'text/css',
  },
  'https://site.example/assets/bg.png': { body: PNG, type: 'image/png' },
  'https://site.example/assets/small.png': { body: PNG, type: 'image/png' },
  'https://site.example/assets/narrow.png': { body: PNG, type: 'image/png' },
  'https://site.example/assets/poster.png': { body: PNG, type: 'image/png' },
  'https://site.example/img/m.png': { body: PNG, type: 'image/png' },
  'https://site.example/assets/huge.png': { body: new Uint8Array(5000), type: 'image/png' },
};

function fakeFetch() {
  const requested: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    requested.push(url);
    const resource = RESOURCES[url];
    if (!resource) throw new TypeError('Failed to fetch');
    return new Response(resource.body as BodyInit, { headers: { 'content-type': resource.type } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requested };
}

function livePage(): Document {
  const { document } = new JSDOM(PAGE, { url: 'https://site.example/articles/page.html' }).window;
  // What the student did on the page before clipping.
  (document.getElementById('name') as HTMLInputElement).value = 'typed by the student';
  (document.getElementById('pw') as HTMLInputElement).value = 'hunter2';
  (document.getElementById('cb') as HTMLInputElement).checked = true;
  (document.getElementById('ta') as HTMLTextAreaElement).value = 'my notes';
  (document.getElementById('sel') as HTMLSelectElement).selectedIndex = 1;
  // jsdom has no canvas backend: the pixels a real canvas would give.
  (document.getElementById('cv') as HTMLCanvasElement).toDataURL = () =>
    `data:image/png;base64,${BASE64_PNG}`;
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.append(Object.assign(document.createElement('p'), { textContent: 'In the shadow' }));
  return document;
}

const parse = (html: string) => new JSDOM(html).window.document;

describe('buildSingleFileHtml', async () => {
  const { fetch, requested } = fakeFetch();
  const html = await buildSingleFileHtml(livePage(), { fetch, maxBytesPerResource: 1000 });
  const doc = parse(html);

  it('is one UTF-8 document with the doctype, and no scripts, handlers, refresh or <base>', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(doc.head.firstElementChild?.outerHTML).toBe('<meta charset="utf-8">');
    expect(doc.querySelectorAll('meta')).toHaveLength(1);
    expect(doc.querySelector('script, base, noscript')).toBeNull();
    expect(doc.body.hasAttribute('onload')).toBe(false);
  });

  it('inlines stylesheets (imports flattened with their conditions) and their images', () => {
    const linked = doc.querySelector('style[media="screen"]')?.textContent ?? '';
    expect(linked.replace(/\s+/g, ' ')).toBe(
      `@media print { .imported { color: red } } .main { background: url("data:image/png;base64,${BASE64_PNG}") }`,
    );
    expect(doc.querySelectorAll('link')).toHaveLength(0); // icons, preloads and the unreachable sheet
    const inline = Array.from(doc.querySelectorAll('style')).find((s) =>
      s.textContent?.includes('.inline'),
    );
    expect(inline?.textContent).toContain(`url("data:image/png;base64,${BASE64_PNG}")`);
    expect(doc.querySelector('h1')?.getAttribute('style')).toContain(
      `data:image/png;base64,${BASE64_PNG}`,
    );
  });

  it('inlines images as data: URLs, keeping absolute URLs for those it may not or cannot fetch', () => {
    expect(doc.getElementById('small')?.getAttribute('src')).toBe(
      `data:image/png;base64,${BASE64_PNG}`,
    );
    expect(doc.getElementById('small')?.hasAttribute('srcset')).toBe(false);
    expect(doc.getElementById('huge')?.getAttribute('src')).toBe(
      'https://site.example/assets/huge.png',
    );
    expect(doc.getElementById('cross')?.getAttribute('src')).toBe('https://other.example/x.png');
    expect(doc.getElementById('pic')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(doc.querySelector('picture source')).toBeNull();
    expect(doc.querySelector('table')?.getAttribute('background')).toMatch(/^data:image\/png/);
    expect(doc.querySelector('video')?.getAttribute('poster')).toMatch(/^data:image\/png/);
  });

  it('fetches each resource once, and nothing the copy does not show', () => {
    expect(new Set(requested).size).toBe(requested.length);
    expect(requested).not.toContain('https://site.example/assets/tracker.png');
    expect(requested).not.toContain('https://site.example/assets/favicon.ico');
    expect(requested).not.toContain('https://site.example/assets/font.woff2');
    expect(requested).not.toContain('https://site.example/assets/big.png');
  });

  it('makes links absolute, keeps #fragments and drops javascript: links', () => {
    expect(doc.getElementById('rel')?.getAttribute('href')).toBe('https://site.example/other.html');
    expect(doc.getElementById('frag')?.getAttribute('href')).toBe('#x');
    expect(doc.getElementById('js')?.hasAttribute('href')).toBe(false);
  });

  it('keeps what the student typed and chose, but never a password', () => {
    expect(doc.getElementById('name')?.getAttribute('value')).toBe('typed by the student');
    expect(doc.getElementById('pw')?.hasAttribute('value')).toBe(false);
    expect(html).not.toContain('hunter2');
    expect(doc.getElementById('cb')?.hasAttribute('checked')).toBe(true);
    expect(doc.getElementById('ta')?.textContent).toBe('my notes');
    expect(
      Array.from(doc.querySelectorAll('#sel option'), (o) => o.hasAttribute('selected')),
    ).toEqual([false, true]);
  });

  it('keeps a canvas as an image and an open shadow root as declarative shadow DOM', () => {
    const canvas = doc.getElementById('cv');
    expect(canvas?.localName).toBe('img');
    expect(canvas?.getAttribute('src')).toBe(`data:image/png;base64,${BASE64_PNG}`);
    expect(canvas?.getAttribute('class')).toBe('drawing');
    const template = doc.querySelector('#host > template') as HTMLTemplateElement;
    expect(template.getAttribute('shadowrootmode')).toBe('open');
    expect(template.content.textContent).toBe('In the shadow');
  });

  it('leaves the live page untouched', () => {
    const page = livePage();
    const before = page.documentElement.outerHTML;
    return buildSingleFileHtml(page, { fetch }).then(() =>
      expect(page.documentElement.outerHTML).toBe(before),
    );
  });
});

describe('buildSingleFileHtml size caps', () => {
  it('stops inlining once the total cap is reached', async () => {
    const page = new JSDOM(
      '<img id="a" src="a.png"><img id="b" src="b.png"><img id="c" src="a.png">',
      { url: 'https://site.example/' },
    ).window.document;
    const fetch = (async () =>
      new Response(new Uint8Array(600), {
        headers: { 'content-type': 'image/png' },
      })) as typeof globalThis.fetch;
    const doc = parse(await buildSingleFileHtml(page, { fetch, maxTotalBytes: 1000 }));
    const sources = ['a', 'b', 'c'].map((id) => doc.getElementById(id)?.getAttribute('src'));
    expect(sources[0]).toMatch(/^data:image\/png/);
    expect(sources[1]).toBe('https://site.example/b.png');
    expect(sources[2]).toBe(sources[0]); // the same resource again costs nothing
  });
});
