import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CANVAS_AREA,
  DEFAULT_MAX_CANVAS_HEIGHT,
  DEFAULT_MAX_TILES,
  layoutCanvases,
  maxRowsPerCanvas,
  planTiles,
  type TilePlan,
  type TilePlanInput,
} from '@/lib/capture/fullPage/planTiles';

const screen = { viewportHeight: 900, viewportWidth: 1200, scrollWidth: 1200 };

function plan(overrides: Partial<TilePlanInput>): TilePlan {
  return planTiles({ ...screen, scrollHeight: 900, devicePixelRatio: 1, ...overrides });
}

/** The canvases must tile the covered rows exactly: no gap, no overlap, all within the limits. */
function expectCanvasesTile(result: TilePlan, maxHeight: number, maxArea: number) {
  let next = 0;
  for (const canvas of result.canvases) {
    expect(canvas.top).toBe(next);
    expect(canvas.height).toBeGreaterThan(0);
    expect(canvas.height).toBeLessThanOrEqual(maxHeight);
    expect(canvas.width * canvas.height).toBeLessThanOrEqual(maxArea);
    expect(canvas.width).toBe(result.width);
    next += canvas.height;
  }
  expect(next).toBe(result.totalHeight);
}

/** The tiles must cover every covered row: each one starts at or above the previous one's end. */
function expectTilesCover(result: TilePlan, viewportHeight: number) {
  const positions = result.scrollPositions;
  expect(positions[0]).toBe(0);
  for (let i = 1; i < positions.length; i++) {
    expect(positions[i]!).toBeGreaterThan(positions[i - 1]!);
    expect(positions[i]!).toBeLessThanOrEqual(positions[i - 1]! + viewportHeight);
  }
  const last = positions[positions.length - 1]!;
  expect(Math.round((last + viewportHeight) * result.scale)).toBeGreaterThanOrEqual(
    result.totalHeight,
  );
}

