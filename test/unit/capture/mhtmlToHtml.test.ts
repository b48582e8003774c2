// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mhtmlToHtml } from '@/lib/capture/mhtmlToHtml';
import { MhtmlFormatError } from '@/lib/capture/parseMhtml';
import { findLiveContent } from './findLiveContent';

const deps = {
  parse: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  window,
};

/** Real Chromium MHTML (test/fixtures/mhtml/captureMhtmlFixtures.ts made them). */
function convert(name: string): { html: string; doc: Document } {
  const bytes = readFileSync(`test/fixtures/mhtml/${name}`);
  const html = mhtmlToHtml(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    deps,
  );
  return { html, doc: deps.parse(html) };
}

describe('mhtmlToHtml on a Chromium snapshot', () => {
  const { html, doc } = convert('mhtml-rich-html.mhtml');

  it('keeps the text, the doctype and the language', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('h1')?.textContent).toBe('Café, naïve — 日本語のテキスト 🎉');
    expect(doc.documentElement.lang).toBe('en');
  });

  it('inlines images and SVG from the archive as data: URLs', () => {
    expect(doc.querySelector('#plain')?.getAttribute('src')).toMatch(
      /^data:image\/png;base64,iVBOR/,
    );
    expect(doc.querySelector('#vector')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
    expect(doc.querySelector('#inline-data')?.getAttribute('src')).toMatch(
      /^data:image\/gif;base64,/,
    );
  });

  it('turns linked, imported and <style> stylesheets into <style>, with their images inlined', () => {
    const css = Array.from(doc.querySelectorAll('style'), (style) => style.textContent).join('\n');
    expect(css).toContain('color: rgb(0, 0, 128)'); // rich.css
    expect(css).toContain('border-top: 4px solid rgb(128, 0, 0)'); // @import-ed by rich.css
    expect(css).toContain('.from-style-element'); // the page's <style>, a cid: part
    expect(css).not.toMatch(/@import|@charset/);
    expect(css.match(/url\("data:image\/png;base64,/g)).toHaveLength(2);
    expect(doc.querySelector('style[media="screen"]')).not.toBeNull();
    // A relative URL in a style attribute resolves against the page.
    expect(doc.querySelector('p[style]')?.getAttribute('style')).toContain(
      'url("data:image/png;base64,',
    );
  });

  it('makes in-page links #fragments again and outbound links open nowhere but a new window', () => {
    expect(doc.querySelector('a[href="#top"]')).not.toBeNull();
    const outbound = doc.querySelector('#outbound');
    expect(outbound?.getAttribute('href')).toBe('https://example.org/elsewhere');
    expect(outbound?.getAttribute('target')).toBe('_blank');
    expect(outbound?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps open shadow roots as declarative shadow DOM', () => {
    const template = doc.querySelector('#shadow-host > template');
    expect(template?.getAttribute('shadowrootmode')).toBe('open');
    expect(template?.hasAttribute('shadowmode')).toBe(false);
  });

  it('replaces the frame with a placeholder of its size', () => {
    const placeholder = doc.querySelector('[data-plp-placeholder="iframe"]');
    expect(placeholder?.textContent).toContain('same-origin frame');
    expect(placeholder?.getAttribute('style')).toContain('width:200px;height:60px');
  });

  it('leaves nothing that runs or fetches', () => {
    expect(findLiveContent(html)).toEqual([]);
  });
});

describe('mhtmlToHtml on a hostile page captured by Chromium', () => {
  const { html, doc } = convert('hostile-source-html.mhtml');

  it("keeps the visible text and the page's legitimate stylesheet and image", () => {
    expect(doc.querySelector('#visible-text')?.textContent).toBe(
      'This paragraph must be visible in the viewer.',
    );
    expect(html).toContain('color: rgb(0, 128, 0)');
    expect(doc.querySelector('#legit-image')?.getAttribute('src')).toMatch(/^data:image\/png/);
  });

  it('drops every beacon, refresh, base, form target, frame and plugin', () => {
    expect(findLiveContent(html)).toEqual([]);
    const remaining = [...html.matchAll(/http:\/\/127\.0\.0\.1:\d+\/[\w/.-]*/g)].map((m) => m[0]);
    // Only the link the student may choose to follow is left, and it opens nowhere (sandbox).
    expect(remaining.map((url) => new URL(url).pathname)).toEqual(['/beacon/link-click']);
    expect(doc.querySelectorAll('[data-plp-placeholder]')).toHaveLength(4);
  });
});

describe('mhtmlToHtml on a hand-made hostile archive (as an imported bundle could hold)', () => {
  const part = (headers: string[], body: string) => [...headers, '', body].join('\r\n');
  const page = `<!DOCTYPE html><html><head>
    <base href="https://evil.example/">
    <meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
    <link rel="stylesheet" href="cid:sheet@x">
    <style>@import "https://evil.example/import.css"; .a { background: \\75 rl(https://evil.example/escaped) } .b { background: url(ht\\74p://evil.example/escaped-scheme) }</style>
    <script>parent.__pwned = true</script>
    <noscript><meta http-equiv="refresh" content="0;url=https://evil.example/noscript"></noscript>
  </head><body onload="parent.__pwned = true">
    <p id="text">Visible text</p>
    <img src="cid:pixel@x" onerror="parent.__pwned = true" srcset="https://evil.example/1x.png 1x, cid:pixel@x 2x">
    <a id="js" href=" javascript:parent.__pwned = true">js</a>
    <a id="data" href="data:text/html,<script>parent.__pwned=true</script>">data</a>
    <svg><script>parent.__pwned = true</script><a xlink:href="javascript:alert(1)"><text>x</text></a>
      <animate attributeName="href" to="javascript:alert(1)"/><image href="https://evil.example/svg.png"/>
      <use href="#local"/></svg>
    <math href="javascript:alert(1)"><mi>x</mi></math>
    <form action="https://evil.example/form"><button formaction="https://evil.example/f">Send</button></form>
    <iframe srcdoc="<script>parent.__pwned = true</script>"></iframe>
    <my-widget onclick="parent.__pwned = true" data-state="open" theme="dark">Custom element text</my-widget>
    <div id="host"><template shadowrootmode="open"><script>parent.__pwned = true</script><p onclick="x()">Shadow text</p></template></div>
    <video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"></video>
  </body></html>`;
  const archive = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="b"',
    '',
    '--b',
    part(['Content-Type: text/html', 'Content-Location: https://site.example/page'], page),
    '--b',
    part(
      ['Content-Type: text/css', 'Content-Location: cid:sheet@x'],
      '@import url("data:text/css,body{background:url(https://evil.example/data-import)}"); .c { color: red; background: url(https://evil.example/linked) }',
    ),
    '--b',
    part(
      ['Content-Type: image/png', 'Content-ID: <pixel@x>', 'Content-Transfer-Encoding: base64'],
      'iVBORw0KGgo=',
    ),
    '--b--',
  ].join('\r\n');
  const html = mhtmlToHtml(archive, deps);
  const doc = deps.parse(html);

  it('removes scripts, handlers, javascript: and data: links, frames, refreshes and form targets', () => {
    expect(findLiveContent(html)).toEqual([]);
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('__pwned');
  });

  it('keeps the text, the images from the archive, custom elements and SVG references', () => {
    expect(doc.querySelector('#text')?.textContent).toBe('Visible text');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(doc.querySelector('img')?.getAttribute('srcset')).toBe(
      'data:image/png;base64,iVBORw0KGgo= 2x',
    );
    const widget = doc.querySelector('my-widget');
    expect(widget?.textContent).toBe('Custom element text');
    expect(widget?.getAttribute('theme')).toBe('dark');
    expect(widget?.getAttribute('data-state')).toBe('open');
    expect(doc.querySelector('use')?.getAttribute('href')).toBe('#local');
    expect(html).toContain('.c { color: red;');
  });

  it('keeps shadow root content but not its script or handlers', () => {
    const template = doc.querySelector('#host template') as HTMLTemplateElement;
    expect(template.content.textContent).toContain('Shadow text');
    expect(template.content.querySelector('script')).toBeNull();
  });

  it('throws a MhtmlFormatError for archives without a page', () => {
    expect(() => mhtmlToHtml('not an archive at all', deps)).toThrow(MhtmlFormatError);
    const noHtml = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary=b',
      '',
      '--b',
      'Content-Type: image/png',
      '',
      'x',
      '--b--',
    ].join('\r\n');
    expect(() => mhtmlToHtml(noHtml, deps)).toThrow(MhtmlFormatError);
  });
});
