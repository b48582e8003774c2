import { resolveUrl } from '../cssUrls';
import { splitSrcset } from '../splitSrcset';
import { inlineCss, inlineCssUrls } from './inlinePageCss';
import {
  createResourceFetcher,
  type ResourceFetcher,
  type ResourceFetcherOptions,
} from './createResourceFetcher';

/**
 * Firefox has no pageCapture, so its snapshot is made here, in the content
 * script: one HTML file with the page as it is now. It keeps what the
 * student sees: the current DOM (after scripts ran), typed form values, open
 * shadow roots, canvases as images, and the styles and images inlined as
 * data: URLs within the caps. Scripts and event handlers are dropped.
 * Resources that can't be fetched (cross-origin without CORS, over a cap)
 * keep their absolute URL; the viewer loads no URL, so they just don't show.
 * Not kept: closed shadow roots, frames' content, video and audio.
 */
export async function buildSingleFileHtml(
  doc: Document,
  deps: Omit<ResourceFetcherOptions, 'concurrency'>,
): Promise<string> {
  const fetcher = createResourceFetcher(deps);
  const baseUrl = doc.baseURI;
  // An inert document of its own: nothing in the copy loads or runs.
  const inert = doc.implementation.createHTMLDocument('');
  const copyRoot = inert.importNode(doc.documentElement, true);
  // importNode copies in tree order, so the two lists line up element by element.
  const originals = [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))];
  const copies = [copyRoot, ...Array.from(copyRoot.querySelectorAll('*'))];
  const work: Promise<void>[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    // Parents come first: the content of a removed <noscript> or <script> is skipped.
    if (copy && (copy === copyRoot || copyRoot.contains(copy))) {
      work.push(copyElement(original, copy, { inert, baseUrl, fetcher }));
    }
  });
  const adopted = adoptedCss(doc);
  if (adopted)
    work.push(inlineCss(adopted, baseUrl, fetcher).then((css) => appendStyle(copyRoot, css)));
  await Promise.all(work);
  setUtf8Charset(copyRoot, inert);
  return doctypeOf(doc) + copyRoot.outerHTML;
}

interface CopyContext {
  inert: Document;
  baseUrl: string;
  fetcher: ResourceFetcher;
}

