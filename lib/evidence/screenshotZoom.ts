/**
 * Zoom arithmetic for the screenshot viewer on the evidence detail page.
 * A scale of 1 ("100%") shows one screenshot pixel per CSS pixel; "fit"
 * shrinks a screenshot to the width available, never enlarging a small one
 * (an enlarged region clip only looks blurry).
 */

/** The stops the zoom buttons and + / - keys move between, like a browser's own zoom. */
export const ZOOM_STEPS = [
  0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4,
] as const;
/** The smallest step: the buttons stop here, though "fit" may go lower for a huge image. */
export const SMALLEST_STEP = 0.1;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;

/** Either follow the width available (and keep following it when the window resizes), or a fixed scale. */
export type Zoom = { mode: 'fit' } | { mode: 'scale'; scale: number };

// Floating-point scales from the wheel land between steps; this keeps 0.7499999 from counting as below 0.75.
const EPSILON = 1e-3;

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

/** The scale that makes an image `naturalWidth` pixels wide fit `availableWidth`, at most 100%. */
export function fitScale(naturalWidth: number, availableWidth: number): number {
  if (!(naturalWidth > 0) || !(availableWidth > 0)) return 1;
  return clampZoom(Math.min(1, availableWidth / naturalWidth));
}

/** The next step up from `scale` (a wheel zoom can leave it between steps). */
export function zoomInFrom(scale: number): number {
  return ZOOM_STEPS.find((step) => step > scale + EPSILON) ?? MAX_ZOOM;
}

/** The next step down from `scale`; below the smallest step it stays where it is. */
export function zoomOutFrom(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - EPSILON) ?? clampZoom(scale);
}

export function canZoomIn(scale: number): boolean {
  return scale < MAX_ZOOM - EPSILON;
}

export function canZoomOut(scale: number): boolean {
  return scale > SMALLEST_STEP + EPSILON;
}

/** "75%": the percentage shown and announced. */
export function zoomPercent(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

// WheelEvent.deltaMode: Firefox reports mouse wheels in lines, some devices in pages.
const DELTA_LINE = 1;
const DELTA_PAGE = 2;
const PIXELS_PER_LINE = 16;
const PIXELS_PER_PAGE = 800;
/** Pixels of wheel travel that double (or halve) the size: one mouse notch (100 px) is about 15%. */
const PIXELS_PER_DOUBLING = 500;
/** A cap per event, so a fast flick or a big page delta can't jump from 10% to 400%. */
const MAX_FACTOR_PER_EVENT = 1.25;

/**
 * The scale after a Ctrl+wheel event (also what a touchpad pinch sends).
 * Continuous rather than stepped: a pinch sends dozens of tiny deltas.
 */
export function wheelZoom(scale: number, deltaY: number, deltaMode = 0): number {
  const pixels =
    deltaMode === DELTA_LINE
      ? deltaY * PIXELS_PER_LINE
      : deltaMode === DELTA_PAGE
        ? deltaY * PIXELS_PER_PAGE
        : deltaY;
  const factor = 2 ** (-pixels / PIXELS_PER_DOUBLING);
  const limited = Math.min(MAX_FACTOR_PER_EVENT, Math.max(1 / MAX_FACTOR_PER_EVENT, factor));
  return clampZoom(scale * limited);
}

export interface ScrollPosition {
  left: number;
  top: number;
}

/**
 * Where to scroll after zooming so the spot under `point` (relative to the
 * viewport's top-left corner: the pointer, or the middle for buttons) stays
 * under it, instead of the picture sliding away from what the student looked at.
 */
export function scrollToKeepPoint(
  scroll: ScrollPosition,
  point: { x: number; y: number },
  fromScale: number,
  toScale: number,
): ScrollPosition {
  const ratio = toScale / fromScale;
  return {
    left: Math.max(0, (scroll.left + point.x) * ratio - point.x),
    top: Math.max(0, (scroll.top + point.y) * ratio - point.y),
  };
}

export type ZoomKeyAction = 'in' | 'out' | 'fit' | 'actual-size';

/**
 * What a key pressed on the focused screenshot does: + and - zoom, 0 goes
 * back to fit (the starting view, as Ctrl+0 resets a browser's zoom), 1 shows
 * 100%. Keys with Ctrl, Alt or Meta are left alone: Ctrl+plus is the
 * browser's own page zoom, which students with low vision rely on.
 */
export function zoomKeyAction(key: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): ZoomKeyAction | null {
  if (key.ctrlKey || key.altKey || key.metaKey) return null;
  switch (key.key) {
    case '+':
    case '=':
      return 'in';
    case '-':
    case '_':
      return 'out';
    case '0':
      return 'fit';
    case '1':
      return 'actual-size';
    default:
      return null;
  }
}