describe('planTiles', () => {
  it('captures a page shorter than the viewport once, at its own height', () => {
    const result = plan({ scrollHeight: 400 });
    expect(result.scrollPositions).toEqual([0]);
    expect(result.totalHeight).toBe(400);
    expect(result.canvases).toEqual([{ top: 0, height: 400, width: 1200 }]);
    expect(result.truncated).toBe(false);
  });

  it('captures a page exactly one viewport tall once', () => {
    const result = plan({ scrollHeight: 900 });
    expect(result.scrollPositions).toEqual([0]);
    expect(result.totalHeight).toBe(900);
  });

  it('needs a second tile for a page one pixel taller than the viewport', () => {
    const result = plan({ scrollHeight: 901 });
    expect(result.scrollPositions).toEqual([0, 1]);
    expect(result.totalHeight).toBe(901);
  });

  it('captures an exact multiple of the viewport with no overlap', () => {
    const result = plan({ scrollHeight: 2700 });
    expect(result.scrollPositions).toEqual([0, 900, 1800]);
  });

  it('clamps the last tile to the bottom when the page is one pixel over a multiple', () => {
    const result = plan({ scrollHeight: 2701 });
    expect(result.scrollPositions).toEqual([0, 900, 1800, 1801]);
    expectTilesCover(result, 900);
  });

  it('captures 10.5 screens as 11 tiles, the last overlapping by half a screen', () => {
    const result = plan({ scrollHeight: 9450 });
    expect(result.scrollPositions).toHaveLength(11);
    expect(result.scrollPositions.slice(0, 10)).toEqual([...Array(10).keys()].map((i) => i * 900));
    expect(result.scrollPositions[10]).toBe(9450 - 900);
    expect(result.totalHeight).toBe(9450);
    expect(result.canvases).toHaveLength(1);
    expectTilesCover(result, 900);
  });

  it.each([1, 1.5, 2, 3])('scales rows and width to device pixels at dpr %s', (dpr) => {
    const result = plan({ scrollHeight: 9450, devicePixelRatio: dpr });
    expect(result.scale).toBe(dpr);
    expect(result.width).toBe(1200 * dpr);
    expect(result.tileHeight).toBe(900 * dpr);
    expect(result.totalHeight).toBe(Math.round(9450 * dpr));
    // Scroll positions stay in CSS px whatever the ratio.
    expect(result.scrollPositions).toEqual(plan({ scrollHeight: 9450 }).scrollPositions);
    expectCanvasesTile(result, DEFAULT_MAX_CANVAS_HEIGHT, DEFAULT_MAX_CANVAS_AREA);
  });

  it('splits into several canvases once the device height passes the limit', () => {
    // 9450 CSS px at dpr 2 = 18,900 rows: one full canvas and the rest.
    const result = plan({ scrollHeight: 9450, devicePixelRatio: 2 });
    expect(result.canvases).toEqual([
      { top: 0, height: DEFAULT_MAX_CANVAS_HEIGHT, width: 2400 },
      { top: DEFAULT_MAX_CANVAS_HEIGHT, height: 18900 - DEFAULT_MAX_CANVAS_HEIGHT, width: 2400 },
    ]);
  });

  it('fits exactly at the canvas height limit, and splits one pixel over it', () => {
    const exact = plan({ scrollHeight: 16383 });
    expect(exact.canvases).toEqual([{ top: 0, height: 16383, width: 1200 }]);
    const over = plan({ scrollHeight: 16384 });
    expect(over.canvases).toEqual([
      { top: 0, height: 16383, width: 1200 },
      { top: 16383, height: 1, width: 1200 },
    ]);
  });

  it('honours a custom height limit (Firefox allows 32767)', () => {
    const result = plan({ scrollHeight: 30000, maxCanvasHeight: 32767, maxTiles: 100 });
    expect(result.canvases).toHaveLength(1);
  });

  it('lets the area limit bind for wide viewports', () => {
    // 4000 px wide at dpr 3 = 12,000 px: 64 Mi px / 12,000 = 5592 rows per canvas.
    const result = plan({ viewportWidth: 4000, scrollHeight: 9000, devicePixelRatio: 3 });
    const rows = Math.floor(DEFAULT_MAX_CANVAS_AREA / 12000);
    expect(result.canvases[0]).toEqual({ top: 0, height: rows, width: 12000 });
    expect(result.canvases).toHaveLength(Math.ceil(27000 / rows));
    expectCanvasesTile(result, DEFAULT_MAX_CANVAS_HEIGHT, DEFAULT_MAX_CANVAS_AREA);
  });

  it('stops an absurdly tall page (200,000 px) at the tile limit', () => {
    const result = plan({ scrollHeight: 200_000 });
    expect(result.truncated).toBe(true);
    expect(result.scrollPositions).toHaveLength(DEFAULT_MAX_TILES);
    expect(result.scrollPositions.at(-1)).toBe((DEFAULT_MAX_TILES - 1) * 900);
    expect(result.totalHeight).toBe(DEFAULT_MAX_TILES * 900);
    expect(result.canvases).toHaveLength(Math.ceil(36000 / DEFAULT_MAX_CANVAS_HEIGHT));
    expectTilesCover(result, 900);
    expectCanvasesTile(result, DEFAULT_MAX_CANVAS_HEIGHT, DEFAULT_MAX_CANVAS_AREA);
  });

  it.each([1, 1.5, 2, 3])(
    'plans all of a 200,000 px page within the limits at dpr %s when tiles are unlimited',
    (dpr) => {
      const result = plan({ scrollHeight: 200_000, devicePixelRatio: dpr, maxTiles: Infinity });
      expect(result.truncated).toBe(false);
      expect(result.scrollPositions).toHaveLength(Math.ceil(200_000 / 900));
      expect(result.scrollPositions.at(-1)).toBe(200_000 - 900);
      expect(result.totalHeight).toBe(200_000 * dpr);
      expectTilesCover(result, 900);
      expectCanvasesTile(result, DEFAULT_MAX_CANVAS_HEIGHT, DEFAULT_MAX_CANVAS_AREA);
    },
  );

  it('is not truncated when the tile limit is exactly what the page needs', () => {
    const result = plan({ scrollHeight: 2700, maxTiles: 3 });
    expect(result.truncated).toBe(false);
    expect(result.scrollPositions).toEqual([0, 900, 1800]);
    const short = plan({ scrollHeight: 2701, maxTiles: 3 });
    expect(short.truncated).toBe(true);
    expect(short.totalHeight).toBe(2700);
  });

  it('rounds fractional scroll heights and ratios to whole device pixels', () => {
    const result = plan({ scrollHeight: 1000.5, viewportWidth: 1001, devicePixelRatio: 1.5 });
    expect(result.width).toBe(1502);
    expect(result.totalHeight).toBe(1501);
    expect(result.scrollPositions).toEqual([0, 101]);
  });

  it('rejects a zero viewport or ratio instead of looping forever', () => {
    expect(() => plan({ viewportHeight: 0 })).toThrow(RangeError);
    expect(() => plan({ devicePixelRatio: 0 })).toThrow(RangeError);
    expect(() => plan({ viewportWidth: Number.NaN })).toThrow(RangeError);
  });
});

describe('layoutCanvases', () => {
  it('keeps every canvas but the last full, so growth only touches the last', () => {
    const before = layoutCanvases(40_000, 1000, { maxCanvasHeight: 16_000 });
    const after = layoutCanvases(41_000, 1000, { maxCanvasHeight: 16_000 });
    expect(before.slice(0, 2)).toEqual(after.slice(0, 2));
    expect(before[2]).toEqual({ top: 32_000, height: 8_000, width: 1000 });
    expect(after[2]).toEqual({ top: 32_000, height: 9_000, width: 1000 });
  });

  it('refuses a width that cannot fit one row in the area', () => {
    expect(() => maxRowsPerCanvas(2000, { maxCanvasArea: 1000 })).toThrow(RangeError);
  });
});
