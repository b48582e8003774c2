import { resolveUrl, rewriteCssUrls } from './cssUrls';
import { flattenCssImports } from './flattenCssImports';
import { splitSrcset } from './splitSrcset';
import { RESOURCE_ATTRIBUTES } from './resourceAttributes';
import { partDataUrl, partText, type MhtmlArchive, type MhtmlPart } from './parseMhtml';

/**
 * Points a snapshot's document at the archive's own parts instead of the web:
 * images, SVG, fonts and backgrounds become data: URLs, linked stylesheets
 * become `<style>` (imports flattened), and in-page links become `#fragment`
 * again. Whatever the archive does not hold keeps its absolute URL here; the
 * inert pass (makeHtmlInert) removes it, since the viewer loads nothing.
 */

export function inlineMhtmlResources(doc: Document, archive: MhtmlArchive, main: MhtmlPart): void {
  const documentUrl = main.contentLocation ?? archive.snapshotLocation;
  const baseElement = doc.querySelector('base[href]');
  const baseUrl =
    resolveUrl(baseElement?.getAttribute('href') ?? '', documentUrl) ??
    documentUrl ??
    'about:blank';
  const archiveIndex = indexParts(archive, main);
  const dataUrls = new Map<MhtmlPart, string>();

  const lookup = (ref: string, base: string): MhtmlPart | null => {
    const trimmed = ref.trim();
    if (/^cid:/i.test(trimmed)) return archiveIndex.get(trimmed) ?? null;
    const absolute = resolveUrl(trimmed, base);
    return absolute
      ? (archiveIndex.get(absolute) ?? archiveIndex.get(withoutHash(absolute)) ?? null)
      : null;
  };
  /** A data: URL for a reference, or null when the archive does not hold it. */
  const dataUrlFor = (ref: string, base: string): string | null => {
    if (/^\s*data:/i.test(ref)) return ref.trim();
    if (ref.trim().startsWith('#')) return ref.trim(); // SVG references within the document
    const part = lookup(ref, base);
    if (!part || part.contentType === 'text/html') return null; // a frame is no image
    let dataUrl = dataUrls.get(part);
    if (!dataUrl) {
      dataUrl = partDataUrl(part);
      dataUrls.set(part, dataUrl);
    }
    const hash = /#.*$/.exec(ref.trim())?.[0] ?? '';
    return dataUrl + hash;
  };
  const inlineCss = (css: string, sheetBase: string): string => {
    const flat = flattenCssImports(css, sheetBase, (url) => {
      const part = lookup(url, sheetBase);
      return part ? { css: partText(part), baseUrl: sheetBaseOf(part, baseUrl) } : null;
    });
    return rewriteCssUrls(flat, (url) => dataUrlFor(url, sheetBase));
  };

  for (const element of allElements(doc)) {
    const tag = element.localName.toLowerCase();
    if (tag === 'link' && /(^|\s)stylesheet(\s|$)/i.test(element.getAttribute('rel') ?? '')) {
      const part = lookup(element.getAttribute('href') ?? '', baseUrl);
      if (part && part.contentType !== 'text/html') {
        const style = doc.createElement('style');
        const media = element.getAttribute('media');
        if (media) style.setAttribute('media', media);
        style.textContent = inlineCss(partText(part), sheetBaseOf(part, baseUrl));
        element.replaceWith(style);
      } else element.remove();
      continue;
    }
    if (tag === 'style') element.textContent = inlineCss(element.textContent ?? '', baseUrl);
    const style = element.getAttribute('style');
    if (style && /url\(|image-set/i.test(style)) {
      element.setAttribute(
        'style',
        rewriteCssUrls(style, (url) => dataUrlFor(url, baseUrl)),
      );
    }
    for (const name of RESOURCE_ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const inlined =
        name === 'srcset'
          ? inlineSrcset(value, (url) => dataUrlFor(url, baseUrl))
          : dataUrlFor(value, baseUrl);
      if (inlined) element.setAttribute(name, inlined);
      else element.removeAttribute(name);
    }
    if ((tag === 'a' || tag === 'area') && element.hasAttribute('href')) {
      element.setAttribute('href', linkTarget(element.getAttribute('href')!, baseUrl, documentUrl));
    }
    // Chromium serializes open shadow roots with the pre-standard attribute name.
    if (
      tag === 'template' &&
      element.hasAttribute('shadowmode') &&
      !element.hasAttribute('shadowrootmode')
    ) {
      element.setAttribute('shadowrootmode', element.getAttribute('shadowmode')!);
      element.removeAttribute('shadowmode');
    }
  }
  baseElement?.remove();
}

/** Every element, including those inside `<template>` contents (declarative shadow roots). */
export function* allElements(root: Document | DocumentFragment): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    const content = (element as HTMLTemplateElement).content as DocumentFragment | undefined;
    if (element.localName === 'template' && content) yield* allElements(content);
  }
}

function indexParts(archive: MhtmlArchive, main: MhtmlPart): Map<string, MhtmlPart> {
  const index = new Map<string, MhtmlPart>();
  for (const part of archive.parts) {
    if (part === main) continue;
    if (part.contentId && !index.has(`cid:${part.contentId}`))
      index.set(`cid:${part.contentId}`, part);
    const location = part.contentLocation;
    if (!location) continue;
    const absolute = /^cid:/i.test(location)
      ? location
      : (resolveUrl(location, undefined) ?? location);
    // The first part for a URL wins, as it does in Chromium's MHTML loader.
    if (!index.has(absolute)) index.set(absolute, part);
    if (!index.has(withoutHash(absolute))) index.set(withoutHash(absolute), part);
  }
  return index;
}

/** Relative URLs in a sheet resolve against its address; a `cid:` sheet was a `<style>` of the page. */
function sheetBaseOf(part: MhtmlPart, documentBase: string): string {
  const location = part.contentLocation;
  return location && !/^cid:/i.test(location) ? location : documentBase;
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Each srcset candidate through `inline`; candidates it cannot inline are dropped. */
export function inlineSrcset(
  srcset: string,
  inline: (url: string) => string | null,
): string | null {
  const candidates = splitSrcset(srcset).flatMap(({ url, descriptor }) => {
    const inlined = inline(url);
    return inlined ? [`${inlined}${descriptor ? ` ${descriptor}` : ''}`] : [];
  });
  return candidates.length > 0 ? candidates.join(', ') : null;
}

/** Links to the page itself become `#fragment` again; others stay absolute. */
function linkTarget(href: string, baseUrl: string, documentUrl: string | null): string {
  const absolute = resolveUrl(href, baseUrl);
  if (!absolute) return href;
  const hash = absolute.indexOf('#');
  if (hash !== -1 && documentUrl && withoutHash(absolute) === withoutHash(documentUrl)) {
    return absolute.slice(hash);
  }
  return absolute;
}
