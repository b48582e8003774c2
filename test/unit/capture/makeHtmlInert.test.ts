// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterInertCss, makeHtmlInert } from '@/lib/capture/makeHtmlInert';
import { findLiveContent } from './findLiveContent';

const deps = {
  parse: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  window,
};
const ORIGIN = 'http://127.0.0.1:8123';

describe('makeHtmlInert', () => {
  // The hostile page as raw HTML: what a Firefox snapshot or an imported row could hold.
  const hostile = readFileSync('test/fixtures/hostile/source.html', 'utf8').replaceAll(
    '{{ORIGIN}}',
    ORIGIN,
  );
  const html = makeHtmlInert(hostile, deps);
  const doc = deps.parse(html);

  it('leaves nothing of the hostile page that runs, navigates by itself or fetches', () => {
    expect(findLiveContent(html)).toEqual([]);
    expect(html).not.toContain('__pwned');
    expect(html).not.toContain('PWNED');
    const urls = [...html.matchAll(/http:\/\/127\.0\.0\.1:8123\/[\w/.-]*/g)].map((m) => m[0]);
    expect(urls).toEqual([`${ORIGIN}/beacon/link-click`]);
  });

  it("keeps the text, the markup and the page's own styles", () => {
    expect(doc.querySelector('#visible-text')?.textContent).toBe(
      'This paragraph must be visible in the viewer.',
    );
    expect(doc.querySelector('h1.styled')).not.toBeNull();
    expect(doc.querySelector('style')?.textContent).toContain('.css-beacon');
    expect(doc.querySelector('form input')?.getAttribute('value')).toBe('secret');
    expect(doc.querySelector('title')).toBeNull();
  });

  it('drops noscript content, which would come alive where scripting is off', () => {
    expect(html).not.toContain('noscript');
    expect(html).not.toContain('refresh');
  });

  it("keeps ids, classes, ARIA and harmless attributes the page's CSS may select on", () => {
    const out = deps.parse(
      makeHtmlInert(
        '<div id="title" class="x" aria-expanded="true" role="tab" hidden data-theme="dark" open><a href="#title" name="forms">ok</a></div>',
        deps,
      ),
    );
    const div = out.querySelector('div')!;
    expect([...div.getAttributeNames()].sort()).toEqual([
      'aria-expanded',
      'class',
      'data-theme',
      'hidden',
      'id',
      'open',
      'role',
    ]);
    expect(out.querySelector('a')?.getAttribute('href')).toBe('#title');
    expect(out.querySelector('a')?.hasAttribute('target')).toBe(false);
  });

  it('keeps data: images on every tag that shows them, and nothing else that loads', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const out = makeHtmlInert(
      `<body background="${png}"><video poster="${png}"></video><input type="image" src="${png}">` +
        `<img srcset="${png} 1x, https://x.example/2.png 2x"><svg><image href="${png}"/><use href="data:image/svg+xml,x"/></svg></body>`,
      deps,
    );
    const d = deps.parse(out);
    expect(d.body.getAttribute('background')).toBe(png);
    expect(d.querySelector('video')?.getAttribute('poster')).toBe(png);
    expect(d.querySelector('input')?.getAttribute('src')).toBe(png);
    expect(d.querySelector('img')?.getAttribute('srcset')).toBe(`${png} 1x`);
    expect(d.querySelector('image')?.getAttribute('href')).toBe(png);
    expect(d.querySelector('use')?.hasAttribute('href')).toBe(false);
  });

  it('filters url() in SVG presentation attributes, keeping in-document references', () => {
    const out = makeHtmlInert(
      '<svg><rect fill="url(#grad)" filter="url(https://x.example/f.svg#blur)" cursor="url(//x.example/c.cur), auto"/></svg>',
      deps,
    );
    const rect = deps.parse(out).querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('url("#grad")');
    expect(rect.getAttribute('filter')).toBe('url("about:invalid")');
    expect(rect.getAttribute('cursor')).toBe('url("about:invalid"), auto');
  });

  it('keeps CSS that contains "<" in a string', () => {
    const out = makeHtmlInert(
      '<style>.a::before { content: "<b>" }</style><p class="a">x</p>',
      deps,
    );
    expect(deps.parse(out).querySelector('style')?.textContent).toBe(
      '.a::before { content: "\\3c b>" }',
    );
  });
});

describe('filterInertCss', () => {
  it('keeps data: and #fragment URLs, drops the rest and every @import', () => {
    expect(
      filterInertCss(
        '@import url(data:text/css,x); @import "a.css" screen; a { b: url(data:image/png;base64,AA), url(#grad), url(https://x.example/y) }',
      ),
    ).toBe('  a { b: url("data:image/png;base64,AA"), url("#grad"), url("about:invalid") }');
  });
});
