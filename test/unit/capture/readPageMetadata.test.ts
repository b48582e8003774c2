// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata, toIsoDate } from '@/lib/capture/readPageMetadata';

const pagesDir = join(import.meta.dirname, '../../fixtures/pages');
const pageNames = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The saved pages carry CSS jsdom can't parse; that noise says nothing about us.
const quiet = new VirtualConsole();

function parse(html: string, url = 'http://localhost/page/'): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

interface Expected {
  title: string | null;
  byline: string | null;
  dir: 'ltr' | 'rtl' | null;
  lang?: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/*
 * Every fixture's expected title, byline, site name, language, direction and
 * published time are asserted here, against the page metadata reader. The
 * excerpt is what an article extractor finds (often the first paragraph, not
 * a declared description), so extractArticle.test.ts asserts it.
 */
describe('readPageMetadata on the real-world fixture pages', () => {
  it('has fixtures to read', () => {
    expect(pageNames.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of pageNames) {
    it(`reads ${name} as expected`, () => {
      const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(pagesDir, name, 'expected-metadata.json'), 'utf8'),
      ) as Expected;
      const pageUrl = `http://localhost/${name}/`;
      const metadata = readPageMetadata(parse(html, pageUrl), pageUrl);

      expect(metadata.url).toBe(pageUrl);
      if (expected.title !== null) expect(metadata.title).toBe(expected.title);
      for (const field of ['byline', 'siteName', 'lang', 'dir', 'publishedTime'] as const) {
        const value = expected[field];
        if (value !== null && value !== undefined) expect(metadata[field], field).toBe(value);
      }
      // Whatever else the page declares, URLs come out absolute.
      for (const url of [metadata.canonicalUrl, metadata.faviconUrl, metadata.ogImageUrl]) {
        if (url !== null) expect(url).toMatch(/^(?:https?:\/\/|data:image\/)/);
      }
      expect(metadata.faviconUrl).not.toBeNull();
    });
  }
});

describe('readPageMetadata URL resolution', () => {
  it('resolves canonical, og:image and favicons against <base href>', () => {
    const doc = parse(
      `<html><head>
        <base href="https://cdn.example.org/blog/">
        <link rel="Canonical" href="../posts/rivers">
        <meta property="og:image" content="img/cover.jpg">
        <link rel="icon" sizes="16x16" href="/i/16.png">
        <link rel="icon" sizes="32x32" href="/i/32.png">
        <link rel="icon" sizes="192x192" href="/i/192.png">
        <link rel="apple-touch-icon" href="/i/apple.png">
      </head><body></body></html>`,
      'https://example.org/posts/rivers?ref=feed#top',
    );
    const metadata = readPageMetadata(doc, 'https://example.org/posts/rivers?ref=feed#top');
    expect(metadata.canonicalUrl).toBe('https://cdn.example.org/posts/rivers');
    expect(metadata.ogImageUrl).toBe('https://cdn.example.org/blog/img/cover.jpg');
    expect(metadata.faviconUrl).toBe('https://cdn.example.org/i/32.png');
  });

  it('prefers the smallest icon of at least 32 px, then the largest smaller one', () => {
    const icons = (sizes: string[]) =>
      readPageMetadata(
        parse(
          `<head>${sizes.map((s) => `<link rel="icon" sizes="${s}" href="/${s}.png">`).join('')}</head>`,
        ),
        'http://localhost/page/',
      ).faviconUrl;
    expect(icons(['16x16', '192x192', '48x48'])).toBe('http://localhost/48x48.png');
    expect(icons(['16x16', '24x24'])).toBe('http://localhost/24x24.png');
  });

  it('falls back to the apple touch icon, then /favicon.ico', () => {
    const apple = parse(
      '<head><link rel="apple-touch-icon" sizes="180x180" href="touch.png"></head>',
    );
    expect(readPageMetadata(apple, 'https://example.org/a/b').faviconUrl).toBe(
      'https://example.org/a/touch.png',
    );
    const none = parse('<head><link rel="mask-icon" href="mask.svg"></head>');
    expect(readPageMetadata(none, 'https://example.org/a/b').faviconUrl).toBe(
      'https://example.org/favicon.ico',
    );
  });

  it('ignores canonical links that are not web URLs', () => {
    const doc = parse('<head><link rel="canonical" href="javascript:alert(1)"></head>');
    expect(readPageMetadata(doc, 'https://example.org/').canonicalUrl).toBeNull();
  });
});

describe('readPageMetadata JSON-LD', () => {
  const page = (...scripts: string[]) =>
    parse(
      `<html><head><title>Tab title | Site</title>
      ${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('\n')}
      </head><body></body></html>`,
    );

  it('survives broken JSON and keeps looking in later scripts', () => {
    const doc = page(
      '{"@type": "NewsArticle", "headline": ',
      '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Rivers"}',
    );
    expect(readPageMetadata(doc, 'http://localhost/').title).toBe('Rivers');
  });

  it('repairs raw newlines in strings and trailing commas', () => {
    const doc = page(
      '{"@type": "Article", "headline": "Line one\nline two", "author": {"name": "Ana Ruiz"},}',
    );
    const metadata = readPageMetadata(doc, 'http://localhost/');
    expect(metadata.title).toBe('Line one line two');
    expect(metadata.byline).toBe('Ana Ruiz');
  });

  it('finds the article in arrays, @graph and mainEntity, and skips other types', () => {
    const graph = page(
      JSON.stringify([
        { '@type': 'Organization', name: 'Not the article' },
        {
          '@context': { '@vocab': 'http://schema.org/' },
          '@graph': [
            { '@type': 'WebSite', name: 'Site' },
            {
              '@type': 'WebPage',
              mainEntity: {
                '@type': ['CreativeWork', 'schema:ReportageNewsArticle'],
                headline: 'Deep',
                author: [
                  { '@type': 'Person', name: 'A. One' },
                  'B. Two',
                  'https://example.org/profile',
                ],
                publisher: [{ name: 'The Paper' }],
                datePublished: 'Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)',
              },
            },
          ],
        },
      ]),
    );
    const metadata = readPageMetadata(graph, 'http://localhost/');
    expect(metadata.title).toBe('Deep');
    expect(metadata.byline).toBe('A. One, B. Two');
    expect(metadata.siteName).toBe('The Paper');
    expect(metadata.publishedTime).toBe('2024-12-07T01:36:42.000Z');
  });

  it('falls back to meta tags and the title when JSON-LD is unusable', () => {
    const doc = page('<!-- not json -->', '{"@type":"VideoObject","name":"A clip"}');
    const metadata = readPageMetadata(doc, 'http://localhost/');
    expect(metadata.title).toBe('Tab title | Site');
    expect(metadata.byline).toBeNull();
  });
});

describe('readPageMetadata details', () => {
  it('reads a byline from an author link, and decodes double-escaped meta content', () => {
    const doc = parse(
      `<head><meta property="og:title" content="Fish &amp;amp; Chips">
       <meta property="article:author" content="https://example.org/u/ana"></head>
       <body><p class="byline">By <a rel="author" href="/u/ana">Ana Ruiz</a></p></body>`,
    );
    const metadata = readPageMetadata(doc, 'http://localhost/');
    expect(metadata.title).toBe('Fish & Chips');
    expect(metadata.byline).toBe('Ana Ruiz');
  });

  it('reads language, and direction from the language only when no dir is given', () => {
    const lang = (html: string) => {
      const metadata = readPageMetadata(parse(html), 'http://localhost/');
      return [metadata.lang, metadata.dir];
    };
    expect(lang('<html lang="ar-EG"><body></body></html>')).toEqual(['ar-EG', 'rtl']);
    expect(lang('<html lang="he" dir="ltr"><body></body></html>')).toEqual(['he', 'ltr']);
    expect(lang('<html lang="pa-Arab"><body></body></html>')).toEqual(['pa-Arab', 'rtl']);
    expect(lang('<html lang="az-Latn"><body></body></html>')).toEqual(['az-Latn', null]);
    expect(lang('<html lang="en"><body></body></html>')).toEqual(['en', null]);
    expect(
      lang('<html><head><meta http-equiv="Content-Language" content="fa, en"></head></html>'),
    ).toEqual(['fa', 'rtl']);
  });

  it('takes a published time from <time> in the article as a last resort', () => {
    const doc = parse(
      '<body><article><time datetime="2024-03-01T10:00:00+02:00">1 March</time></article></body>',
    );
    expect(readPageMetadata(doc, 'http://localhost/').publishedTime).toBe(
      '2024-03-01T10:00:00+02:00',
    );
  });

  it('normalises dates to ISO 8601, keeping dates that already are', () => {
    expect(toIsoDate('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T05:36:09+01:00');
    expect(toIsoDate(' 2024-04-20 ')).toBe('2024-04-20');
    expect(toIsoDate('2019-01-03T02:00:02-0500')).toBe('2019-01-03T07:00:02.000Z');
    expect(toIsoDate('yesterday-ish')).toBeNull();
  });
});
