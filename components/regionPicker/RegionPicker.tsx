import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { i18n } from '#i18n';
import {
  applyKeyAction,
  clampRect,
  initialKeyboardRect,
  isUsableSelection,
  keyToAction,
  normalizeDrag,
  type Point,
  type Rect,
  type Size,
} from '@/lib/capture/page/regionGeometry';

export interface RegionPickerProps {
  /** The viewport without scrollbars, in CSS px. */
  viewport: Size;
  /** The chosen area in viewport CSS px, or null when the student cancels. */
  onDone: (rect: Rect | null) => void;
}

interface Drag {
  pointerId: number;
  start: Point;
  /** The box before the drag, shown again if the drag turns out to be a click. */
  before: Rect;
}

/** The box's size for screen readers; `tooSmall` after a click or a slip that selected nothing. */
function describe(rect: Rect, tooSmall = false): string {
  const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
  return tooSmall
    ? i18n.t('clip.regionPicker.dragFarther', size)
    : i18n.t('clip.regionPicker.selectedArea', size);
}

/**
 * A full-viewport overlay for choosing the part of the page to clip, drawn
 * in a shadow root over the page (pickRegion.ts). Works with a mouse, touch
 * or pen (pointer events) and with the keyboard alone. Every size is in px:
 * rem would follow the page's root font size.
 */
export function RegionPicker({ viewport, onDone }: RegionPickerProps) {
  const [rect, setRect] = useState(() => initialKeyboardRect(viewport));
  const [drag, setDrag] = useState<Drag | null>(null);
  const [announcement, setAnnouncement] = useState(() => describe(initialKeyboardRect(viewport)));
  const dialog = useRef<HTMLDivElement>(null);
  const clipButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, []);

  // A resized window must not leave the box outside the viewport.
  const [lastViewport, setLastViewport] = useState(viewport);
  if (lastViewport.width !== viewport.width || lastViewport.height !== viewport.height) {
    setLastViewport(viewport);
    setRect((current) => clampRect(current, viewport));
  }

  function finish(selection: Rect | null) {
    if (selection && !isUsableSelection(selection)) return;
    onDone(selection);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Tab') return trapFocus(event);
    const onButton = event.target instanceof HTMLButtonElement;
    // Enter and Space on a button are the button's own.
    if (onButton && (event.key === 'Enter' || event.key === ' ')) return;
    const action = keyToAction(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'confirm') return finish(rect);
    if (action.kind === 'cancel') return finish(null);
    const next = applyKeyAction(rect, action, viewport);
    setRect(next);
    setAnnouncement(describe(next));
  }

  function trapFocus(event: KeyboardEvent<HTMLDivElement>) {
    const order = [dialog.current, clipButton.current, cancelButton.current].filter(
      (element): element is HTMLDivElement | HTMLButtonElement => element !== null,
    );
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    const index = order.findIndex((element) => element === root?.activeElement);
    const step = event.shiftKey ? -1 : 1;
    event.preventDefault();
    order[(index + step + order.length) % order.length]?.focus({ preventScroll: true });
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (!event.isPrimary || event.button !== 0) return;
    if ((event.target as Element).closest('button')) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dialog.current?.focus({ preventScroll: true });
    const start = { x: event.clientX, y: event.clientY };
    setDrag({ pointerId: event.pointerId, start, before: rect });
    setRect(normalizeDrag(start, start, viewport));
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setRect(normalizeDrag(drag.start, { x: event.clientX, y: event.clientY }, viewport));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const selection = normalizeDrag(drag.start, { x: event.clientX, y: event.clientY }, viewport);
    setDrag(null);
    if (isUsableSelection(selection)) return finish(selection);
    // A click (or a tiny slip) doesn't clip: put the box back.
    setRect(drag.before);
    setAnnouncement(describe(drag.before, true));
  }

  function onPointerCancel() {
    if (!drag) return;
    setRect(drag.before);
    setDrag(null);
  }

  const labelAbove = rect.y >= 30;
  return (
    <div
      ref={dialog}
      className={drag ? 'plp-overlay plp-dragging' : 'plp-overlay'}
      role="dialog"
      aria-modal="true"
      aria-label={i18n.t('clip.regionPicker.dialog')}
      aria-describedby="plp-region-hint"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    >
      <style>{REGION_PICKER_CSS}</style>
      <div
        className="plp-box"
        data-testid="region-box"
        style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
      >
        <span className={labelAbove ? 'plp-size plp-size-above' : 'plp-size'} aria-hidden="true">
          {`${Math.round(rect.width)} × ${Math.round(rect.height)}`}
        </span>
      </div>
      <div className="plp-hint">
        <p id="plp-region-hint">{i18n.t('clip.regionPicker.hint')}</p>
        <button ref={clipButton} type="button" onClick={() => finish(rect)}>
          {i18n.t('clip.regionPicker.clipArea')}
        </button>
        <button ref={cancelButton} type="button" onClick={() => finish(null)}>
          {i18n.t('clip.regionPicker.cancel')}
        </button>
      </div>
      <div className="plp-live" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

/* Plain CSS in px inside the shadow root: WXT resets inherited styles with
   `all: initial`, and rem would still follow the page's root font size. */
export const REGION_PICKER_CSS = `
.plp-overlay {
  position: fixed; inset: 0; cursor: crosshair; touch-action: none; user-select: none;
  -webkit-user-select: none; outline: none; overflow: hidden;
  font: 15px/22px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color: #1d2330;
}
.plp-box {
  position: absolute; box-sizing: border-box; border: 2px solid #ffffff;
  box-shadow: 0 0 0 1px #1d2330, 0 0 0 10000px rgba(15, 20, 30, 0.55);
  pointer-events: none;
}
.plp-overlay:focus .plp-box { outline: 3px solid #ffbf47; outline-offset: 2px; }
.plp-size {
  position: absolute; left: -2px; top: calc(100% + 6px); padding: 2px 8px; border-radius: 4px;
  background: #1d2330; color: #ffffff; font-size: 13px; line-height: 20px; white-space: nowrap;
}
.plp-size-above { top: auto; bottom: calc(100% + 6px); }
.plp-hint {
  position: absolute; top: 16px; left: 50%; transform: translateX(-50%);
  box-sizing: border-box; max-width: calc(100% - 32px); width: 640px; padding: 12px 16px;
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px;
  background: #ffffff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
  cursor: default; transition: opacity 120ms;
}
.plp-dragging .plp-hint { opacity: 0; pointer-events: none; }
.plp-hint p { margin: 0; flex: 1 1 100%; font-size: 15px; line-height: 22px; }
.plp-hint button {
  font: inherit; font-size: 15px; line-height: 20px; padding: 8px 16px; min-height: 40px;
  border-radius: 6px; border: 1px solid #1f5fbf; cursor: pointer;
  background: #ffffff; color: #1f5fbf;
}
.plp-hint button:first-of-type { background: #1f5fbf; color: #ffffff; }
.plp-hint button:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.plp-live {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
@media (prefers-reduced-motion: reduce) { .plp-hint { transition: none; } }
`;
