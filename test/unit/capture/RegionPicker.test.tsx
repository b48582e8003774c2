// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGION_PICKER_CSS, RegionPicker } from '@/components/regionPicker/RegionPicker';
import type { Rect } from '@/lib/capture/page/regionGeometry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewport = { width: 1000, height: 600 };
let container: HTMLDivElement;
let root: Root;
let onDone: ReturnType<typeof vi.fn<(rect: Rect | null) => void>>;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  onDone = vi.fn<(rect: Rect | null) => void>();
  act(() => root.render(<RegionPicker viewport={viewport} onDone={onDone} />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]')!;
const box = () => container.querySelector<HTMLElement>('[data-testid="region-box"]')!;
const status = () => container.querySelector('[role="status"]')!.textContent;
const boxRect = () => ({
  x: parseFloat(box().style.left),
  y: parseFloat(box().style.top),
  width: parseFloat(box().style.width),
  height: parseFloat(box().style.height),
});

function press(key: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) {
  act(() => {
    // Keys go to the focused element, as in a browser.
    const target = container.contains(document.activeElement) ? document.activeElement! : dialog();
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...mods }));
  });
}

function pointer(type: string, x: number, y: number) {
  act(() => {
    dialog().dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        clientX: x,
        clientY: y,
        pointerId: 1,
        isPrimary: true,
        button: 0,
      }),
    );
  });
}

describe('RegionPicker', () => {
  it('opens as a labelled modal dialog with focus and a centred box', () => {
    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect(dialog().getAttribute('aria-label')).toBe('Select an area to clip');
    expect(document.activeElement).toBe(dialog());
    expect(boxRect()).toEqual({ x: 250, y: 150, width: 500, height: 300 });
    expect(container.textContent).toContain(
      'Drag to select an area, or use the arrow keys to move the box, Alt + arrows to resize, Enter to clip, Esc to cancel',
    );
    expect(status()).toBe('Selected area 500 by 300 pixels.');
  });

  it('moves with arrows, farther with Shift, resizes with Alt, and clips with Enter', () => {
    press('ArrowRight');
    press('ArrowDown', { shiftKey: true });
    press('ArrowRight', { altKey: true });
    press('ArrowUp', { altKey: true, shiftKey: true });
    expect(boxRect()).toEqual({ x: 260, y: 200, width: 510, height: 250 });
    expect(status()).toBe('Selected area 510 by 250 pixels.');
    press('Enter');
    expect(onDone).toHaveBeenCalledWith({ x: 260, y: 200, width: 510, height: 250 });
  });

  it('cancels with Escape', () => {
    press('Escape');
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('clips the dragged rectangle when the pointer is released', () => {
    pointer('pointerdown', 400, 300);
    pointer('pointermove', 200, 100);
    expect(boxRect()).toEqual({ x: 200, y: 100, width: 200, height: 200 });
    expect(dialog().className).toContain('plp-dragging');
    pointer('pointerup', 100, 50);
    expect(onDone).toHaveBeenCalledWith({ x: 100, y: 50, width: 300, height: 250 });
  });

  it('does not clip on a click, and puts the keyboard box back', () => {
    pointer('pointerdown', 400, 300);
    pointer('pointerup', 404, 305);
    expect(onDone).not.toHaveBeenCalled();
    expect(boxRect()).toEqual({ x: 250, y: 150, width: 500, height: 300 });
    expect(status()).toContain('Drag farther');
  });

  it('has Clip and Cancel buttons for touch, reachable with Tab', () => {
    press('Tab');
    expect(document.activeElement?.textContent).toBe('Clip this area');
    press('Tab');
    expect(document.activeElement?.textContent).toBe('Cancel');
    // Enter on Cancel is the button's, not a confirmation of the box.
    press('Enter');
    expect(onDone).not.toHaveBeenCalled();
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(onDone).toHaveBeenCalledWith(null);
    press('Tab');
    expect(document.activeElement).toBe(dialog());
  });

  it('keeps the box inside a viewport that shrinks', () => {
    act(() => root.render(<RegionPicker viewport={{ width: 400, height: 200 }} onDone={onDone} />));
    expect(boxRect()).toEqual({ x: 0, y: 0, width: 400, height: 200 });
  });

  it('sizes everything in px, never rem or em', () => {
    expect(REGION_PICKER_CSS).not.toMatch(/\d(r?em)\b/);
  });
});
