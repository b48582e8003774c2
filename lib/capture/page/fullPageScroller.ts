/**
 * The page's half of a full-page screenshot: measure, scroll, hide what
 * would repeat in every tile, and put everything back. Runs in the content
 * script; plain DOM on the `win` it is given. All changes are inline styles
 * with `!important` whose previous values are remembered per window, so
 * repeated calls are safe and restorePage undoes exactly what was done.
 */

export interface PageMeasure {
  /** Height and width of the document (CSS px). */
  scrollHeight: number;
  scrollWidth: number;
  /** The viewport without scrollbars (CSS px). */
  viewportHeight: number;
  viewportWidth: number;
  devicePixelRatio: number;
  scrollX: number;
  scrollY: number;
  /**
   * The window's inner size, scrollbars included: what captureVisibleTab
   * captures. bitmap.width / innerWidth is the true device pixel ratio, and
   * the difference from the viewport is the scrollbar to crop off.
   */
  innerWidth?: number;
  innerHeight?: number;
}

interface SavedStyle {
  element: HTMLElement;
  property: string;
  value: string;
  priority: string;
}

interface PageState {
  saved: SavedStyle[];
  touched: WeakSet<Element>;
  origin: { x: number; y: number } | null;
}

const states = new WeakMap<Window, PageState>();

function stateOf(win: Window): PageState {
  let state = states.get(win);
  if (!state) {
    state = { saved: [], touched: new WeakSet(), origin: null };
    states.set(win, state);
  }
  return state;
}

/**
 * The scrolling box: <html> in standards mode, <body> in quirks mode. Its
 * client size is the viewport without scrollbars (CSSOM View).
 */
function scrollingElement(win: Window): Element {
  return win.document.scrollingElement ?? win.document.documentElement;
}

export function measurePage(win: Window): PageMeasure {
  const scroller = scrollingElement(win);
  return {
    scrollHeight: scroller.scrollHeight,
    scrollWidth: scroller.scrollWidth,
    viewportHeight: scroller.clientHeight,
    viewportWidth: scroller.clientWidth,
    devicePixelRatio: win.devicePixelRatio || 1,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    innerWidth: win.innerWidth,
    innerHeight: win.innerHeight,
  };
}

/**
 * Scrolls instantly to `y` and resolves once the page has painted there,
 * with the scroll position the page actually reached (it may clamp, snap or
 * refuse). The first call of a capture remembers where the student was.
 */
export async function scrollToY(win: Window, y: number): Promise<number> {
  const state = stateOf(win);
  state.origin ??= { x: win.scrollX, y: win.scrollY };
  const root = win.document.documentElement;
  // `scroll-behavior: smooth` on the page would animate, and the capture
  // would catch the page mid-scroll.
  const restoreBehavior = setImportant(root, 'scroll-behavior', 'auto');
  try {
    win.scrollTo({ left: state.origin.x, top: y, behavior: 'instant' });
    await waitForPaint(win);
  } finally {
    restoreBehavior();
  }
  return win.scrollY;
}

/**
 * Stops fixed and sticky elements from repeating in every tile. Call it
 * after the first tile (which shows them where the student saw them) and
 * again after each scroll: some headers only become fixed once scrolled.
 *
 * - `position: fixed` elements get `visibility: hidden`.
 * - `position: sticky` elements become `position: relative` with their
 *   offsets cleared. A sticky box keeps its place in the flow, so this moves
 *   nothing; it just shows once where it belongs instead of following the
 *   scroll. (Hiding it would blank out sticky sidebars and table headers in
 *   every later tile.)
 * - Overlay scrollbars (macOS, mobile) are hidden: they appear while a page
 *   scrolls and would be painted over the content. Classic scrollbars take
 *   layout space, so hiding them would reflow the page between tiles; they
 *   are left alone and cropped off by the stitcher instead.
 *
 * Returns a function that undoes all of it (restorePage does too).
 */
export function hideFixedAndSticky(win: Window): () => void {
  const state = stateOf(win);
  const root = win.document.documentElement;
  const scroller = scrollingElement(win);
  if (!state.touched.has(root) && win.innerWidth === scroller.clientWidth) {
    state.touched.add(root);
    remember(state, root, 'scrollbar-width', 'none');
  }
  for (const element of root.querySelectorAll<HTMLElement>('body *')) {
    if (state.touched.has(element)) continue;
    const position = win.getComputedStyle(element).position;
    if (position === 'fixed') {
      state.touched.add(element);
      remember(state, element, 'visibility', 'hidden');
    } else if (position === 'sticky') {
      state.touched.add(element);
      remember(state, element, 'position', 'relative');
      for (const side of ['top', 'right', 'bottom', 'left']) remember(state, element, side, 'auto');
    }
  }
  return () => restoreStyles(win);
}

/**
 * Undoes every change and scrolls back to where the student was before the
 * first scrollToY since the last restore. That remembered position wins over
 * `fallbackOrigin`, which is only used when nothing was scrolled: a caller
 * that re-measures between tiles would otherwise hand in a tile's position.
 */
export function restorePage(win: Window, fallbackOrigin?: { x: number; y: number }): void {
  const state = stateOf(win);
  restoreStyles(win);
  const target = state.origin ?? fallbackOrigin;
  state.origin = null;
  if (!target) return;
  const restoreBehavior = setImportant(win.document.documentElement, 'scroll-behavior', 'auto');
  try {
    win.scrollTo({ left: target.x, top: target.y, behavior: 'instant' });
  } finally {
    restoreBehavior();
  }
}

/**
 * Restores the page only if a capture left it changed (styles hidden, or scrolled for tiles).
 * For a capture whose service worker went away before it could call restorePage.
 */
export function restorePageIfAltered(win: Window): void {
  const state = stateOf(win);
  if (state.saved.length > 0 || state.origin !== null) restorePage(win);
}

function restoreStyles(win: Window): void {
  const state = stateOf(win);
  // Newest first, so a property changed twice ends at its original value.
  for (const saved of state.saved.reverse()) {
    if (saved.value) saved.element.style.setProperty(saved.property, saved.value, saved.priority);
    else saved.element.style.removeProperty(saved.property);
  }
  state.saved = [];
  state.touched = new WeakSet();
}

function remember(state: PageState, element: HTMLElement, property: string, value: string) {
  state.saved.push({
    element,
    property,
    value: element.style.getPropertyValue(property),
    priority: element.style.getPropertyPriority(property),
  });
  element.style.setProperty(property, value, 'important');
}

/** Sets one inline !important style and returns what puts it back. */
function setImportant(element: HTMLElement, property: string, value: string): () => void {
  const previous = element.style.getPropertyValue(property);
  const priority = element.style.getPropertyPriority(property);
  element.style.setProperty(property, value, 'important');
  return () => {
    if (previous) element.style.setProperty(property, previous, priority);
    else element.style.removeProperty(property);
  };
}

/**
 * Waits for two animation frames: the first runs before the next paint, the
 * second after it, so what changed (a scroll, a removed overlay) is on
 * screen. Hidden tabs get no frames, so a timeout stops the wait hanging.
 */
export function waitForPaint(win: Window, count = 2): Promise<void> {
  return new Promise((resolve) => {
    const timeout = win.setTimeout(resolve, 100 * count);
    const step = (left: number) => {
      if (left === 0) {
        win.clearTimeout(timeout);
        resolve();
        return;
      }
      win.requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}
