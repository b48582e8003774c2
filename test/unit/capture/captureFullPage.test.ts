import { describe, expect, it } from 'vitest';
import { captureFullPage, type FullPageDeps } from '@/lib/capture/fullPage/captureFullPage';
import type { PageMeasure } from '@/lib/capture/page/fullPageScroller';
import { FakeBitmap, fakeCanvasClass, pixelsOf, type Pixels } from './fakeCanvas';

interface PageOptions {
  scrollHeight: number;
  viewportHeight?: number;
  viewportWidth?: number;
  /** A classic scrollbar: the window is this much wider than the viewport (CSS px). */
  scrollbar?: number;
  scale?: number;
  headerRows?: number;
  /** The page refuses to scroll below this. */
  maxReachable?: number;
  /** Scroll positions snap down to a multiple of this. */
  snap?: number;
  /** Lazy content: after this many scrolls the page becomes `to` px tall. */
  grow?: { afterScrolls: number; to: number };
}

/**
 * A page the way the content script reports it, and a "screen" that paints
 * each device row with the page row it shows, a fixed header over the top
 * rows until it is hidden, and a scrollbar on the right.
 */
function fakePage(options: PageOptions) {
  const viewportHeight = options.viewportHeight ?? 90;
  const viewportWidth = options.viewportWidth ?? 8;
  const scrollbar = options.scrollbar ?? 0;
  const scale = options.scale ?? 1;
  const log: string[] = [];
  const state = { scrollY: 33, hidden: false, scrolls: 0, scrollHeight: options.scrollHeight };
  const shots = new Map<Blob, FakeBitmap>();

  const page: FullPageDeps['page'] = {
    async measure(): Promise<PageMeasure> {
      log.push('measure');
      return {
        scrollHeight: state.scrollHeight,
        scrollWidth: viewportWidth,
        viewportHeight,
        viewportWidth,
        devicePixelRatio: 99, // must be ignored: the bitmap is trusted
        scrollX: 0,
        scrollY: state.scrollY,
        innerWidth: viewportWidth + scrollbar,
        innerHeight: viewportHeight,
      };
    },
    async scrollTo(y) {
      log.push(`scroll ${y}`);
      state.scrolls += 1;
      if (options.grow && state.scrolls > options.grow.afterScrolls) {
        state.scrollHeight = options.grow.to;
      }
      const maxScroll = state.scrollHeight - viewportHeight;
      let reached = Math.min(y, maxScroll, options.maxReachable ?? y);
      // Snap points, except that the bottom of the page is always reachable.
      if (options.snap && reached < maxScroll) {
        reached = Math.floor(reached / options.snap) * options.snap;
      }
      state.scrollY = Math.max(0, reached);
      return state.scrollY;
    },
    async hideFixed() {
      log.push('hide');
      state.hidden = true;
    },
    async restore() {
      log.push('restore');
      state.hidden = false;
      state.scrollY = 33;
    },
  };

  async function captureVisible(): Promise<Blob> {
    log.push(`capture ${state.scrollY}`);
    const width = Math.round((viewportWidth + scrollbar) * scale);
    const contentWidth = Math.round(viewportWidth * scale);
    const top = Math.round(state.scrollY * scale);
    const bitmap = FakeBitmap.fromLabel(width, Math.round(viewportHeight * scale), (r, c) => {
      if (c >= contentWidth) return 'scrollbar';
      if (!state.hidden && r < (options.headerRows ?? 0)) return 'header';
      return `row${top + r}`;
    });
    const blob = new Blob([String(shots.size)]);
    shots.set(blob, bitmap);
    return blob;
  }

  const canvas = fakeCanvasClass();
  const progress: [number, number][] = [];
  const deps: FullPageDeps = {
    page,
    captureVisible,
    createImageBitmap: (async (blob: Blob) => shots.get(blob)) as typeof createImageBitmap,
    OffscreenCanvas: canvas.OffscreenCanvas,
    onProgress: (done, total) => progress.push([done, total]),
  };
  return { deps, log, state, progress, shots, canvas };
}

/** Every output row, top to bottom across all images, as one label per row (or 'mixed'). */
async function stitchedRows(images: { blob: Blob }[]): Promise<string[]> {
  const rows: Pixels = [];
  for (const image of images) rows.push(...(await pixelsOf(image.blob)));
  return rows.map((row) => (row.every((pixel) => pixel === row[0]) ? row[0]! : 'mixed'));
}

function pageRows(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => `row${from + i}`);
}

