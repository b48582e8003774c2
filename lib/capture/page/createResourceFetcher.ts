/**
 * Fetches a page's own resources (from the page, at clip time: the only
 * network use the privacy rules allow) for a single-file snapshot, within
 * size caps so one huge image or a gallery of them cannot fill the
 * student's storage. Each URL is fetched once; a few at a time.
 */

export interface ResourceFetcherOptions {
  fetch: typeof fetch;
  /** Bytes one resource may have (before base64); larger ones keep their URL. Default 4 MiB. */
  maxBytesPerResource?: number;
  /** Bytes all inlined resources may have together. Default 24 MiB. */
  maxTotalBytes?: number;
  timeoutMs?: number;
  concurrency?: number;
}

export interface ResourceFetcher {
  /** A data: URL of the resource, or null when it cannot be fetched or is over a cap. */
  dataUrl(url: string): Promise<string | null>;
  /** A stylesheet's text, or null; counts against the total cap like any resource. */
  text(url: string): Promise<string | null>;
}

export const DEFAULT_MAX_BYTES_PER_RESOURCE = 4 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_BYTES = 24 * 1024 * 1024;

export function createResourceFetcher(options: ResourceFetcherOptions): ResourceFetcher {
  const perResource = options.maxBytesPerResource ?? DEFAULT_MAX_BYTES_PER_RESOURCE;
  const total = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const limit = createLimiter(options.concurrency ?? 6);
  let used = 0;
  const blobs = new Map<string, Promise<Blob | null>>();

  const fetchBlob = (url: string): Promise<Blob | null> => {
    let pending = blobs.get(url);
    if (!pending) {
      pending = limit(async () => {
        if (!/^https?:\/\//i.test(url)) return null;
        try {
          const response = await options.fetch(url, {
            // The browser has just loaded these for the page: use its cache.
            cache: 'force-cache',
            credentials: 'same-origin',
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (!response.ok) return null;
          const declared = Number(response.headers.get('content-length') ?? NaN);
          if (declared > perResource || used + declared > total) return null;
          const blob = await response.blob();
          if (blob.size > perResource || used + blob.size > total) return null;
          used += blob.size;
          const type = blob.type || response.headers.get('content-type') || '';
          return type === blob.type ? blob : new Blob([blob], { type });
        } catch {
          return null; // offline, blocked by CORS, timed out: the URL stays as it was
        }
      });
      blobs.set(url, pending);
    }
    return pending;
  };

  return {
    async dataUrl(url) {
      if (/^data:/i.test(url)) return url;
      const blob = await fetchBlob(url);
      if (!blob) return null;
      const type = /^[\w.+-]+\/[\w.+-]+/.exec(blob.type)?.[0] ?? 'application/octet-stream';
      return `data:${type};base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
    },
    async text(url) {
      const blob = await fetchBlob(url);
      return blob ? blob.text() : null;
    },
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** Runs at most `concurrency` of the given tasks at once. */
function createLimiter(concurrency: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      queue.shift()?.();
    }
  };
}
