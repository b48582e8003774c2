/**
 * Functions the library bench runs in the dashboard page through
 * page.evaluate. They time from the page's own clock, so the automation's
 * round trips are not in the numbers. Selectors are the library's test ids
 * (components/library).
 */

export interface ReadyMarks {
  /** ms since navigation start: results listed and at least one item rendered. */
  ready?: number;
  /** The frame after that: on screen. */
  painted?: number;
  count?: number;
}

/** Installed before the page's scripts: notes when the library is first usable. */
export function installLibraryReadyProbe(): void {
  const marks: ReadyMarks = {};
  (globalThis as { __plpLibraryMarks?: ReadyMarks }).__plpLibraryMarks = marks;
  const check = () => {
    if (marks.ready !== undefined) return;
    const count = document.querySelector<HTMLElement>('[data-testid="library-count"]');
    if (count?.dataset.state !== 'ready') return;
    if (!document.querySelector('[data-testid="library-item"]')) return;
    marks.ready = performance.now();
    marks.count = Number(count.dataset.count);
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

export interface ControlChange {
  testId: string;
  value: string;
}

export interface Response {
  readyMs: number;
  paintedMs: number;
  count: number;
}

/**
 * Changes one search or filter control as a student would (React sees a real
 * input/change event) and times until the new result count is listed, then painted.
 */
export async function timeControlChange(change: ControlChange): Promise<Response> {
  const countElement = () => document.querySelector<HTMLElement>('[data-testid="library-count"]');
  const before = countElement()?.dataset.count;
  const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[data-testid="${change.testId}"]`,
  );
  if (!control) throw new Error(`no control ${change.testId}`);
  const prototype =
    control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  const start = performance.now();
  setValue.call(control, change.value);
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  const count = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no new count after ${change.testId}`)),
      15_000,
    );
    const check = () => {
      const element = countElement();
      if (element?.dataset.state !== 'ready' || element.dataset.count === before) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(Number(element.dataset.count));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    check();
  });
  const readyMs = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { readyMs, paintedMs: performance.now() - start, count };
}

export interface FrameRun {
  deltasMs: number[];
  /** Items rendered in view at the end: a blank, "fast" list would show 0. */
  itemsInView: number;
  scrolledPx: number;
}

/** Scrolls the list by `step` px every frame (or not at all) and records each frame's length. */
export async function recordFrames(options: { frames: number; step: number }): Promise<FrameRun> {
  const scroller = document.querySelector<HTMLElement>('[data-testid="library-scroller"]');
  if (!scroller) throw new Error('no library scroller');
  const ownScroll = scroller.scrollHeight > scroller.clientHeight + 1;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const startTop = ownScroll ? scroller.scrollTop : window.scrollY;
  const deltasMs: number[] = [];
  let last = await frame();
  for (let i = 0; i < options.frames; i++) {
    if (options.step) {
      if (ownScroll) scroller.scrollTop += options.step;
      else window.scrollBy(0, options.step);
    }
    const now = await frame();
    deltasMs.push(now - last);
    last = now;
  }
  const itemsInView = [...document.querySelectorAll('[data-testid="library-item"]')].filter(
    (el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
    },
  ).length;
  const endTop = ownScroll ? scroller.scrollTop : window.scrollY;
  return { deltasMs, itemsInView, scrolledPx: endTop - startTop };
}
