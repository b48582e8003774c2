import { i18n } from '#i18n';
import type { RasterImage, SeesawRaster } from './SeesawRaster';

/**
 * Size caps for a generated image, and why:
 * - 16,384 px on the longest side: the largest canvas side Chrome and Firefox
 *   both draw reliably; past it toBlob/convertToBlob can fail or return a
 *   blank image.
 * - 16,777,216 pixels (4096 x 4096) in all: iPadOS and iOS Safari, where many
 *   families and teachers open Seesaw, refuse or blur images above about
 *   16.7 megapixels. A 1280 px wide page keeps its full resolution up to
 *   13,107 px tall; a taller full-page screenshot is scaled down as a whole,
 *   which keeps it one picture to scroll rather than several out of order.
 */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 16_777_216;
/** High enough that screenshot text stays crisp, low enough to keep files small. */
const JPEG_QUALITY = 0.9;

/** The scale (at most 1) that brings width x height under both caps. */
export function imageScaleFor(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  const bySide = MAX_IMAGE_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_IMAGE_PIXELS / (width * height));
  return Math.min(1, bySide, byArea);
}

/**
 * Turns stored images into one JPEG Seesaw takes: converts WebP/GIF, stacks a
 * full-page screenshot's parts top to bottom, and scales to the caps. White
 * underneath, because JPEG has no transparency (a transparent PNG would turn
 * black).
 */
export async function makeSeesawImage(
  raster: SeesawRaster,
  blobs: readonly Blob[],
  signal?: AbortSignal,
): Promise<Blob> {
  const images: RasterImage[] = [];
  try {
    for (const blob of blobs) {
      signal?.throwIfAborted();
      images.push(await raster.decode(blob));
    }
    const width = Math.max(...images.map((image) => image.width));
    const height = images.reduce((sum, image) => sum + image.height, 0);
    const scale = imageScaleFor(width, height);
    const outWidth = Math.max(1, Math.round(width * scale));
    const outHeight = Math.max(1, Math.round(height * scale));
    const canvas = raster.createCanvas(outWidth, outHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(i18n.t('exportFiles.seesaw.cannotDrawImages'));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, outWidth, outHeight);
    let top = 0;
    for (const image of images) {
      const drawnHeight = image.height * scale;
      context.drawImage(image as never, 0, top, image.width * scale, drawnHeight);
      top += drawnHeight;
    }
    signal?.throwIfAborted();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  } finally {
    for (const image of images) image.close?.();
  }
}
