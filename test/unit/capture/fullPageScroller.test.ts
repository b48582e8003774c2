// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  hideFixedAndSticky,
  measurePage,
  restorePage,
  scrollToY,
} from '@/lib/capture/page/fullPageScroller';

/**
 * jsdom has no layout and no scrolling, so this window scrolls by recording
 * the call (checking the scroll-behavior in force at that moment). Real
 * scrolling and painting are checked in Chromium.
 */
function scrollableWindow() {
  const calls: { top: number; left: number; behavior: string; cssBehavior: string }[] = [];
  let y = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
  Object.defineProperty(window, 'scrollX', { configurable: true, get: () => 0 });
  window.scrollTo = ((options: ScrollToOptions) => {
    calls.push({
      top: options.top ?? 0,
      left: options.left ?? 0,
      behavior: options.behavior ?? '',
      cssBehavior: document.documentElement.style.getPropertyValue('scroll-behavior'),
    });
    // The page clamps: it is 5000 px tall with a 1000 px viewport.
    y = Math.min(options.top ?? 0, 4000);
  }) as typeof window.scrollTo;
  return { calls, setY: (value: number) => (y = value) };
}

afterEach(() => {
  restorePage(window);
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('measurePage', () => {
  it('reports the scrolling element, the viewport and the window', () => {
    const measure = measurePage(window);
    expect(measure).toMatchObject({
      scrollX: 0,
      devicePixelRatio: window.devicePixelRatio || 1,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
    });
    for (const key of ['scrollHeight', 'scrollWidth', 'viewportHeight', 'viewportWidth']) {
      expect(measure).toHaveProperty(key, expect.any(Number));
    }
  });
});

describe('scrollToY', () => {
  it('scrolls instantly, overriding smooth scrolling only while it scrolls', async () => {
    const { calls } = scrollableWindow();
    document.documentElement.style.setProperty('scroll-behavior', 'smooth');
    const reached = await scrollToY(window, 1200);
    expect(reached).toBe(1200);
    expect(calls).toEqual([{ top: 1200, left: 0, behavior: 'instant', cssBehavior: 'auto' }]);
    expect(document.documentElement.style.getPropertyValue('scroll-behavior')).toBe('smooth');
  });

  it('returns where the page really stopped', async () => {
    scrollableWindow();
    expect(await scrollToY(window, 9000)).toBe(4000);
  });
});

describe('restorePage', () => {
  it('scrolls back to where the student was before the first scroll', async () => {
    const { calls, setY } = scrollableWindow();
    setY(750);
    await scrollToY(window, 0);
    await scrollToY(window, 1000);
    // A caller that re-measured mid-capture hands in a tile's position: ignored.
    restorePage(window, { x: 0, y: 1000 });
    expect(calls.at(-1)).toMatchObject({ top: 750, behavior: 'instant' });
  });

  it('uses the given position when nothing was scrolled', () => {
    const { calls } = scrollableWindow();
    restorePage(window, { x: 0, y: 300 });
    expect(calls.at(-1)).toMatchObject({ top: 300 });
  });
});

describe('hideFixedAndSticky', () => {
  function page() {
    document.head.innerHTML = `<style>
      .bar { position: fixed; top: 0 } .toc { position: sticky; top: 20px }
    </style>`;
    document.body.innerHTML = `
      <header class="bar" style="visibility: visible">Header</header>
      <nav class="toc">Contents</nav>
      <footer style="position: fixed; bottom: 0">Footer</footer>
      <main><p>Text</p></main>`;
    return {
      header: document.querySelector<HTMLElement>('header')!,
      toc: document.querySelector<HTMLElement>('nav')!,
      footer: document.querySelector<HTMLElement>('footer')!,
      main: document.querySelector<HTMLElement>('main')!,
    };
  }

  it('hides fixed elements and pins sticky ones in place, then restores the exact styles', () => {
    const { header, toc, footer, main } = page();
    const all = [header, toc, footer, main];
    const before = all.map((element) => element.style.cssText);
    const restore = hideFixedAndSticky(window);
    expect(header.style.getPropertyValue('visibility')).toBe('hidden');
    expect(header.style.getPropertyPriority('visibility')).toBe('important');
    expect(footer.style.getPropertyValue('visibility')).toBe('hidden');
    expect(toc.style.getPropertyValue('position')).toBe('relative');
    expect(toc.style.getPropertyValue('top')).toBe('auto');
    expect(main.getAttribute('style')).toBeNull();
    restore();
    expect(all.map((element) => element.style.cssText)).toEqual(before);
    expect(header.style.getPropertyValue('visibility')).toBe('visible');
  });

  it('can be called again after each scroll without losing the original styles', () => {
    const { header } = page();
    hideFixedAndSticky(window);
    const late = document.createElement('div');
    late.style.position = 'fixed';
    document.body.append(late);
    const restore = hideFixedAndSticky(window);
    expect(late.style.getPropertyValue('visibility')).toBe('hidden');
    restore();
    expect(header.style.getPropertyValue('visibility')).toBe('visible');
    expect(late.style.getPropertyValue('visibility')).toBe('');
  });

  it('restorePage undoes the hiding too', () => {
    const { footer } = page();
    hideFixedAndSticky(window);
    restorePage(window);
    expect(footer.style.getPropertyValue('visibility')).toBe('');
  });
});
