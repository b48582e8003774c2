import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { RegionPicker } from '../../../components/regionPicker/RegionPicker';
import type { ViewportRect } from '../captureTypes';
import { waitForPaint } from './fullPageScroller';
import type { Rect, Size } from './regionGeometry';

/** Above every z-index a page can set (the largest 32-bit integer). */
const TOP_Z_INDEX = 2147483647;

/**
 * Events that must not reach the page while the picker is open: its own
 * keyboard shortcuts, and click handlers that would close menus or follow
 * links under the overlay.
 */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
];

/**
 * Shows the region picker over the page and resolves with the area the
 * student chose (viewport CSS px plus devicePixelRatio), or null when they
 * cancel or the extension is reloaded. The overlay is removed, and the page
 * repainted without it, BEFORE the promise resolves, so the caller can
 * capture the tab at once without the picker in the screenshot.
 */
export async function pickRegion(
  ctx: ContentScriptContext,
  win: Window = window,
): Promise<ViewportRect | null> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'plp-region-picker',
    position: 'modal',
    zIndex: TOP_Z_INDEX,
    // On <html>, not <body>: a transformed or filtered body would become the
    // containing block of the fixed overlay and shrink it.
    anchor: win.document.documentElement,
    isolateEvents: ISOLATED_EVENTS,
    onMount: (container) => {
      // The host's `all: initial !important` (WXT's reset) overrides the
      // z-index WXT puts on it, so the container inside carries it too.
      container.style.setProperty('z-index', String(TOP_Z_INDEX), 'important');
      return createRoot(container);
    },
    onRemove: (root) => root?.unmount(),
  });

  return new Promise<ViewportRect | null>((resolve) => {
    let settled = false;
    const render = () =>
      ui.mounted?.render(
        createElement(RegionPicker, { viewport: viewportOf(win), onDone: finish }),
      );
    const stopOnInvalidated = ctx.onInvalidated(() => finish(null));

    function finish(rect: Rect | null) {
      if (settled) return;
      settled = true;
      win.removeEventListener('resize', render);
      stopOnInvalidated();
      // Unmount after React has finished the event that called us.
      win.setTimeout(async () => {
        ui.remove();
        await waitForPaint(win);
        resolve(rect && { ...rect, devicePixelRatio: win.devicePixelRatio || 1 });
      }, 0);
    }

    ui.mount();
    win.addEventListener('resize', render);
    render();
  });
}

/** The part of the window the page shows, without scrollbars: what a fixed inset-0 box covers. */
function viewportOf(win: Window): Size {
  const scroller = win.document.scrollingElement ?? win.document.documentElement;
  return { width: scroller.clientWidth, height: scroller.clientHeight };
}
