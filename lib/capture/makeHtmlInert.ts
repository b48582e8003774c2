import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';
import { rewriteCssUrls } from './cssUrls';
import { splitSrcset } from './splitSrcset';
import { RESOURCE_ATTRIBUTES } from './resourceAttributes';
import { purifierPerWindow } from './purifierPerWindow';

/**
 * Turns a whole captured page (a snapshot, or any stored HTML) into markup
 * that can do nothing but be looked at: no scripts, handlers or `javascript:`
 * URLs, no frames or plugins, no refresh, `<base>` or form targets, and no
 * URL that would be fetched on display except data: URLs. Links stay, but
 * open only as new windows, which the viewer's sandbox (no allow-popups)
 * refuses. The page's own look (`<style>`, `style`, custom elements and their
 * attributes) is kept, unlike sanitizeClipHtml, which keeps only text structure.
 *
 * Why DOMPurify and not a hand-written DOM walk: its element allowlist,
 * namespace checks and mXSS defences are maintained against real attacks,
 * and WHOLE_DOCUMENT keeps `<head>` and its `<style>`. What it does not do
 * (CSS URLs, which URL may go where, placeholders for frames) is added with
 * its hooks and a small pre-pass. This is defence in depth: the viewer's
 * sandbox and CSP would block scripts and network even without it.
 */

export interface HtmlDeps {
  /** Parses a whole document without running or loading anything (DOMParser). */
  parse(html: string): Document;
  /** The window DOMPurify works in: the viewer page's, or jsdom's in tests. */
  window: Window;
}

/** Elements replaced by a placeholder box before sanitizing. */
const EMBEDS = ['iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'fencedframe'];

const FORBIDDEN_TAGS = [
  ...EMBEDS, 'script', 'frameset', 'noframes', 'noscript', 'noembed', 'base', 'meta', 'link', 'title',
  'xmp', 'plaintext',
  // SVG animation can rewrite attributes (href) after sanitizing.
  'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'set', 'discard',
]; // prettier-ignore

/** Attributes that submit, navigate, ping or embed documents. */
const FORBIDDEN_ATTRIBUTES = [
  'action', 'formaction', 'ping', 'srcdoc', 'http-equiv', 'autofocus', 'is', 'target',
]; // prettier-ignore

/** Attributes that fetch what they name; only data: URLs may stay, on the tags below. */
const FETCHING_ATTRIBUTES = new Set([
  'src', 'srcset', 'imagesrcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'data', 'codebase',
  'archive', 'manifest', 'icon', 'profile',
]); // prettier-ignore
/** Where a data: URL may stay: resources shown in place. Not <use>: what it pulls in is SVG markup, not a picture. */
const DATA_URL_TAGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(RESOURCE_ATTRIBUTES).filter(([tag]) => tag !== 'use'),
);

const NAVIGABLE_URL = /^(?:https?:\/\/|mailto:|tel:)/i;
const DATA_URL = /^data:/i;

export const INERT_CONFIG = {
  WHOLE_DOCUMENT: true,
  // Keep `<!DOCTYPE html>`: without it the page would render in quirks mode.
  // `<use>` draws icon sprites; its href may only point inside the document.
  ADD_TAGS: ['!doctype', 'use'],
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ADD_FORBID_CONTENTS: ['object', 'applet', 'frameset'],
  // Unknown attributes stay when harmless, so the page's CSS attribute selectors still match.
  ADD_ATTR: (name: string) => /^[a-z_][\w.:-]*$/i.test(name) && !/^on/i.test(name),
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /^[a-z][\w.]*-[\w.-]*$/,
    attributeNameCheck: (name: string) => !/^on/i.test(name),
    allowCustomizedBuiltInElements: false,
  },
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Ids and names are what the page's CSS and in-page links use. DOM
  // clobbering needs scripts, and no script ever runs in the viewer.
  SANITIZE_DOM: false,
  KEEP_CONTENT: true,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
} satisfies Config;

export function makeHtmlInert(input: string | Document, deps: HtmlDeps): string {
  const doc = typeof input === 'string' ? deps.parse(input) : input;
  for (const element of Array.from(doc.querySelectorAll(EMBEDS.join(',')))) {
    element.replaceWith(embedPlaceholder(element, doc));
  }
  return purifierFor(deps.window).sanitize(serializeDocument(doc), INERT_CONFIG);
}

