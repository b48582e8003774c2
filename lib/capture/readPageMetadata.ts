import type { PageMetadata } from './captureTypes';
import { documentBaseUrl, resolveUrl } from './absolutizeUrls';
import { readJsonLdArticle, type JsonLdArticle } from './readJsonLdArticle';

/**
 * What a clip records about the page it came from, read from the page's
 * own declarations only (no layout, no network).
 *
 * Precedence, most specific first: the article's schema.org JSON-LD, Dublin
 * Core, Open Graph, plain `<meta name>`, Twitter cards, Parse.ly, then the
 * document itself. An article's own statement ("Voodoo Engineering", its
 * headline) beats the hosting platform's (og:site_name "Medium", a `<title>`
 * with " | Site" appended). `<meta property>` (RDFa, where Open Graph and
 * Dublin Core are defined) beats a `<meta name>` spelling of the same key.
 * The same order Mozilla's Readability uses, so an article clip and its page
 * metadata agree.
 */
export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const meta = readMetaTags(doc);
  const article = readJsonLdArticle(doc);
  const base = documentBaseUrl(doc, pageUrl);
  const lang = readLang(doc, meta);
  return {
    url: pageUrl,
    canonicalUrl: readCanonicalUrl(doc, base),
    title: readTitle(doc, meta, article),
    siteName: clean(article?.publisherName) ?? meta.first('og:site_name', 'application-name'),
    byline: readByline(doc, meta, article),
    publishedTime: readPublishedTime(doc, meta, article),
    description:
      clean(article?.description) ??
      meta.first(
        'dc:description',
        'dcterms:description',
        'og:description',
        'description',
        'twitter:description',
      ),
    lang,
    dir: readDir(doc, lang),
    faviconUrl: readFaviconUrl(doc, base),
    ogImageUrl: httpOrImageUrl(
      meta.first(
        'og:image',
        'og:image:url',
        'og:image:secure_url',
        'twitter:image',
        'twitter:image:src',
      ),
      base,
    ),
  };
}

interface MetaTags {
  /** The cleaned content of the first key present, `property` spellings before `name` ones. */
  first(...keys: string[]): string | null;
}

function readMetaTags(doc: Document): MetaTags {
  const byProperty = new Map<string, string>();
  const byName = new Map<string, string>();
  const add = (map: Map<string, string>, key: string, content: string) => {
    // "DC.title", "dc:title" and "DCTERMS.title" are one key.
    const normalized = key
      .trim()
      .toLowerCase()
      .replace(/\./g, ':')
      .replace(/^dcterm:/, 'dcterms:');
    if (normalized && !map.has(normalized)) map.set(normalized, content);
  };
  for (const element of doc.querySelectorAll('meta[content]')) {
    const content = element.getAttribute('content') ?? '';
    if (content.trim() === '') continue;
    // RDFa allows several space-separated properties on one tag.
    for (const property of (element.getAttribute('property') ?? '').split(/\s+/))
      add(byProperty, property, content);
    add(byName, element.getAttribute('name') ?? '', content);
    add(byName, element.getAttribute('itemprop') ?? '', content);
  }
  return {
    first(...keys) {
      for (const key of keys) {
        const value = clean(byProperty.get(key)) ?? clean(byName.get(key));
        if (value) return value;
      }
      return null;
    },
  };
}

function readTitle(doc: Document, meta: MetaTags, article: JsonLdArticle | null): string {
  return (
    clean(article?.headline) ??
    clean(article?.name) ??
    meta.first(
      'dc:title',
      'dcterms:title',
      'og:title',
      'title',
      'twitter:title',
      'parsely-title',
    ) ??
    // Left as the tab shows it: cutting " - Site" suffixes guesses wrong
    // as often as right ("Mozilla - Wikipedia" is the whole title).
    clean(doc.title) ??
    ''
  );
}

function readByline(doc: Document, meta: MetaTags, article: JsonLdArticle | null): string | null {
  if (article && article.authors.length > 0) return clean(article.authors.join(', '));
  const declared = meta.first('dc:creator', 'dcterms:creator', 'author', 'parsely-author');
  if (declared) return declared;
  const articleAuthor = meta.first('article:author', 'og:article:author');
  // article:author is usually a profile URL, which is not a name.
  if (articleAuthor && !isUrlLike(articleAuthor)) return articleAuthor;
  return readBylineElement(doc);
}

/** The author link or microdata author in the page, by its name where it marks one. */
function readBylineElement(doc: Document): string | null {
  for (const element of doc.querySelectorAll('a[rel~="author"], [itemprop~="author"]')) {
    if (element.localName === 'meta' || element.localName === 'link') continue;
    const named = element.querySelector('[itemprop~="name"]') ?? element;
    const name = clean(named.textContent)?.replace(/^by\s+/i, '');
    if (name && name.length <= 100) return name;
  }
  return null;
}

