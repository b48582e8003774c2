/**
 * Plans a scroll-and-stitch screenshot: which scroll positions to capture and
 * how to split the result into canvases the browser can allocate and encode.
 * Pure arithmetic, so every edge (exact fits, 1 px over, fractional device
 * pixel ratios, absurdly tall pages) is unit-tested without a browser.
 *
 * Only the vertical axis is stitched: the output is one viewport wide.
 * Horizontal overflow is rare on the pages students clip, and scrolling
 * sideways would triple the captures under a 2-per-second rate limit.
 */

/**
 * Rows per output canvas. Chrome allows 16384 px per canvas side, but WebP
 * cannot encode more than 16383 px per side (its header stores 14 bits), so a
 * 16384-row canvas would silently come back as PNG. One row less keeps WebP.
 */
export const DEFAULT_MAX_CANVAS_HEIGHT = 16383;

/**
 * Pixels per output canvas. Browsers allow more (Chrome 268M, Firefox about
 * 124M), but an RGBA canvas costs 4 bytes a pixel and the service worker also
 * holds a tile and the encoder's buffers: 64 Mi px is 256 MiB, the most we
 * want alive at once. At ordinary widths the height limit binds first.
 */
export const DEFAULT_MAX_CANVAS_AREA = 8192 * 8192;

/**
 * Tiles per screenshot. At the 2-captures-per-second rate limit, 40 tiles take
 * about 21 s, the longest a student will wait; pages with infinite scroll
 * would otherwise never end. The output then shows the top 40 screens.
 */
export const DEFAULT_MAX_TILES = 40;

export interface TilePlanInput {
  /** Page size and viewport in CSS px (viewport without scrollbars). */
  scrollHeight: number;
  scrollWidth: number;
  viewportHeight: number;
  viewportWidth: number;
  /** Device pixels per CSS pixel (trust the captured bitmap over window.devicePixelRatio). */
  devicePixelRatio: number;
  /** Device px; see DEFAULT_MAX_CANVAS_HEIGHT. */
  maxCanvasHeight?: number;
  /** Device px²; see DEFAULT_MAX_CANVAS_AREA. */
  maxCanvasArea?: number;
  /** See DEFAULT_MAX_TILES. */
  maxTiles?: number;
}

/** One output image: a band of the stitched page, in device px. */
export interface CanvasSlice {
  /** First page row (device px) of this image. */
  top: number;
  height: number;
  width: number;
}

export interface TilePlan {
  /** Device px per CSS px. */
  scale: number;
  /** Width of every output image and of the part of each tile that is used, in device px. */
  width: number;
  /** Rows of a tile that show the page (device px): the viewport without a horizontal scrollbar. */
  tileHeight: number;
  /** Scroll positions (CSS px) to capture, top to bottom; the last one ends at the bottom of the page. */
  scrollPositions: number[];
  /** Page rows (device px) the stitched images cover. */
  totalHeight: number;
  canvases: CanvasSlice[];
  /** True when maxTiles stopped the plan before the bottom of the page. */
  truncated: boolean;
}

/** Rounds CSS px to device px the same way everywhere, so tiles and canvases meet exactly. */
export function toDevicePx(cssPx: number, scale: number): number {
  return Math.round(cssPx * scale);
}

export function planTiles(input: TilePlanInput): TilePlan {
  const viewportHeight = positive(input.viewportHeight, 'viewportHeight');
  const viewportWidth = positive(input.viewportWidth, 'viewportWidth');
  const scale = positive(input.devicePixelRatio, 'devicePixelRatio');
  const maxTiles = Math.max(1, Math.floor(input.maxTiles ?? DEFAULT_MAX_TILES));
  const scrollHeight = Math.max(0, input.scrollHeight);
  // The last position is clamped so its tile ends at the bottom; the band it
  // repeats from the previous tile is cropped away when stitching.
  const maxScroll = Math.max(0, Math.ceil(scrollHeight - viewportHeight));
  const scrollPositions: number[] = [];
  for (let y = 0; y < maxScroll && scrollPositions.length < maxTiles; y += viewportHeight) {
    scrollPositions.push(y);
  }
  const truncated = scrollPositions.length === maxTiles && maxScroll > 0;
  if (!truncated) scrollPositions.push(maxScroll);
  const lastPosition = scrollPositions[scrollPositions.length - 1] ?? 0;
  const coveredCss = truncated ? lastPosition + viewportHeight : scrollHeight;
  const width = toDevicePx(viewportWidth, scale);
  const totalHeight = Math.max(1, toDevicePx(Math.min(coveredCss, scrollHeight), scale));
  return {
    scale,
    width,
    tileHeight: toDevicePx(viewportHeight, scale),
    scrollPositions,
    totalHeight,
    canvases: layoutCanvases(totalHeight, width, input),
    truncated,
  };
}

/**
 * Splits `totalHeight` rows into canvases within the limits. Every canvas but
 * the last is full, so when a lazy page grows while it is captured only the
 * last canvas changes size (captureFullPage relies on this).
 */
export function layoutCanvases(
  totalHeight: number,
  width: number,
  limits: Pick<TilePlanInput, 'maxCanvasHeight' | 'maxCanvasArea'> = {},
): CanvasSlice[] {
  const rowsPerCanvas = maxRowsPerCanvas(width, limits);
  const canvases: CanvasSlice[] = [];
  for (let top = 0; top < totalHeight; top += rowsPerCanvas) {
    canvases.push({ top, height: Math.min(rowsPerCanvas, totalHeight - top), width });
  }
  return canvases;
}

export function maxRowsPerCanvas(
  width: number,
  limits: Pick<TilePlanInput, 'maxCanvasHeight' | 'maxCanvasArea'> = {},
): number {
  const maxHeight = limits.maxCanvasHeight ?? DEFAULT_MAX_CANVAS_HEIGHT;
  const maxArea = limits.maxCanvasArea ?? DEFAULT_MAX_CANVAS_AREA;
  const rows = Math.min(maxHeight, Math.floor(maxArea / Math.max(1, width)));
  if (rows < 1) throw new RangeError(`A ${width} px wide canvas does not fit in ${maxArea} px`);
  return rows;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${name} must be > 0, got ${value}`);
  return value;
}
