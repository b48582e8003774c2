/**
 * Clipped HTML is shown far from the page it came from (in a sandboxed frame
 * of the extension), so every URL in it must be absolute: a relative one
 * would resolve against the viewer instead. These helpers resolve URLs the
 * way the page itself does, honouring its `<base href>`.
 */

/** The URL relative links in `doc` resolve against: its `<base href>` if valid, else the page URL. */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  if (baseHref) {
    const resolved = resolveUrl(baseHref, pageUrl);
    if (resolved && /^(?:https?|file):/i.test(resolved)) return resolved;
  }
  return pageUrl;
}

/** `value` made absolute against `base`; null when it isn't a URL at all. */
export function resolveUrl(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Resolves each candidate of a `srcset` value. Candidates are separated by a
 * comma followed by whitespace; a bare comma can be part of a URL (and of
 * every data: URL), so it doesn't split.
 */
export function resolveSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      const resolved = resolveUrl(url, base) ?? url;
      return [resolved, ...descriptors].join(' ');
    })
    .filter((candidate) => candidate !== '')
    .join(', ');
}

/** The URL of the widest (or densest) candidate in a srcset, for when an image has no usable src. */
export function largestSrcsetUrl(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'longdesc', 'data', 'action'] as const;

/**
 * Rewrites every URL attribute under `root` (inclusive) to an absolute URL.
 * In-page links (`#id`) stay as they are, so footnotes keep working inside a
 * saved article. Unresolvable values are left for the sanitizer to judge.
 */
export function absolutizeUrls(root: Element | DocumentFragment, base: string): void {
  const descendants = [...root.querySelectorAll('*')];
  // nodeType, not instanceof: inert documents have no window to take Element from.
  const elements = root.nodeType === 1 ? [root as Element, ...descendants] : descendants;
  for (const element of elements) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || value.trim() === '' || value.trim().startsWith('#')) continue;
      const resolved = resolveUrl(value, base);
      if (resolved) element.setAttribute(name, resolved);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) element.setAttribute('srcset', resolveSrcset(srcset, base));
  }
}
