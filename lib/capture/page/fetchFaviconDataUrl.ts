/** Favicons larger than this are not kept: the library shows them at 16-32 px. */
export const MAX_FAVICON_BYTES = 48 * 1024;

/**
 * Reads the page's favicon from the page's own context (same origin, so it
 * usually works without any permission) and returns it as a data: URL. The
 * library then shows it without ever contacting the site again.
 */
export async function fetchFaviconDataUrl(
  faviconUrl: string | null,
  deps: { fetch: typeof fetch; timeoutMs?: number },
): Promise<string | null> {
  if (!faviconUrl || !/^https?:|^data:image\//i.test(faviconUrl)) return null;
  try {
    const response = await deps.fetch(faviconUrl, {
      credentials: 'omit',
      signal: AbortSignal.timeout(deps.timeoutMs ?? 3000),
    });
    if (!response.ok) return null;
    const blob = await response.blob();
    if (!blob.type.startsWith('image/') || blob.size > MAX_FAVICON_BYTES) return null;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `data:${blob.type};base64,${btoa(binary)}`;
  } catch {
    return null;
  }
}
