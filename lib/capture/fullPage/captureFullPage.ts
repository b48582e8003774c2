import { encodeScreenshot, type EncodeOptions, type EncodedImage } from '../encodeImage';
import type { PageMeasure } from '../page/fullPageScroller';
import {
  DEFAULT_MAX_TILES,
  layoutCanvases,
  planTiles,
  toDevicePx,
  type CanvasSlice,
  type TilePlanInput,
} from './planTiles';

/** The page-side steps, answered by the clipper content script (fullPageScroller.ts). */
export interface FullPagePage {
  measure(): Promise<PageMeasure>;
  /** Scrolls and resolves with the scroll position the page actually reached. */
  scrollTo(y: number): Promise<number>;
  /** Hides fixed/sticky elements after the first tile; called around every scroll, so idempotent. */
  hideFixed(): Promise<void>;
  restore(): Promise<void>;
}

export interface FullPageDeps {
  page: FullPagePage;
  /** A PNG of the visible tab, already paced to the rate limit (pacedCapture.ts). */
  captureVisible(): Promise<Blob>;
  createImageBitmap: typeof createImageBitmap;
  OffscreenCanvas: typeof OffscreenCanvas;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface FullPageOptions extends Pick<TilePlanInput, 'maxCanvasHeight' | 'maxCanvasArea'> {
  /** Defaults to DEFAULT_MAX_TILES (40 screens, about 21 s at the rate limit). */
  maxTiles?: number;
  encode?: EncodeOptions;
}

export interface FullPageResult {
  /** Top to bottom; more than one when the page is taller than a canvas may be. */
  images: EncodedImage[];
  /** True when maxTiles stopped the capture before the bottom of the page. */
  truncated: boolean;
}

/**
 * Scrolls the page a viewport at a time, captures each screen and stitches
 * them into one image (several for very tall pages). Runs in the service
 * worker. What the page reports is trusted over the plan: the page may scroll
 * less than asked (snap points, fixed heights), and lazy content may grow it
 * while it is captured, so each step starts from the real scroll position and
 * a fresh measurement. The scale comes from the captured bitmap, not from
 * devicePixelRatio, because browser zoom and capture scaling change it.
 * The page is always restored, even on failure or abort.
 */
export async function captureFullPage(
  deps: FullPageDeps,
  options: FullPageOptions = {},
): Promise<FullPageResult> {
  const maxTiles = options.maxTiles ?? DEFAULT_MAX_TILES;
  const limits = { maxCanvasHeight: options.maxCanvasHeight, maxCanvasArea: options.maxCanvasArea };
  // Called unbound: a global like createImageBitmap throws "Illegal
  // invocation" when called as a method of the deps object.
  const createBitmap = deps.createImageBitmap;
  let sheets: Sheets | null = null;
  try {
    deps.signal?.throwIfAborted();
    // Measured once before any scroll, so a page side that records the
    // student's position on measure gets the right one.
    await deps.page.measure();
    let y = await deps.page.scrollTo(0);
    let scale = 0;
    let covered = 0;
    let truncated = false;
    for (let tiles = 0; ;) {
      deps.signal?.throwIfAborted();
      const measure = await deps.page.measure();
      const bitmap = await createBitmap(await deps.captureVisible());
      try {
        // The capture includes scrollbars; innerWidth does too, the viewport doesn't.
        scale ||= bitmap.width / (measure.innerWidth ?? measure.viewportWidth);
        const plan = planTiles({ ...measure, ...limits, devicePixelRatio: scale, maxTiles });
        sheets ??= new Sheets(deps, plan.width, limits);
        sheets.fit(Math.max(plan.totalHeight, covered));
        const top = toDevicePx(y, scale);
        const rows = Math.min(plan.tileHeight, bitmap.height);
        covered = Math.max(covered, sheets.draw(bitmap, top, rows, covered));
        tiles += 1;
        const remaining = plan.scrollPositions.filter((position) => position > y).length;
        deps.onProgress?.(tiles, Math.min(maxTiles, tiles + remaining));
        const maxScroll = Math.max(0, Math.ceil(measure.scrollHeight - measure.viewportHeight));
        const next = Math.min(y + measure.viewportHeight, maxScroll);
        if (next <= y) break;
        if (tiles >= maxTiles) {
          truncated = true;
          break;
        }
        deps.signal?.throwIfAborted();
        // Before the scroll, so scrollTo's wait for a paint covers it too.
        await deps.page.hideFixed();
        const reached = await deps.page.scrollTo(next);
        // A page that won't scroll further has shown all it will.
        if (reached <= y) break;
        y = reached;
        // Again for headers that only turn fixed once scrolled; the capture
        // pacing (520 ms from the last one) leaves time for that repaint.
        await deps.page.hideFixed();
      } finally {
        bitmap.close();
      }
    }
    sheets?.fit(covered);
    const images = await sheets?.encode(options.encode);
    return { images: images ?? [], truncated };
  } finally {
    sheets?.release();
    // The tab may have navigated or closed: the screenshot is still good,
    // and a restore failure must not hide the capture's own error.
    await deps.page.restore().catch(() => undefined);
  }
}

interface Sheet {
  slice: CanvasSlice;
  canvas: OffscreenCanvas;
  context: OffscreenCanvasRenderingContext2D;
}

/** The output canvases, laid out by planTiles: all full but the last. */
class Sheets {
  private sheets: Sheet[] = [];

