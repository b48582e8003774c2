import { describe, expect, it } from 'vitest';
import {
  applyKeyAction,
  clampRect,
  initialKeyboardRect,
  isUsableSelection,
  keyToAction,
  MIN_SELECTION,
  moveRect,
  normalizeDrag,
  resizeRect,
} from '@/lib/capture/page/regionGeometry';

const viewport = { width: 1200, height: 800 };
const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) =>
  keyToAction({ key: k, shiftKey: false, altKey: false, ...mods });

describe('normalizeDrag', () => {
  it('gives the same rectangle whichever way the drag went', () => {
    const expected = { x: 100, y: 50, width: 200, height: 150 };
    expect(normalizeDrag({ x: 100, y: 50 }, { x: 300, y: 200 }, viewport)).toEqual(expected);
    expect(normalizeDrag({ x: 300, y: 200 }, { x: 100, y: 50 }, viewport)).toEqual(expected);
    expect(normalizeDrag({ x: 300, y: 50 }, { x: 100, y: 200 }, viewport)).toEqual(expected);
    expect(normalizeDrag({ x: 100, y: 200 }, { x: 300, y: 50 }, viewport)).toEqual(expected);
  });

  it('clamps a drag that leaves the viewport to its edges', () => {
    expect(normalizeDrag({ x: 1100, y: 700 }, { x: 1500, y: 900 }, viewport)).toEqual({
      x: 1100,
      y: 700,
      width: 100,
      height: 100,
    });
    expect(normalizeDrag({ x: 50, y: 50 }, { x: -40, y: -10 }, viewport)).toEqual({
      x: 0,
      y: 0,
      width: 50,
      height: 50,
    });
  });

  it('makes a click an empty rectangle, which is not a usable selection', () => {
    const click = normalizeDrag({ x: 10, y: 10 }, { x: 10, y: 10 }, viewport);
    expect(click.width).toBe(0);
    expect(isUsableSelection(click)).toBe(false);
  });
});

describe('isUsableSelection', () => {
  it('needs at least 10 x 10 px', () => {
    expect(isUsableSelection({ x: 0, y: 0, width: 10, height: 10 })).toBe(true);
    expect(isUsableSelection({ x: 0, y: 0, width: 9.5, height: 400 })).toBe(false);
    expect(isUsableSelection({ x: 0, y: 0, width: 400, height: 9 })).toBe(false);
  });
});

describe('initialKeyboardRect', () => {
  it('is half the viewport, centred', () => {
    expect(initialKeyboardRect(viewport)).toEqual({ x: 300, y: 200, width: 600, height: 400 });
  });

  it('is never smaller than the minimum, nor larger than a tiny viewport', () => {
    expect(initialKeyboardRect({ width: 12, height: 8 })).toEqual({
      x: 1,
      y: 0,
      width: 10,
      height: 8,
    });
  });
});

describe('keyToAction', () => {
  it('moves 10 px with arrows and 50 px with Shift', () => {
    expect(key('ArrowLeft')).toEqual({ kind: 'move', dx: -10, dy: 0 });
    expect(key('ArrowDown', { shiftKey: true })).toEqual({ kind: 'move', dx: 0, dy: 50 });
  });

  it('resizes with Alt (Option): Right and Down grow, Left and Up shrink', () => {
    expect(key('ArrowRight', { altKey: true })).toEqual({ kind: 'resize', dw: 10, dh: 0 });
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toEqual({
      kind: 'resize',
      dw: 0,
      dh: -50,
    });
  });

  it('confirms with Enter, cancels with Escape, and ignores other keys', () => {
    expect(key('Enter')).toEqual({ kind: 'confirm' });
    expect(key('Escape')).toEqual({ kind: 'cancel' });
    expect(key('Esc')).toEqual({ kind: 'cancel' });
    expect(key('a')).toBeNull();
    expect(key('Tab')).toBeNull();
  });
});

describe('moveRect', () => {
  const box = { x: 300, y: 200, width: 600, height: 400 };

  it('moves by the step', () => {
    expect(moveRect(box, -10, 50, viewport)).toEqual({ ...box, x: 290, y: 250 });
  });

  it('stops at every edge of the viewport', () => {
    expect(moveRect(box, -1000, 0, viewport).x).toBe(0);
    expect(moveRect(box, 1000, 0, viewport).x).toBe(600);
    expect(moveRect(box, 0, -1000, viewport).y).toBe(0);
    expect(moveRect(box, 0, 1000, viewport).y).toBe(400);
    expect(moveRect(box, 1000, 1000, viewport)).toMatchObject({ width: 600, height: 400 });
  });
});

describe('resizeRect', () => {
  const box = { x: 300, y: 200, width: 600, height: 400 };

  it('moves the right and bottom edges', () => {
    expect(resizeRect(box, 10, -50, viewport)).toEqual({ ...box, width: 610, height: 350 });
  });

  it('never shrinks below the minimum selection', () => {
    const small = resizeRect(box, -5000, -5000, viewport);
    expect(small).toEqual({ x: 300, y: 200, width: MIN_SELECTION, height: MIN_SELECTION });
    expect(isUsableSelection(small)).toBe(true);
  });

  it('never grows past the right or bottom edge', () => {
    expect(resizeRect(box, 5000, 5000, viewport)).toEqual({
      x: 300,
      y: 200,
      width: 900,
      height: 600,
    });
  });

  it('keeps the minimum size in the bottom-right corner by sliding the box', () => {
    const corner = { x: 1195, y: 795, width: 5, height: 5 };
    expect(resizeRect(corner, 0, 0, viewport)).toEqual({
      x: 1190,
      y: 790,
      width: 10,
      height: 10,
    });
  });
});

describe('clampRect', () => {
  it('shrinks a box larger than the viewport (after a window resize)', () => {
    expect(clampRect({ x: 100, y: 100, width: 2000, height: 100 }, viewport)).toEqual({
      x: 0,
      y: 100,
      width: 1200,
      height: 100,
    });
  });
});

describe('applyKeyAction', () => {
  it('applies moves and resizes and leaves the box alone for confirm and cancel', () => {
    const box = { x: 0, y: 0, width: 100, height: 100 };
    expect(applyKeyAction(box, { kind: 'move', dx: 10, dy: 0 }, viewport).x).toBe(10);
    expect(applyKeyAction(box, { kind: 'resize', dw: 0, dh: 10 }, viewport).height).toBe(110);
    expect(applyKeyAction(box, { kind: 'confirm' }, viewport)).toBe(box);
  });
});
