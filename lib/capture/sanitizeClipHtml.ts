import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';
import { purifierPerWindow } from './purifierPerWindow';

/**
 * Clipped HTML (a selection or a whole article) is stored as evidence and
 * shown later in a sandboxed frame. This is the one place that decides what
 * of a page's markup may survive: text structure, tables, figures, lists,
 * images, MathML and plain SVG drawings. Nothing that runs, navigates,
 * submits, loads a sub-document, or fetches anything on display.
 *
 * Decisions:
 * - `style` attributes and `<style>` are dropped entirely rather than
 *   filtered: CSS `url()`/`image-set()` are tracking pixels, `position:fixed`
 *   overlays can spoof the viewer, and the page's look doesn't carry over to
 *   the viewer anyway. Layout hints that are plain attributes (width, height,
 *   colspan, align) stay.
 * - URL attributes must be absolute http(s), mailto:, tel:, an in-page
 *   `#fragment`, or (for `<img src>` only) a `data:image/…` URL. Callers
 *   resolve relative URLs against the page first (the viewer's own origin
 *   would otherwise be the base).
 * - `data-*` attributes are dropped (they are lazy-loading machinery and page
 *   state), except `data-plp-remote`, which our own image inliner sets to tell
 *   the viewer an image was not saved.
 */

/** Markup that runs, navigates, submits, embeds or loads other documents or media. */
const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'head',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'label',
  'audio', 'video', 'track', 'canvas', 'noscript', 'template', 'slot', 'dialog',
  'marquee', 'blink',
  // SVG parts that load or animate other resources.
  'image', 'feimage', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set', 'use', 'foreignobject',
]; // prettier-ignore

/** Attributes that fetch, navigate or style on display. */
const FORBIDDEN_ATTRIBUTES = [
  'style', 'background', 'poster', 'action', 'formaction', 'ping', 'srcdoc',
  'target', 'autofocus', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor',
]; // prettier-ignore

/** Attributes whose value is a URL (or, for srcset, a list of them). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'cite',
  'longdesc',
  'usemap',
  'srcset',
]);

const NAVIGABLE_URL = /^(?:https?:\/\/|mailto:|tel:|#)/i;
/** Raster and vector image types a browser decodes in an `<img>` without running anything. */
const IMAGE_DATA_URL =
  /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml|x-icon|vnd\.microsoft\.icon)[;,]/i;

/** The DOMPurify configuration for everything clipped. Exported so tests can check it. */
export const CLIP_SANITIZE_CONFIG = {
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ADD_ATTR: ['data-plp-remote'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Same shape as DOMPurify's default (plain attribute values like "100"
  // or "ltr" must still pass) but with only http(s), mailto and tel as schemes.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Text inside removed elements (a form's labels, a custom element's
  // content) is kept; the content of script/style and friends never is,
  // nor that of page controls, whose text is UI ("Share", option lists).
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: [
    'button',
    'select',
    'datalist',
    'textarea',
    'canvas',
    'dialog',
    'object',
    'applet',
  ],
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
} satisfies Config;

/** The stricter URL rule from the header comment, applied per attribute. */
export function isAllowedClipUrl(tagName: string, attributeName: string, value: string): boolean {
  const url = value.trim();
  if (url === '') return true;
  if (attributeName === 'srcset') {
    return srcsetUrls(url).every(
      (candidate) => /^https?:\/\//i.test(candidate) || IMAGE_DATA_URL.test(candidate),
    );
  }
  if (url.toLowerCase().startsWith('data:')) {
    return tagName === 'img' && attributeName === 'src' && IMAGE_DATA_URL.test(url);
  }
  return NAVIGABLE_URL.test(url);
}

/** The URLs of a srcset value (data: URLs may contain commas, so split on ", " boundaries only). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function enforceUrlRule(node: Element, event: UponSanitizeAttributeHookEvent) {
  if (!URL_ATTRIBUTES.has(event.attrName)) return;
  if (!isAllowedClipUrl(node.nodeName.toLowerCase(), event.attrName, event.attrValue))
    event.keepAttr = false;
}

const purifierFor = purifierPerWindow((purifier) =>
  purifier.addHook('uponSanitizeAttribute', enforceUrlRule),
);

/**
 * Returns `html` with everything the clip viewer must never see removed.
 * `win` is the window whose DOM parses the markup: the page's window in a
 * content script (parsing happens in an inert document, so nothing loads),
 * jsdom's window in tests.
 */
export function sanitizeClipHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CLIP_SANITIZE_CONFIG);
}