describe('captureFullPage', () => {
  it('stitches 10.5 screens into one image with every page row exactly once', async () => {
    const { deps, log, progress, shots } = fakePage({ scrollHeight: 945 });
    const result = await captureFullPage(deps);
    expect(result.truncated).toBe(false);
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ width: 8, height: 945 });
    expect(await stitchedRows(result.images)).toEqual(pageRows(945));
    expect(log.filter((entry) => entry.startsWith('capture'))).toEqual([
      ...[0, 90, 180, 270, 360, 450, 540, 630, 720, 810].map((y) => `capture ${y}`),
      'capture 855',
    ]);
    expect(progress.at(-1)).toEqual([11, 11]);
    expect(progress.map(([, total]) => total)).toEqual(Array(11).fill(11));
    expect([...shots.values()].every((bitmap) => bitmap.closed)).toBe(true);
    expect(log.at(-1)).toBe('restore');
  });

  it('measures before the first scroll, and hides fixed elements only after the first tile', async () => {
    const { deps, log } = fakePage({ scrollHeight: 200, headerRows: 5 });
    const result = await captureFullPage(deps);
    expect(log.slice(0, 5)).toEqual(['measure', 'scroll 0', 'measure', 'capture 0', 'hide']);
    const rows = await stitchedRows(result.images);
    // The header shows once, where the student saw it, and never again.
    expect(rows.slice(0, 5)).toEqual(Array(5).fill('header'));
    expect(rows.slice(5)).toEqual(pageRows(195, 5));
  });

  it.each([1, 1.5, 2, 3])('trusts the bitmap for the scale (dpr %s)', async (scale) => {
    const { deps } = fakePage({ scrollHeight: 300, scale });
    const result = await captureFullPage(deps);
    expect(result.images[0]).toMatchObject({ width: 8 * scale, height: 300 * scale });
    expect(await stitchedRows(result.images)).toEqual(pageRows(300 * scale));
  });

  it('crops a classic scrollbar off the right of every tile', async () => {
    const { deps } = fakePage({ scrollHeight: 300, scrollbar: 2, scale: 2 });
    const result = await captureFullPage(deps);
    expect(result.images[0]).toMatchObject({ width: 16, height: 600 });
    const pixels = await pixelsOf(result.images[0]!.blob);
    expect(pixels.flat()).not.toContain('scrollbar');
  });

  it('splits a page taller than a canvas into stacked images that meet exactly', async () => {
    const { deps } = fakePage({ scrollHeight: 945, scale: 2 });
    const result = await captureFullPage(deps, { maxCanvasHeight: 700 });
    expect(result.images.map((image) => image.height)).toEqual([700, 700, 490]);
    expect(await stitchedRows(result.images)).toEqual(pageRows(1890));
  });

  it('follows where the page really scrolled when it snaps short of the target', async () => {
    const { deps, log } = fakePage({ scrollHeight: 500, snap: 40 });
    const result = await captureFullPage(deps);
    expect(log.filter((entry) => entry.startsWith('capture'))).toEqual([
      'capture 0',
      'capture 80',
      'capture 160',
      'capture 240',
      'capture 320',
      'capture 410',
    ]);
    expect(await stitchedRows(result.images)).toEqual(pageRows(500));
  });

  it('stops when the page will not scroll further, keeping what it showed', async () => {
    const { deps, log } = fakePage({ scrollHeight: 900, maxReachable: 200 });
    const result = await captureFullPage(deps);
    expect(log.filter((entry) => entry.startsWith('capture'))).toEqual([
      'capture 0',
      'capture 90',
      'capture 180',
      'capture 200',
    ]);
    expect(result.images[0]!.height).toBe(290);
    expect(await stitchedRows(result.images)).toEqual(pageRows(290));
  });

  it('keeps going when lazy content makes the page taller', async () => {
    const { deps } = fakePage({ scrollHeight: 300, grow: { afterScrolls: 2, to: 600 } });
    const result = await captureFullPage(deps);
    expect(result.images[0]!.height).toBe(600);
    expect(await stitchedRows(result.images)).toEqual(pageRows(600));
  });

  it('grows the last canvas without losing what it holds when the page outgrows it', async () => {
    const { deps } = fakePage({ scrollHeight: 300, grow: { afterScrolls: 2, to: 1000 } });
    const result = await captureFullPage(deps, { maxCanvasHeight: 400 });
    expect(result.images.map((image) => image.height)).toEqual([400, 400, 200]);
    expect(await stitchedRows(result.images)).toEqual(pageRows(1000));
  });

  it('stops at the tile limit and says the capture was cut short', async () => {
    const { deps, progress } = fakePage({ scrollHeight: 200_000 });
    const result = await captureFullPage(deps, { maxTiles: 5 });
    expect(result.truncated).toBe(true);
    expect(result.images[0]!.height).toBe(450);
    expect(await stitchedRows(result.images)).toEqual(pageRows(450));
    expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
  });

  it('restores the page and rethrows when a capture fails', async () => {
    const { deps, log } = fakePage({ scrollHeight: 945 });
    let calls = 0;
    const capture = deps.captureVisible;
    deps.captureVisible = async () => {
      if (++calls === 3) throw new Error('Cannot access contents of the page');
      return capture();
    };
    await expect(captureFullPage(deps)).rejects.toThrow('Cannot access contents');
    expect(log.at(-1)).toBe('restore');
  });

  it('restores the page when aborted mid-way', async () => {
    const { deps, log } = fakePage({ scrollHeight: 945 });
    const controller = new AbortController();
    deps.signal = controller.signal;
    deps.onProgress = (done) => {
      if (done === 2) controller.abort();
    };
    await expect(captureFullPage(deps)).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.filter((entry) => entry.startsWith('capture'))).toHaveLength(2);
    expect(log.at(-1)).toBe('restore');
  });

  it('keeps the capture when restoring fails (the tab navigated away)', async () => {
    const { deps } = fakePage({ scrollHeight: 100 });
    deps.page.restore = async () => {
      throw new Error('Could not establish connection');
    };
    const result = await captureFullPage(deps);
    expect(result.images).toHaveLength(1);
  });

  it('captures a page shorter than the viewport once, at its own height', async () => {
    const { deps, log } = fakePage({ scrollHeight: 60 });
    const result = await captureFullPage(deps);
    expect(log.filter((entry) => entry.startsWith('capture'))).toEqual(['capture 0']);
    expect(result.images[0]).toMatchObject({ width: 8, height: 60 });
  });
});
