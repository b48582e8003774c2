/**
 * Screenshot encoding for the service worker (no DOM: OffscreenCanvas only).
 *
 * Screenshots are mostly text, so the encoder must keep glyph edges crisp.
 * WebP at 0.85 keeps 12-16 px body text legible at about a sixth of the PNG's
 * size; below about 0.75 ringing appears around letters on coloured
 * backgrounds. JPEG (only where the browser cannot encode WebP, detected from
 * the blob it returns) needs a higher 0.9 for the same legibility.
 */

export const SCREENSHOT_WEBP_QUALITY = 0.85;
export const SCREENSHOT_JPEG_QUALITY = 0.9;
/** Thumbnails are viewed small, so artefacts don't show; size matters more. */
export const THUMBNAIL_QUALITY = 0.75;
export const THUMBNAIL_WIDTH = 320;
/**
 * Widest screenshot we keep. A 4K screen's full width stays sharp; anything
 * wider (ultra-wide monitors at dpr 2) is scaled down to save space.
 */
export const DEFAULT_MAX_SCREENSHOT_WIDTH = 3840;
/** WebP stores each side in 14 bits; larger images must be JPEG. */
export const WEBP_MAX_SIDE = 16383;

export type ScreenshotType = 'image/webp' | 'image/jpeg';

export interface EncodedImage {
  blob: Blob;
  width: number;
  height: number;
}

export interface EncodeOptions {
  maxWidth?: number;
  quality?: number;
  type?: ScreenshotType;
}

export interface CanvasDeps {
  OffscreenCanvas: typeof OffscreenCanvas;
}

type Source = ImageBitmap | OffscreenCanvas;

function defaultDeps(): CanvasDeps {
  return { OffscreenCanvas: globalThis.OffscreenCanvas };
}

/** Encodes a screenshot as WebP (or JPEG where WebP can't be made), scaled to fit maxWidth. */
export async function encodeScreenshot(
  source: Source,
  options: EncodeOptions = {},
  deps: CanvasDeps = defaultDeps(),
): Promise<EncodedImage> {
  const maxWidth = options.maxWidth ?? DEFAULT_MAX_SCREENSHOT_WIDTH;
  const scale = Math.min(1, maxWidth / source.width);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  // A canvas already at size (a stitched page) is encoded as is: copying a
  // 16k-row canvas would double the worker's largest allocation.
  const canvas =
    scale === 1 && source instanceof deps.OffscreenCanvas
      ? source
      : draw(source, { width, height, sourceHeight: source.height }, deps);
  const type = options.type ?? 'image/webp';
  const blob = await toBlob(canvas, type, {
    webp: type === 'image/webp' ? options.quality : undefined,
    jpeg: type === 'image/jpeg' ? options.quality : undefined,
  });
  return { blob, width, height };
}

/**
 * A small preview, THUMBNAIL_WIDTH wide. Tall full-page shots are cut to
 * `maxHeight` (twice the width by default) from the top: a 20-screen strip
 * scaled to 320 px would show nothing readable.
 */
export async function makeThumbnail(
  source: Source,
  options: { width?: number; maxHeight?: number } = {},
  deps: CanvasDeps = defaultDeps(),
): Promise<Blob> {
  const targetWidth = options.width ?? THUMBNAIL_WIDTH;
  const scale = Math.min(1, targetWidth / source.width);
  const width = Math.max(1, Math.round(source.width * scale));
  const maxHeight = options.maxHeight ?? targetWidth * 2;
  const height = Math.max(1, Math.min(Math.round(source.height * scale), maxHeight));
  const canvas = draw(source, { width, height, sourceHeight: Math.round(height / scale) }, deps);
  return toBlob(canvas, 'image/webp', { webp: THUMBNAIL_QUALITY, jpeg: THUMBNAIL_QUALITY });
}

/**
 * Decodes a data: URL (what captureVisibleTab returns) without fetch, which
 * some browsers refuse for data: URLs under an extension CSP.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new TypeError('Not a data: URL');
  const type = match[1]?.split(';')[0] || 'text/plain';
  const payload = match[3] ?? '';
  if (!match[2]) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

function draw(
  source: Source,
  size: { width: number; height: number; sourceHeight: number },
  deps: CanvasDeps,
): OffscreenCanvas {
  const canvas = new deps.OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('No 2D context for an OffscreenCanvas');
  // Opaque white under the image: JPEG has no alpha, and a transparent
  // area (a cropped edge) must not turn black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  const sourceHeight = Math.min(source.height, size.sourceHeight);
  context.drawImage(source, 0, 0, source.width, sourceHeight, 0, 0, size.width, size.height);
  return canvas;
}

async function toBlob(
  canvas: OffscreenCanvas,
  type: ScreenshotType,
  quality: { webp?: number; jpeg?: number },
): Promise<Blob> {
  const fitsWebp = canvas.width <= WEBP_MAX_SIDE && canvas.height <= WEBP_MAX_SIDE;
  if (type === 'image/webp' && fitsWebp) {
    const webp = await canvas.convertToBlob({
      type,
      quality: quality.webp ?? SCREENSHOT_WEBP_QUALITY,
    });
    // A browser that can't encode WebP returns PNG instead of failing.
    if (webp.type === 'image/webp') return webp;
  }
  const jpeg = await canvas.convertToBlob({
    type: 'image/jpeg',
    quality: quality.jpeg ?? SCREENSHOT_JPEG_QUALITY,
  });
  if (jpeg.type !== 'image/jpeg') throw new Error(`The browser encoded ${jpeg.type}, not JPEG`);
  return jpeg;
}