function readPublishedTime(
  doc: Document,
  meta: MetaTags,
  article: JsonLdArticle | null,
): string | null {
  const candidates = [
    article?.datePublished,
    meta.first('article:published_time', 'og:article:published_time'),
    meta.first('parsely-pub-date'),
    meta.first('dc:date', 'dcterms:date', 'dcterms:created', 'datepublished', 'article:published'),
    doc.querySelector('time[itemprop~="datePublished"][datetime]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const iso = candidate ? toIsoDate(candidate) : null;
    if (iso) return iso;
  }
  return null;
}

/** ISO 8601 extended form: a date, optionally a time, optionally a zone. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A page's date as ISO 8601. Dates already in ISO form are kept as written,
 * so the page's own time zone survives; anything else the JS date parser
 * understands ("Sat Dec 07 2024 01:36:42 GMT+0000", "2019-01-03T02:00:02-0500")
 * becomes UTC. Unparseable text gives null rather than a wrong date.
 */
export function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  if (ISO_8601.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function readLang(doc: Document, meta: MetaTags): string | null {
  const root = doc.documentElement;
  const declared =
    clean(root?.getAttribute('lang')) ??
    clean(root?.getAttribute('xml:lang')) ??
    clean(
      doc
        .querySelector('meta[http-equiv="content-language" i]')
        ?.getAttribute('content')
        ?.split(',')[0],
    ) ??
    meta.first('dc:language', 'dcterms:language');
  return declared;
}

/** Languages written right to left by default (primary subtags, BCP 47). */
const RTL_LANGUAGES = new Set([
  'ar', 'arc', 'azb', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]); // prettier-ignore
/** Right-to-left scripts (ISO 15924), for tags like "pa-Arab" or "az-Latn". */
const RTL_SCRIPTS = new Set([
  'arab',
  'hebr',
  'thaa',
  'syrc',
  'nkoo',
  'adlm',
  'rohg',
  'mand',
  'samr',
]);

/**
 * The page's explicit `dir` (on `<html>`, else `<body>`). Without one,
 * "rtl" only when the language tag names a right-to-left script or
 * language; otherwise null, because the absence of a claim is not "ltr".
 */
function readDir(doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  for (const element of [doc.documentElement, doc.body]) {
    const dir = element?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
  }
  if (!lang) return null;
  const [language = '', ...subtags] = lang.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : null;
  return RTL_LANGUAGES.has(language) ? 'rtl' : null;
}

function readCanonicalUrl(doc: Document, base: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const resolved = href ? resolveUrl(href, base) : null;
  return resolved && /^https?:/i.test(resolved) ? resolved : null;
}

/**
 * The icon the library shows at 16-32 px (and fetches within a small byte
 * cap): of the declared `rel=icon` links, the smallest at least 32 px, else
 * the largest below; undeclared sizes count as 32 (a typical .ico) and
 * `sizes="any"` (SVG) as a perfect fit. Apple touch icons only when there is
 * no icon at all, then /favicon.ico, which browsers request by convention.
 */
function readFaviconUrl(doc: Document, base: string): string | null {
  const links = [...doc.querySelectorAll('link[rel][href]')];
  const withRel = (pattern: RegExp) =>
    links.filter((link) =>
      (link.getAttribute('rel') ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((rel) => pattern.test(rel)),
    );
  for (const candidates of [withRel(/^icon$/), withRel(/^apple-touch-icon(?:-precomposed)?$/)]) {
    let best: { url: string; misfit: number } | null = null;
    for (const link of candidates) {
      const url = httpOrImageUrl(link.getAttribute('href'), base);
      if (!url) continue;
      const size = iconSize(link.getAttribute('sizes'));
      const misfit = size >= 32 ? size - 32 : (32 - size) * 4;
      if (!best || misfit < best.misfit) best = { url, misfit };
    }
    if (best) return best.url;
  }
  return /^https?:/i.test(base) ? resolveUrl('/favicon.ico', base) : null;
}

function iconSize(sizes: string | null): number {
  if (!sizes || sizes.trim() === '') return 32;
  if (/\bany\b/i.test(sizes)) return 32;
  // "16x16 32x32" declares several; the largest is what gets picked up. "×" appears in the wild.
  const dimensions = [...sizes.matchAll(/(\d+)\s*[x×]\s*(\d+)/gi)].map((match) => Number(match[1]));
  return dimensions.length > 0 ? Math.max(...dimensions) : 32;
}

function httpOrImageUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  const resolved = resolveUrl(value, base);
  return resolved && (/^https?:/i.test(resolved) || /^data:image\//i.test(resolved))
    ? resolved
    : null;
}

function isUrlLike(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value) || /^www\./i.test(value);
}

/** Whitespace collapsed and double-escaped entities ("&amp;amp;" in a meta tag) decoded; empty is null. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const decoded = value
    .replace(
      /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi,
      (entity, dec?: string, hex?: string, name?: string) => {
        if (name)
          return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? entity;
        const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
  return decoded === '' ? null : decoded;
}