  constructor(
    private readonly deps: Pick<FullPageDeps, 'OffscreenCanvas'>,
    private readonly width: number,
    private readonly limits: Pick<TilePlanInput, 'maxCanvasHeight' | 'maxCanvasArea'>,
  ) {}

  /** Resizes to `totalHeight` rows, keeping what is drawn (only the last canvases change). */
  fit(totalHeight: number): void {
    const layout = layoutCanvases(totalHeight, this.width, this.limits);
    this.sheets = layout.map((slice, index) => {
      const existing = this.sheets[index];
      if (existing && existing.slice.height === slice.height) return existing;
      const sheet = this.create(slice);
      if (existing) {
        sheet.context.drawImage(existing.canvas, 0, 0);
        existing.canvas.width = 0; // frees its pixels now rather than at GC
      }
      return sheet;
    });
  }

  /**
   * Draws the rows of a tile that are not drawn yet (page rows from
   * `covered` on; the tile starts at page row `top`). Returns the last row
   * drawn + 1.
   */
  draw(bitmap: ImageBitmap, top: number, rows: number, covered: number): number {
    const total = this.sheets.reduce((sum, sheet) => sum + sheet.slice.height, 0);
    const start = Math.max(top, covered);
    const end = Math.min(top + rows, total);
    const width = Math.min(this.width, bitmap.width);
    for (const { slice, context } of this.sheets) {
      const from = Math.max(start, slice.top);
      const to = Math.min(end, slice.top + slice.height);
      if (to <= from) continue;
      context.drawImage(
        bitmap,
        0,
        from - top,
        width,
        to - from,
        0,
        from - slice.top,
        width,
        to - from,
      );
    }
    return end > start ? end : covered;
  }

  async encode(options: EncodeOptions | undefined): Promise<EncodedImage[]> {
    const images: EncodedImage[] = [];
    // One at a time: each encoder buffer is as large as its canvas.
    for (const sheet of this.sheets) {
      images.push(await encodeScreenshot(sheet.canvas, options, this.deps));
      sheet.canvas.width = 0;
    }
    return images;
  }

  release(): void {
    for (const sheet of this.sheets) sheet.canvas.width = 0;
    this.sheets = [];
  }

  private create(slice: CanvasSlice): Sheet {
    const canvas = new this.deps.OffscreenCanvas(slice.width, slice.height);
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('No 2D context for an OffscreenCanvas');
    // An opaque canvas starts black; rows a page skipped should be blank paper.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, slice.width, slice.height);
    return { slice, canvas, context };
  }
}
