import { i18n } from '#i18n';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import {
  fitScale,
  scrollToKeepPoint,
  wheelZoom,
  zoomInFrom,
  zoomKeyAction,
  zoomOutFrom,
  zoomPercent,
  type ScrollPosition,
  type Zoom,
} from '@/lib/evidence/screenshotZoom';

interface Drag {
  pointerId: number;
  x: number;
  y: number;
  left: number;
  top: number;
}

/**
 * Wires the zoom arithmetic (lib/evidence/screenshotZoom.ts) to a scrolling
 * viewport: buttons, + / - / 0 / 1 keys, Ctrl+wheel (and touchpad pinch)
 * around the pointer, and dragging with the mouse to pan. Plain scrolling,
 * arrow keys and touch pan natively, because the viewport is a focusable
 * scroll container.
 */
export function useScreenshotZoom(viewportRef: RefObject<HTMLDivElement | null>) {
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [naturalWidths, setNaturalWidths] = useState<Record<number, number>>({});
  const [availableWidth, setAvailableWidth] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const drag = useRef<Drag | null>(null);
  const pendingScroll = useRef<ScrollPosition | null>(null);
  // The scale on screen, also between a zoom and its render: a burst of wheel events builds on each other.
  const currentScale = useRef(1);

  const naturalWidth = Math.max(0, ...Object.values(naturalWidths));
  const fit = fitScale(naturalWidth, availableWidth);
  const scale = zoom.mode === 'fit' ? fit : zoom.scale;

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    // clientWidth leaves out the scrollbar, so "fit" never needs a sideways scroll.
    const observer = new ResizeObserver(() => setAvailableWidth(viewport.clientWidth));
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewportRef]);

  // After the new size is laid out, scroll so the spot the student zoomed on stays put.
  useLayoutEffect(() => {
    currentScale.current = scale;
    const viewport = viewportRef.current;
    const scroll = pendingScroll.current;
    pendingScroll.current = null;
    if (viewport && scroll) viewport.scrollTo(scroll.left, scroll.top);
  }, [scale, viewportRef]);

  const zoomTo = useCallback(
    (next: Zoom, point?: { x: number; y: number }) => {
      const viewport = viewportRef.current;
      const from = currentScale.current;
      const to = next.mode === 'fit' ? fit : next.scale;
      if (viewport && to !== from) {
        const anchor = point ?? { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 };
        const scroll = { left: viewport.scrollLeft, top: viewport.scrollTop };
        pendingScroll.current = scrollToKeepPoint(scroll, anchor, from, to);
      }
      currentScale.current = to;
      setZoom(next);
      setAnnouncement(i18n.t('evidenceDetail.zoom.announce', { percent: zoomPercent(to) }));
    },
    [fit, viewportRef],
  );

  const zoomIn = useCallback(
    () => zoomTo({ mode: 'scale', scale: zoomInFrom(currentScale.current) }),
    [zoomTo],
  );
  const zoomOut = useCallback(
    () => zoomTo({ mode: 'scale', scale: zoomOutFrom(currentScale.current) }),
    [zoomTo],
  );
  const fitToWidth = useCallback(() => zoomTo({ mode: 'fit' }), [zoomTo]);
  const actualSize = useCallback(() => zoomTo({ mode: 'scale', scale: 1 }), [zoomTo]);

  // React's wheel listeners are passive, so Ctrl+wheel needs a native one to stop the page zooming instead.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return; // a plain wheel scrolls the screenshot
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      const scale = wheelZoom(currentScale.current, event.deltaY, event.deltaMode);
      zoomTo(
        { mode: 'scale', scale },
        {
          x: event.clientX - box.left - viewport.clientLeft,
          y: event.clientY - box.top - viewport.clientTop,
        },
      );
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [zoomTo, viewportRef]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const action = zoomKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'in') zoomIn();
    else if (action === 'out') zoomOut();
    else if (action === 'fit') fitToWidth();
    else actualSize();
  }

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    // Touch pans natively; dragging is for the mouse and pen.
    if (event.pointerType === 'touch' || event.button !== 0) return;
    const viewport = event.currentTarget;
    // A press on the viewport's own scrollbars is the browser's to handle.
    const box = viewport.getBoundingClientRect();
    const inX = event.clientX - box.left - viewport.clientLeft;
    const inY = event.clientY - box.top - viewport.clientTop;
    if (inX < 0 || inY < 0 || inX >= viewport.clientWidth || inY >= viewport.clientHeight) return;
    viewport.focus({ preventScroll: true }); // so + and - work straight after a click
    viewport.setPointerCapture(event.pointerId);
    const { pointerId, clientX: x, clientY: y } = event;
    drag.current = { pointerId, x, y, left: viewport.scrollLeft, top: viewport.scrollTop };
    setDragging(true);
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const start = drag.current;
    if (!start || start.pointerId !== event.pointerId) return;
    event.currentTarget.scrollTo(
      start.left - (event.clientX - start.x),
      start.top - (event.clientY - start.y),
    );
  }

  function endDrag() {
    drag.current = null;
    setDragging(false);
  }

  const onImageWidth = useCallback((index: number, width: number) => {
    setNaturalWidths((widths) =>
      widths[index] === width ? widths : { ...widths, [index]: width },
    );
  }, []);

  return {
    zoom,
    scale,
    /** The widest part's width in pixels; 0 until an image has loaded. */
    naturalWidth,
    dragging,
    announcement,
    zoomIn,
    zoomOut,
    fitToWidth,
    actualSize,
    onImageWidth,
    viewportHandlers: {
      onKeyDown,
      onPointerDown,
      onPointerMove,
      onPointerUp: endDrag,
      onPointerCancel: endDrag,
      onLostPointerCapture: endDrag,
    },
  };
}
