import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleCapture } from './captureTypes';
import { absolutizeUrls, documentBaseUrl, largestSrcsetUrl } from './absolutizeUrls';
import { readPageMetadata, toIsoDate } from './readPageMetadata';
import { sanitizeClipHtml } from './sanitizeClipHtml';

/**
 * `isProbablyReaderable` is tuned to decide whether to offer a reader-view
 * button, and says no to short or unusual pages that still have a clear
 * article (the MathJax fixture is one). So it is only a hint: Readability
 * always runs, and a page it doesn't call readerable must then yield at
 * least this much text to count as an article. A readerable page needs any.
 */
export const MIN_TEXT_WHEN_NOT_READERABLE = 200;

/**
 * The page's main article as a self-contained clip: Readability picks the
 * content from a clone of the document (it rewrites the DOM it is given, and
 * the student's tab must not change), then lazy images get their real
 * source, embeds become links, every URL becomes absolute and the result is
 * sanitized. Images still point at the web: pass `html` through
 * `inlineArticleImages` to save them. Null when there is no article.
 */
export function extractArticle(doc: Document, pageUrl: string): ArticleCapture | null {
  const win = doc.defaultView;
  if (!win) {
    throw new Error('extractArticle needs the page document (one with a window) to sanitize with.');
  }
  const readerable = isProbablyReaderable(doc);

  const clone = doc.cloneNode(true) as Document;
  keepMathMarkup(clone);
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  const text = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const minText = readerable ? 1 : MIN_TEXT_WHEN_NOT_READERABLE;
  if (!parsed || !content || text.length < minText) return null;

  const metadata = readPageMetadata(doc, pageUrl);
  const base = documentBaseUrl(doc, pageUrl);
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : metadata.dir;
  const lang = parsed.lang?.trim() || metadata.lang;
  promoteLazyImages(content);
  absolutizeUrls(content, base);
  keepInPageLinks(content, [pageUrl, base]);
  replaceEmbeds(content);
  // The clip renders on its own, so it carries its direction and language.
  if (dir) content.setAttribute('dir', dir);
  if (lang) content.setAttribute('lang', lang);

  return {
    title: parsed.title?.trim() || metadata.title,
    byline: parsed.byline?.trim() || metadata.byline,
    excerpt: parsed.excerpt?.trim() || null,
    siteName: parsed.siteName?.trim() || metadata.siteName,
    lang,
    dir,
    publishedTime:
      (parsed.publishedTime && toIsoDate(parsed.publishedTime)) || metadata.publishedTime,
    html: sanitizeClipHtml(content.outerHTML, win),
    text,
  };
}

/**
 * Math typesetters draw formulas with CSS and web fonts that a clip doesn't
 * carry, but they keep MathML beside the drawing for screen readers. Put
 * that MathML in the drawing's place, where Readability keeps it and the
 * viewer renders it natively. Covers MathJax 3 (`mjx-container`), MathJax 2
 * (`data-mathml`) and KaTeX (`.katex-mathml`).
 */
function keepMathMarkup(doc: Document) {
  for (const container of doc.querySelectorAll('mjx-container')) {
    const math = container.querySelector('mjx-assistive-mml math');
    if (!math) continue;
    if (container.getAttribute('display') === 'true') math.setAttribute('display', 'block');
    container.replaceWith(math);
  }
  for (const rendered of doc.querySelectorAll('.katex')) {
    const math = rendered.querySelector('.katex-mathml math');
    if (math) rendered.replaceWith(math);
  }
  for (const rendered of doc.querySelectorAll('.MathJax[data-mathml]')) {
    // Parsed into a separate inert document (DOMParser runs no scripts and
    // loads nothing), then adopted; the article is sanitized afterwards anyway.
    const parsed = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(
      rendered.getAttribute('data-mathml') ?? '',
      'text/html',
    );
    const math = parsed.querySelector('math');
    if (math) rendered.replaceWith(doc.importNode(math, true));
  }
}

/**
 * Footnote and section links resolve against the page (Readability makes
 * them absolute when the page has a `<base>`). When their target made it
 * into the clip, point them back at it so they keep working offline.
 */
