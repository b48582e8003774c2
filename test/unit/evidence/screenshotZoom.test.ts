import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  SMALLEST_STEP,
  ZOOM_STEPS,
  canZoomIn,
  canZoomOut,
  clampZoom,
  fitScale,
  scrollToKeepPoint,
  wheelZoom,
  zoomInFrom,
  zoomKeyAction,
  zoomOutFrom,
  zoomPercent,
} from '@/lib/evidence/screenshotZoom';

describe('fitScale', () => {
  it('shrinks a wide screenshot to the width available', () => {
    expect(fitScale(2000, 1000)).toBe(0.5);
  });

  it('never enlarges a small screenshot', () => {
    expect(fitScale(300, 1000)).toBe(1);
  });

  it('shows 100% until the sizes are known', () => {
    expect(fitScale(0, 1000)).toBe(1);
    expect(fitScale(2000, 0)).toBe(1);
    expect(fitScale(Number.NaN, 1000)).toBe(1);
  });

  it('keeps a huge screenshot above the smallest zoom', () => {
    expect(fitScale(1_000_000, 1000)).toBe(MIN_ZOOM);
  });
});

describe('zoom steps', () => {
  it('moves to the next step in each direction', () => {
    expect(zoomInFrom(1)).toBe(1.1);
    expect(zoomOutFrom(1)).toBe(0.9);
  });

  it('moves from a scale between steps to the nearest step that way', () => {
    expect(zoomInFrom(0.8)).toBe(0.9);
    expect(zoomOutFrom(0.8)).toBe(0.75);
  });

  it('treats a scale a hair off a step as that step', () => {
    expect(zoomInFrom(0.7499999)).toBe(0.9);
    expect(zoomOutFrom(0.7500001)).toBe(0.67);
  });

  it('runs from the smallest step to the largest zoom', () => {
    expect(ZOOM_STEPS[0]).toBe(SMALLEST_STEP);
    expect(ZOOM_STEPS.at(-1)).toBe(MAX_ZOOM);
  });

  it('stops at both ends', () => {
    expect(zoomInFrom(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(canZoomIn(MAX_ZOOM)).toBe(false);
    expect(zoomOutFrom(SMALLEST_STEP)).toBe(SMALLEST_STEP);
    expect(canZoomOut(SMALLEST_STEP)).toBe(false);
    expect(canZoomIn(1) && canZoomOut(1)).toBe(true);
  });

  it('leaves a fit below the smallest step where it is when zooming out', () => {
    expect(zoomOutFrom(0.06)).toBe(0.06);
  });

  it('clamps to the allowed range', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(clampZoom(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('shows whole percentages', () => {
    expect(zoomPercent(0.333)).toBe('33%');
    expect(zoomPercent(1)).toBe('100%');
  });
});

describe('wheelZoom', () => {
  it('zooms in when the wheel moves up and out when it moves down', () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
  });

  it('undoes itself: up then down returns to the start', () => {
    expect(wheelZoom(wheelZoom(1, -40), 40)).toBeCloseTo(1, 10);
  });

  it('moves a little for a touchpad pinch delta', () => {
    const scale = wheelZoom(1, -3);
    expect(scale).toBeGreaterThan(1);
    expect(scale).toBeLessThan(1.01);
  });

  it('counts line and page deltas as pixels, capped per event', () => {
    expect(wheelZoom(1, -3, 1)).toBeCloseTo(wheelZoom(1, -48, 0), 10);
    expect(wheelZoom(1, -1, 2)).toBe(1.25);
    expect(wheelZoom(1, 1, 2)).toBe(0.8);
  });

  it('stays within the allowed range', () => {
    expect(wheelZoom(MAX_ZOOM, -1000)).toBe(MAX_ZOOM);
    expect(wheelZoom(MIN_ZOOM, 1000)).toBe(MIN_ZOOM);
  });
});

describe('scrollToKeepPoint', () => {
  it('keeps the spot under the pointer in place when doubling', () => {
    // At 1×, the pointer at (100, 50) with the view scrolled to (200, 300) is over picture point (300, 350).
    const after = scrollToKeepPoint({ left: 200, top: 300 }, { x: 100, y: 50 }, 1, 2);
    // At 2× that point is at (600, 700); the pointer is still 100 and 50 in, so scroll to (500, 650).
    expect(after).toEqual({ left: 500, top: 650 });
  });

  it('never scrolls before the start', () => {
    expect(scrollToKeepPoint({ left: 0, top: 0 }, { x: 300, y: 300 }, 2, 1)).toEqual({
      left: 0,
      top: 0,
    });
  });
});

describe('zoomKeyAction', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
    zoomKeyAction({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });

  it('maps + and - (with or without Shift) to zooming', () => {
    expect(key('+')).toBe('in');
    expect(key('=')).toBe('in');
    expect(key('-')).toBe('out');
    expect(key('_')).toBe('out');
  });

  it('maps 0 to fit and 1 to 100%', () => {
    expect(key('0')).toBe('fit');
    expect(key('1')).toBe('actual-size');
  });

  it('leaves the browser’s own Ctrl+plus page zoom and other keys alone', () => {
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('-', { metaKey: true })).toBeNull();
    expect(key('0', { altKey: true })).toBeNull();
    expect(key('ArrowDown')).toBeNull();
    expect(key('a')).toBeNull();
  });
});