async function copyElement(original: Element, copy: Element, context: CopyContext): Promise<void> {
  const { baseUrl, fetcher } = context;
  const tag = original.localName.toLowerCase();
  for (const attribute of Array.from(copy.attributes)) {
    if (/^on/i.test(attribute.name)) copy.removeAttribute(attribute.name);
  }
  switch (tag) {
    case 'script':
    case 'noscript':
    case 'base':
      copy.remove();
      return;
    case 'meta':
      if (copy.hasAttribute('http-equiv') || copy.hasAttribute('charset')) copy.remove();
      return;
    case 'link':
      return copyLink(original as HTMLLinkElement, copy, context);
    case 'style': {
      const css = sheetText((original as HTMLStyleElement).sheet) ?? original.textContent ?? '';
      copy.textContent = await inlineCss(css, baseUrl, fetcher);
      return;
    }
    case 'img':
      return copyImage(original as HTMLImageElement, copy, fetcher);
    case 'source':
      // In a <picture>, the <img> already holds the source the browser chose.
      if (original.parentElement?.localName === 'picture') copy.remove();
      else absolutize(copy, ['src', 'srcset'], baseUrl);
      return;
    case 'canvas':
      return copyCanvas(original as HTMLCanvasElement, copy, context.inert);
    case 'input':
    case 'textarea':
    case 'select':
      freezeFormValue(original, copy);
      break;
    case 'a':
    case 'area':
      copyLinkTarget(copy, baseUrl);
      break;
  }
  await inlineAttribute(copy, tag === 'video' ? 'poster' : 'background', baseUrl, fetcher);
  if (tag === 'image' || tag === 'feimage') {
    await inlineAttribute(copy, 'href', baseUrl, fetcher);
    await inlineAttribute(copy, 'xlink:href', baseUrl, fetcher);
  }
  const style = copy.getAttribute('style');
  if (style && /url\(|image-set/i.test(style))
    copy.setAttribute('style', await inlineCssUrls(style, baseUrl, fetcher));
  const shadow = original.shadowRoot;
  if (shadow && shadow.mode === 'open') {
    // A declarative shadow root: the viewer's parser attaches it again.
    const template = context.inert.createElement('template') as HTMLTemplateElement;
    template.setAttribute('shadowrootmode', 'open');
    for (const child of Array.from(shadow.childNodes))
      template.content.append(context.inert.importNode(child, true));
    template.content.querySelectorAll('script').forEach((script) => script.remove());
    copy.prepend(template);
  }
}

async function copyLink(original: HTMLLinkElement, copy: Element, context: CopyContext) {
  const rel = (original.getAttribute('rel') ?? '').toLowerCase();
  // Icons, preloads, manifests and the like do nothing in a saved copy.
  if (
    !/(^|\s)stylesheet(\s|$)/.test(rel) ||
    /(^|\s)alternate(\s|$)/.test(rel) ||
    original.disabled
  ) {
    copy.remove();
    return;
  }
  const href = resolveUrl(original.getAttribute('href') ?? '', context.baseUrl);
  const css = sheetText(original.sheet) ?? (href ? await context.fetcher.text(href) : null);
  if (css === null) {
    copy.remove();
    return;
  }
  const style = context.inert.createElement('style');
  const media = original.getAttribute('media');
  if (media) style.setAttribute('media', media);
  style.textContent = await inlineCss(css, href ?? context.baseUrl, context.fetcher);
  copy.replaceWith(style);
}

async function copyImage(original: HTMLImageElement, copy: Element, fetcher: ResourceFetcher) {
  const source =
    original.currentSrc || resolveUrl(original.getAttribute('src') ?? '', original.baseURI);
  copy.removeAttribute('srcset');
  copy.removeAttribute('sizes');
  if (!source) return;
  copy.setAttribute('src', (await fetcher.dataUrl(source)) ?? source);
}

/** A canvas's pixels as an image (a canvas copy would be blank); a tainted canvas stays blank. */
function copyCanvas(original: HTMLCanvasElement, copy: Element, inert: Document) {
  let pixels: string;
  try {
    pixels = original.toDataURL('image/png');
  } catch {
    return;
  }
  if (typeof pixels !== 'string' || !pixels.startsWith('data:image/')) return;
  const image = inert.createElement('img');
  for (const name of ['id', 'class', 'style', 'width', 'height']) {
    const value = copy.getAttribute(name);
    if (value !== null) image.setAttribute(name, value);
  }
  image.setAttribute('src', pixels);
  image.setAttribute('alt', '');
  copy.replaceWith(image);
}

/** What the student typed, as attributes (a copy holds only the markup's defaults). */
function freezeFormValue(original: Element, copy: Element) {
  if (original.localName === 'input') {
    const input = original as HTMLInputElement;
    const type = input.type.toLowerCase();
    // Never keep a password in a saved page.
    if (type === 'password' || type === 'file' || type === 'hidden') copy.removeAttribute('value');
    else if (type === 'checkbox' || type === 'radio') toggle(copy, 'checked', input.checked);
    else copy.setAttribute('value', input.value);
  } else if (original.localName === 'textarea') {
    copy.textContent = (original as HTMLTextAreaElement).value;
  } else if (original.localName === 'select') {
    const options = Array.from((original as HTMLSelectElement).options);
    copy
      .querySelectorAll('option')
      .forEach((option, index) => toggle(option, 'selected', options[index]?.selected ?? false));
  }
}

function toggle(element: Element, name: string, on: boolean) {
  if (on) element.setAttribute(name, '');
  else element.removeAttribute(name);
}

function copyLinkTarget(copy: Element, baseUrl: string) {
  const href = copy.getAttribute('href');
  if (href === null || href.trim().startsWith('#')) return;
  if (/^\s*javascript:/i.test(href)) copy.removeAttribute('href');
  else copy.setAttribute('href', resolveUrl(href, baseUrl) ?? href);
}

/** Relative URLs would resolve against the viewer, not the page: make them absolute. */
function absolutize(copy: Element, names: string[], baseUrl: string) {
  for (const name of names) {
    const value = copy.getAttribute(name);
    if (value === null) continue;
    const absolute =
      name === 'srcset'
        ? splitSrcset(value)
            .map(({ url, descriptor }) => `${resolveUrl(url, baseUrl) ?? url} ${descriptor}`.trim())
            .join(', ')
        : (resolveUrl(value, baseUrl) ?? value);
    copy.setAttribute(name, absolute);
  }
}

async function inlineAttribute(
  copy: Element,
  name: string,
  baseUrl: string,
  fetcher: ResourceFetcher,
) {
  const value = copy.getAttribute(name)?.trim();
  if (!value || value.startsWith('#')) return;
  const absolute = resolveUrl(value, baseUrl);
  if (absolute) copy.setAttribute(name, (await fetcher.dataUrl(absolute)) ?? absolute);
}

/** A readable sheet's rules as text (this includes rules added by script); null when cross-origin. */
function sheetText(sheet: CSSStyleSheet | null): string | null {
  if (!sheet) return null;
  try {
    return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
  } catch {
    return null;
  }
}

function adoptedCss(doc: Document): string {
  const sheets =
    (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  return sheets.map((sheet) => sheetText(sheet) ?? '').join('\n');
}

function appendStyle(root: Element, css: string) {
  const head = root.querySelector('head') ?? root;
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  head.append(style);
}

function setUtf8Charset(root: Element, inert: Document) {
  let head = root.querySelector('head');
  if (!head) {
    head = inert.createElement('head');
    root.prepend(head);
  }
  const meta = inert.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  head.prepend(meta);
}

function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}
