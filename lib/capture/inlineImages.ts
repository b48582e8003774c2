/**
 * Makes a clipped article's images part of the clip. The viewer shows clips
 * in a frame with no network, so an image is either saved into the HTML as a
 * data: URL now, from the page's own context where the browser already has
 * it (same-origin and CORS-enabled images), or it is marked as not saved.
 */

export interface InlineImagesDeps {
  /** The page's fetch (a content script's fetch runs with the page's origin). */
  fetch: typeof fetch;
  /** Turns HTML into a document to edit; in a page, DOMParser (inert: nothing loads or runs). */
  parse: (html: string) => Document;
  maxBytesPerImage?: number;
  maxTotalBytes?: number;
  timeoutMs?: number;
  /** Images fetched at once. */
  concurrency?: number;
}

export const DEFAULT_MAX_BYTES_PER_IMAGE = 2 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_BYTES = 12 * 1024 * 1024;
export const DEFAULT_IMAGE_TIMEOUT_MS = 8000;
export const DEFAULT_IMAGE_CONCURRENCY = 4;

/** Why an image was left remote; the viewer may show it in its "image not saved" placeholder. */
export type RemoteReason = 'failed' | 'not-image' | 'too-large' | 'over-budget' | 'unsupported-url';

type Fetched = { ok: true; dataUrl: string; bytes: number } | { ok: false; reason: RemoteReason };

/**
 * Returns `html` with every `<img>` either inlined (`src` = data: URL) or
 * keeping its absolute URL with `data-plp-remote="<reason>"`. `srcset`,
 * `sizes` and `<picture>` sources are removed: with no network they would
 * only point the viewer away from the saved bytes.
 *
 * Deterministic: each distinct URL is fetched once, and the total budget is
 * spent in document order after all fetches finish, so which images fit
 * never depends on which download happened to finish first.
 */
export async function inlineArticleImages(html: string, deps: InlineImagesDeps): Promise<string> {
  const maxBytesPerImage = deps.maxBytesPerImage ?? DEFAULT_MAX_BYTES_PER_IMAGE;
  const maxTotalBytes = deps.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_IMAGE_TIMEOUT_MS;

  const doc = deps.parse(html);
  for (const source of doc.querySelectorAll('picture source')) source.remove();
  for (const element of doc.querySelectorAll('[srcset], [sizes]')) {
    element.removeAttribute('srcset');
    element.removeAttribute('sizes');
  }

  const images = [...doc.querySelectorAll('img')];
  const urls = [
    ...new Set(images.map((img) => img.getAttribute('src')?.trim() ?? '').filter(isRemoteUrl)),
  ];
  const results = new Map<string, Fetched>();
  await forEachBounded(urls, deps.concurrency ?? DEFAULT_IMAGE_CONCURRENCY, async (url) => {
    results.set(url, await fetchAsDataUrl(url, deps.fetch, maxBytesPerImage, timeoutMs));
  });

  // The budget counts each saved image once, however many times it appears.
  let spent = 0;
  const saved = new Set<string>();
  for (const img of images) {
    const src = img.getAttribute('src')?.trim() ?? '';
    if (src === '' || /^data:/i.test(src)) continue;
    const result = results.get(src);
    if (!result) {
      img.setAttribute('data-plp-remote', 'unsupported-url');
      continue;
    }
    if (!result.ok) {
      img.setAttribute('data-plp-remote', result.reason);
      continue;
    }
    if (!saved.has(src)) {
      if (spent + result.bytes > maxTotalBytes) {
        img.setAttribute('data-plp-remote', 'over-budget');
        continue;
      }
      spent += result.bytes;
      saved.add(src);
    }
    img.setAttribute('src', result.dataUrl);
    img.removeAttribute('data-plp-remote');
  }
  return doc.body.innerHTML;
}

function isRemoteUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Runs `task` over `items` with at most `limit` running at once, starting them in order. */
async function forEachBounded<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

async function fetchAsDataUrl(
  url: string,
  fetchFn: typeof fetch,
  maxBytes: number,
  timeoutMs: number,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // force-cache: the page has usually just shown this image, so the bytes
    // come from the browser's cache instead of the network.
    const response = await fetchFn(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      cache: 'force-cache',
    });
    if (!response.ok) return { ok: false, reason: 'failed' };
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { ok: false, reason: 'too-large' };
    }
    const bytes = await readAtMost(response, maxBytes);
    if (!bytes) {
      controller.abort();
      return { ok: false, reason: 'too-large' };
    }
    const type = imageType(response.headers.get('content-type'), bytes);
    if (!type) return { ok: false, reason: 'not-image' };
    return { ok: true, dataUrl: `data:${type};base64,${toBase64(bytes)}`, bytes: bytes.byteLength };
  } catch {
    // Network errors, CORS refusals and the timeout's abort alike.
    return { ok: false, reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null as soon as it passes `maxBytes` (a missing or lying content-length can't make us buffer more). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > maxBytes ? null : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const SAFE_IMAGE_TYPES =
  /^image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml|x-icon|vnd\.microsoft\.icon)$/;

/**
 * The image's MIME type from its header, or sniffed from its first bytes
 * when a server sends a generic type. Anything that isn't a displayable
 * image (an HTML error page, a script) is not saved.
 */
function imageType(header: string | null, bytes: Uint8Array): string | null {
  const declared = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (SAFE_IMAGE_TYPES.test(declared)) return declared === 'image/jpg' ? 'image/jpeg' : declared;
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return 'image/webp';
  }
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list well within engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
