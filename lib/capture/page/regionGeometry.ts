/**
 * The region picker's geometry, in viewport CSS px: pure functions so the
 * drag and keyboard rules are unit-tested without a page.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Smaller than this is a click or a slip, not a clip. */
export const MIN_SELECTION = 10;
export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;
/** The keyboard starting box: this share of the viewport, centred. */
export const INITIAL_SHARE = 0.5;

export function clampPoint(point: Point, viewport: Size): Point {
  return {
    x: clamp(point.x, 0, viewport.width),
    y: clamp(point.y, 0, viewport.height),
  };
}

/** The rectangle between a drag's start and end, whichever way it went, inside the viewport. */
export function normalizeDrag(start: Point, end: Point, viewport: Size): Rect {
  const a = clampPoint(start, viewport);
  const b = clampPoint(end, viewport);
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

export function isUsableSelection(rect: Rect): boolean {
  return rect.width >= MIN_SELECTION && rect.height >= MIN_SELECTION;
}

export function initialKeyboardRect(viewport: Size): Rect {
  const width = Math.max(MIN_SELECTION, Math.round(viewport.width * INITIAL_SHARE));
  const height = Math.max(MIN_SELECTION, Math.round(viewport.height * INITIAL_SHARE));
  return clampRect(
    {
      x: Math.round((viewport.width - width) / 2),
      y: Math.round((viewport.height - height) / 2),
      width,
      height,
    },
    viewport,
  );
}

/**
 * Fits a rectangle in the viewport: shrinks it if it is larger, then slides
 * it inside, never below the minimum size (unless the viewport itself is).
 */
export function clampRect(rect: Rect, viewport: Size): Rect {
  const width = clamp(rect.width, Math.min(MIN_SELECTION, viewport.width), viewport.width);
  const height = clamp(rect.height, Math.min(MIN_SELECTION, viewport.height), viewport.height);
  return {
    x: clamp(rect.x, 0, viewport.width - width),
    y: clamp(rect.y, 0, viewport.height - height),
    width,
    height,
  };
}

/** Moves the box, stopping at the viewport's edges. */
export function moveRect(rect: Rect, dx: number, dy: number, viewport: Size): Rect {
  return clampRect({ ...rect, x: rect.x + dx, y: rect.y + dy }, viewport);
}

/**
 * Resizes from the top-left corner (the right and bottom edges move), as
 * arrow keys read: Right and Down grow, Left and Up shrink. Stops at the
 * minimum size and at the viewport's right and bottom edges.
 */
export function resizeRect(rect: Rect, dw: number, dh: number, viewport: Size): Rect {
  const width = clamp(rect.width + dw, MIN_SELECTION, viewport.width - rect.x);
  const height = clamp(rect.height + dh, MIN_SELECTION, viewport.height - rect.y);
  return clampRect({ ...rect, width, height }, viewport);
}

export type KeyAction =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'resize'; dw: number; dh: number }
  | { kind: 'confirm' }
  | { kind: 'cancel' };

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a key press does: arrows move (Shift: farther), Alt/Option+arrows resize, Enter, Escape. */
export function keyToAction(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
}): KeyAction | null {
  if (event.key === 'Enter') return { kind: 'confirm' };
  if (event.key === 'Escape' || event.key === 'Esc') return { kind: 'cancel' };
  const direction = DIRECTIONS[event.key];
  if (!direction) return null;
  const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
  const [x, y] = direction;
  return event.altKey
    ? { kind: 'resize', dw: x * step, dh: y * step }
    : { kind: 'move', dx: x * step, dy: y * step };
}

export function applyKeyAction(rect: Rect, action: KeyAction, viewport: Size): Rect {
  if (action.kind === 'move') return moveRect(rect, action.dx, action.dy, viewport);
  if (action.kind === 'resize') return resizeRect(rect, action.dw, action.dh, viewport);
  return rect;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