function keepInPageLinks(root: Element, pageUrls: string[]) {
  const withoutHash = (url: string) => url.split('#')[0];
  const pages = new Set(pageUrls.map(withoutHash));
  const targets = new Set<string>();
  for (const element of root.querySelectorAll('[id], a[name]')) {
    targets.add(element.getAttribute('id') ?? '').add(element.getAttribute('name') ?? '');
  }
  for (const link of root.querySelectorAll('a[href*="#"]')) {
    const href = link.getAttribute('href') ?? '';
    const hash = href.slice(href.indexOf('#'));
    if (hash.length < 2 || !pages.has(withoutHash(href))) continue;
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: compare the id as written.
    }
    if (targets.has(id)) link.setAttribute('href', hash);
  }
}

const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-actualsrc',
  'data-hi-res-src',
  'data-lazyload',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

/**
 * Readability already swaps many lazy-loading patterns; this catches the
 * rest. An image keeps a real `src` it has; a missing one, a tiny inline
 * placeholder or a spacer file gives way to the lazy-load attribute, or
 * else to the largest srcset candidate (the viewer will have no srcset).
 */
function promoteLazyImages(root: Element) {
  for (const img of root.querySelectorAll('img')) {
    const lazySrc = firstAttribute(img, LAZY_SRC_ATTRIBUTES);
    if (lazySrc && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazySrc);
    const lazySrcset = firstAttribute(img, LAZY_SRCSET_ATTRIBUTES);
    if (lazySrcset && !img.getAttribute('srcset')?.trim()) img.setAttribute('srcset', lazySrcset);
    const srcset = img.getAttribute('srcset');
    const fromSrcset = srcset ? largestSrcsetUrl(srcset) : null;
    if (fromSrcset && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', fromSrcset);
  }
  for (const source of root.querySelectorAll('picture > source')) {
    const lazySrcset = firstAttribute(source, LAZY_SRCSET_ATTRIBUTES);
    if (lazySrcset && !source.getAttribute('srcset')?.trim())
      source.setAttribute('srcset', lazySrcset);
  }
}

function firstAttribute(element: Element, names: string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** Under 1 KB inline is a blank or blurred stand-in, not the picture; so are well-known spacer files. */
function isPlaceholder(src: string | null): boolean {
  const value = src?.trim() ?? '';
  if (value === '') return true;
  if (/^data:/i.test(value)) return value.length < 1024;
  return /\/(?:blank|spacer|pixel|transparent|placeholder|lazy[-_]?load\w*|loading)\.(?:gif|png|svg)(?:[?#]|$)/i.test(
    value,
  );
}

/**
 * Players and frames can't run in the viewer (it has no scripts and no
 * network), and the sanitizer drops them. Leave a link in their place so
 * the student can still find the video, and keep a video's poster frame.
 */
function replaceEmbeds(root: Element) {
  const doc = root.ownerDocument;
  for (const embed of root.querySelectorAll('iframe, embed, object, video, audio')) {
    const kind = embed.localName;
    const url =
      embed.getAttribute(kind === 'object' ? 'data' : 'src')?.trim() ||
      embed.querySelector('source[src]')?.getAttribute('src')?.trim();
    const replacement = doc.createElement('p');
    const poster = kind === 'video' ? embed.getAttribute('poster')?.trim() : null;
    if (poster) {
      const image = doc.createElement('img');
      image.setAttribute('src', poster);
      image.setAttribute('alt', 'Video poster');
      replacement.append(image, doc.createElement('br'));
    }
    if (url && !/^(?:javascript|vbscript|data):/i.test(url)) {
      const link = doc.createElement('a');
      link.setAttribute('href', url);
      const label = kind === 'video' ? 'Video' : kind === 'audio' ? 'Audio' : 'Embedded content';
      link.textContent = `${label}: ${embed.getAttribute('title')?.trim() || url}`;
      replacement.append(link);
    }
    if (replacement.hasChildNodes()) embed.replaceWith(replacement);
    else embed.remove();
  }
}
