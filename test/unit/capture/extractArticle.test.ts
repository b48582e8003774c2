// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ArticleCapture } from '@/lib/capture/captureTypes';
import { extractArticle } from '@/lib/capture/extractArticle';

const pagesDir = join(import.meta.dirname, '../../fixtures/pages');
const pageNames = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const quiet = new VirtualConsole();

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

/** Extracts each fixture once; several tests look at the same result. */
const extracted = new Map<
  string,
  { article: ArticleCapture | null; doc: Document; before: string }
>();
function extract(name: string) {
  let entry = extracted.get(name);
  if (!entry) {
    const url = `http://localhost/${name}/`;
    const doc = parse(readFileSync(join(pagesDir, name, 'source.html'), 'utf8'), url);
    const before = doc.documentElement.outerHTML;
    entry = { article: extractArticle(doc, url), doc, before };
    extracted.set(name, entry);
  }
  return entry;
}

function expected(name: string) {
  return JSON.parse(readFileSync(join(pagesDir, name, 'expected-metadata.json'), 'utf8')) as {
    title: string | null;
    byline: string | null;
    excerpt: string | null;
  };
}

function outputDoc(article: ArticleCapture): Document {
  return new JSDOM(`<body>${article.html}</body>`).window.document;
}

describe('extractArticle on the real-world fixture pages', () => {
  for (const name of pageNames) {
    it(`extracts ${name} with the expected title, byline and excerpt`, () => {
      const { article } = extract(name);
      const want = expected(name);
      expect(article).not.toBeNull();
      if (!article) return;
      if (want.title !== null) expect(article.title).toBe(want.title);
      if (want.byline !== null) expect(article.byline).toBe(want.byline);
      if (want.excerpt !== null) expect(article.excerpt).toBe(want.excerpt);
      expect(article.text.length).toBeGreaterThan(100);
      expect(article.text).not.toMatch(/\s{2}/);
    });

    it(`leaves ${name} safe and self-contained`, () => {
      const { article } = extract(name);
      if (!article) throw new Error('no article');
      const doc = outputDoc(article);
      expect(
        doc.querySelector(
          'script, style, iframe, object, embed, form, input, button, meta, link, base',
        ),
      ).toBeNull();
      for (const element of doc.querySelectorAll('*')) {
        for (const { name: attribute, value } of element.attributes) {
          expect(attribute).not.toMatch(/^on/i);
          expect(attribute).not.toBe('style');
          expect(value).not.toMatch(/^\s*(?:javascript|vbscript):/i);
        }
      }
      for (const link of doc.querySelectorAll('a[href]')) {
        expect(link.getAttribute('href')).toMatch(/^(?:https?:\/\/|mailto:|tel:|#)/);
      }
      for (const img of doc.querySelectorAll('img')) {
        expect(img.getAttribute('src'), img.outerHTML.slice(0, 200)).toMatch(
          /^(?:https?:\/\/|data:image\/)/,
        );
      }
    });

    it(`does not change the ${name} page itself`, () => {
      const { doc, before } = extract(name);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});

describe('extractArticle specifics', () => {
  it('keeps right-to-left direction', () => {
    const { article } = extract('rtl-1');
    expect(article?.dir).toBe('rtl');
    expect(outputDoc(article!).querySelector('[dir="rtl"]')).not.toBeNull();
  });

  it('keeps tabular data as a table', () => {
    const doc = outputDoc(extract('keep-tabular-data').article!);
    expect(doc.querySelector('table td')).not.toBeNull();
  });

  it('gives lazy-loaded images their real source', () => {
    const doc = outputDoc(extract('lazy-image-1').article!);
    const sources = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) expect(src).toMatch(/^https:\/\/miro\.medium\.com\/(?:max|fit)\//);
    // The 60 px blurred previews are not what gets saved.
    expect(sources.some((src) => src.includes('/max/60/'))).toBe(false);
  });

  it('promotes data-srcset when an image has no src', () => {
    const doc = outputDoc(extract('data-url-image').article!);
    const promoted = [...doc.querySelectorAll('img')].find((img) =>
      img.getAttribute('srcset')?.includes('kinja-img'),
    );
    expect(promoted?.getAttribute('src')).toMatch(/^https:\/\/i\.kinja-img\.com\//);
  });

  it('keeps MathML in place of the MathJax drawing', () => {
    const doc = outputDoc(extract('mathjax').article!);
    expect(doc.querySelectorAll('math').length).toBeGreaterThan(5);
    expect(doc.querySelector('math msup, math mfrac')).not.toBeNull();
    expect(doc.querySelector('[class*="mjx"]')).toBeNull();
  });

  it('keeps the MathML of KaTeX and MathJax 2 formulas', () => {
    const prose = 'The quadratic formula solves every equation of the second degree. '.repeat(10);
    const doc = parse(
      `<html><head><title>Maths</title></head><body><article><h1>Maths</h1><p>${prose}</p>
      <p>KaTeX: <span class="katex"><span class="katex-mathml"><math><mi>k</mi><mo>=</mo><mn>1</mn></math></span><span class="katex-html" aria-hidden="true"><span class="mord">k=1</span></span></span></p>
      <p>MathJax 2: <span class="MathJax" data-mathml="&lt;math&gt;&lt;msup&gt;&lt;mi&gt;j&lt;/mi&gt;&lt;mn&gt;2&lt;/mn&gt;&lt;/msup&gt;&lt;/math&gt;"><span class="math">j2</span></span></p>
      <p>${prose}</p></article></body></html>`,
      'https://example.org/maths',
    );
    const out = outputDoc(extractArticle(doc, 'https://example.org/maths')!);
    const formulas = [...out.querySelectorAll('math')].map((math) => math.textContent);
    expect(formulas).toEqual(['k=1', 'j2']);
    expect(out.querySelector('.katex-html, .MathJax')).toBeNull();
  });

  it('replaces embedded players with links to them', () => {
    const doc = outputDoc(extract('embedded-videos').article!);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.youtube.com/embed/LtOGa5M8AuU');
    expect(links.some((href) => href?.startsWith('https://player.vimeo.com/video/32246206'))).toBe(
      true,
    );
  });

  it('makes relative URLs absolute against the page (and its <base>)', () => {
    const paragraph =
      'Rivers carve valleys over thousands of years, moving sediment downstream. '.repeat(12);
    const doc = parse(
      `<html><head><title>Rivers</title><base href="https://cdn.example.org/assets/"></head><body><article>
        <h1>Rivers</h1><p>${paragraph}</p>
        <p>${paragraph} <a href="../more.html">More</a> <a href="#fn1">[1]</a></p>
        <figure><img data-src="big.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt="River">
        <figcaption>A river</figcaption></figure>
        <p><picture><source data-srcset="wide.webp 2x" type="image/webp"><img src="narrow.jpg" srcset="narrow.jpg 1x, wide.jpg 2x" alt="x"></picture></p>
        <p>${paragraph}</p><p id="fn1">Footnote.</p></article></body></html>`,
      'https://example.org/geo/rivers.html',
    );
    const article = extractArticle(doc, 'https://example.org/geo/rivers.html');
    const out = outputDoc(article!);
    expect(out.querySelector('a[href="https://cdn.example.org/more.html"]')).not.toBeNull();
    expect(out.querySelector('a[href="#fn1"]')).not.toBeNull();
    expect(out.querySelector('img[alt="River"]')?.getAttribute('src')).toBe(
      'https://cdn.example.org/assets/big.jpg',
    );
    expect(out.querySelector('img[alt="x"]')?.getAttribute('srcset')).toBe(
      'https://cdn.example.org/assets/narrow.jpg 1x, https://cdn.example.org/assets/wide.jpg 2x',
    );
    expect(out.querySelector('picture source')?.getAttribute('srcset')).toBe(
      'https://cdn.example.org/assets/wide.webp 2x',
    );
  });

  it('returns null when a page has no article', () => {
    const doc = parse(
      '<html><head><title>Login</title></head><body><form><input name="u"></form><p>Sign in</p></body></html>',
      'https://example.org/login',
    );
    expect(extractArticle(doc, 'https://example.org/login')).toBeNull();
  });
});
