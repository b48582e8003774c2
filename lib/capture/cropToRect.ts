import type { ViewportRect } from './captureTypes';
import type { CanvasDeps } from './encodeImage';

/**
 * Crops a visible-tab capture to a rectangle the student picked. The rect is
 * in CSS px of the viewport; the capture is in device px. `scale` overrides
 * the rect's devicePixelRatio when the caller measured the real ratio from
 * the bitmap (bitmap width / window.innerWidth), which is the one to trust.
 * Edges are rounded outwards so a selected line of text is never cut, then
 * clamped to the bitmap.
 */
export function cropToRect(
  bitmap: ImageBitmap | OffscreenCanvas,
  rect: ViewportRect,
  options: { scale?: number } = {},
  deps: CanvasDeps = { OffscreenCanvas: globalThis.OffscreenCanvas },
): OffscreenCanvas {
  const scale = options.scale ?? rect.devicePixelRatio;
  if (!(scale > 0)) throw new RangeError(`Bad device pixel ratio ${scale}`);
  const left = clamp(floor(rect.x * scale), 0, bitmap.width);
  const top = clamp(floor(rect.y * scale), 0, bitmap.height);
  const right = clamp(ceil((rect.x + rect.width) * scale), 0, bitmap.width);
  const bottom = clamp(ceil((rect.y + rect.height) * scale), 0, bitmap.height);
  const width = right - left;
  const height = bottom - top;
  if (width < 1 || height < 1) throw new RangeError('The selected area is outside the capture');
  const canvas = new deps.OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('No 2D context for an OffscreenCanvas');
  context.drawImage(bitmap, left, top, width, height, 0, 0, width, height);
  return canvas;
}

// Float products such as 0.1 * 3 land a hair past a whole pixel; don't let
// that add a row of the neighbouring content.
const EPSILON = 1e-6;
const floor = (value: number) => Math.floor(value + EPSILON);
const ceil = (value: number) => Math.ceil(value - EPSILON);

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