/** A page's CSS with every reference removed except data: URLs and in-document `#ids`, and no `@import`. */
export function filterInertCss(css: string): string {
  const filtered = rewriteCssUrls(css, (url, kind) => {
    const trimmed = url.trim();
    if (kind === 'import') return null;
    return trimmed.startsWith('#') || DATA_URL.test(trimmed) ? trimmed : null;
  });
  // An @import can only have pointed at another sheet: drop the whole rule.
  return filtered.replace(/@import\s+url\("about:invalid"\)[^;]*;?/gi, '');
}

export function serializeDocument(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return doctype + doc.documentElement.outerHTML;
}

/** A dashed box where a frame or plugin was: it is not part of the saved copy. */
function embedPlaceholder(element: Element, doc: Document): HTMLElement {
  const box = doc.createElement('div');
  const width = cssLength(element.getAttribute('width')) ?? '300px';
  const height = cssLength(element.getAttribute('height')) ?? '150px';
  const className = element.getAttribute('class');
  if (className) box.setAttribute('class', className);
  box.setAttribute('data-plp-placeholder', element.localName);
  box.setAttribute(
    'style',
    `display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;width:${width};` +
      `height:${height};max-width:100%;padding:8px;border:1px dashed #8a93a5;background:#f4f6fa;` +
      'color:#4a5263;font:14px/1.4 system-ui,sans-serif;text-align:center;overflow:hidden',
  );
  const title = element.getAttribute('title')?.trim();
  box.textContent = title
    ? `Embedded content not saved in this copy: ${title}`
    : 'Embedded content not saved in this copy';
  return box;
}

function cssLength(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return `${trimmed}px`;
  if (/^\d+(?:\.\d+)?(?:%|px)$/.test(trimmed)) return trimmed;
  return null;
}

function onElement(node: Node, data: { tagName: string }) {
  if (data.tagName === 'style' && node.textContent) {
    // `<` never matters in CSS outside strings, and `\3c ` is the same
    // character inside them; without it DOMPurify drops the whole sheet
    // as possible markup.
    node.textContent = filterInertCss(node.textContent).replace(/</g, '\\3c ');
  }
}

function onAttribute(node: Element, event: UponSanitizeAttributeHookEvent) {
  const name = event.attrName;
  const tag = node.nodeName.toLowerCase();
  const value = event.attrValue.trim();
  if (/^on/i.test(name)) {
    event.keepAttr = false;
  } else if (name === 'style') {
    event.attrValue = filterInertCss(event.attrValue);
  } else if ((name === 'href' || name === 'xlink:href') && (tag === 'a' || tag === 'area')) {
    event.keepAttr = NAVIGABLE_URL.test(value) || value.startsWith('#');
  } else if (name === 'href' || name === 'xlink:href' || FETCHING_ATTRIBUTES.has(name)) {
    if (value.startsWith('#') && (name === 'href' || name === 'xlink:href')) return; // SVG reference in the document
    const allowed = DATA_URL_TAGS[tag]?.includes(name) ?? false;
    if (allowed && (name === 'srcset' || name === 'imagesrcset')) {
      const kept = splitSrcset(value).filter(({ url }) => DATA_URL.test(url));
      if (kept.length === 0) {
        event.keepAttr = false;
        return;
      }
      // A force-kept attribute is not written back by DOMPurify: write it here.
      node.setAttribute(
        name,
        kept.map(({ url, descriptor }) => `${url} ${descriptor}`.trim()).join(', '),
      );
      event.forceKeepAttr = true;
    } else if (allowed && DATA_URL.test(value)) {
      // DOMPurify allows data: only on a few tags; these were checked above.
      event.forceKeepAttr = true;
    } else event.keepAttr = false;
  } else if (/url\s*\(/i.test(value)) {
    // SVG presentation attributes are CSS values: fill, filter, mask, cursor="url(…)".
    event.attrValue = filterInertCss(event.attrValue);
  }
}

/** Links open a new window or nothing: in the sandbox without allow-popups, that is nothing. */
function afterAttributes(node: Element) {
  const tag = node.nodeName.toLowerCase();
  const href = node.getAttribute('href') ?? node.getAttribute('xlink:href') ?? '';
  if ((tag === 'a' || tag === 'area') && NAVIGABLE_URL.test(href.trim())) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

const purifierFor = purifierPerWindow((purifier) => {
  purifier.addHook('uponSanitizeElement', onElement);
  purifier.addHook('uponSanitizeAttribute', onAttribute);
  purifier.addHook('afterSanitizeAttributes', afterAttributes);
});
