import type { ViewportRect } from '../captureTypes';

/**
 * Finds the image a context-menu click pointed at, scrolls it into view and
 * returns where it sits in the viewport, so the extension can crop it from a
 * screenshot when it may not fetch the image itself (another site's server).
 */
export async function locateImage(win: Window, srcUrl: string): Promise<ViewportRect | null> {
  const images = [...win.document.images];
  const image = images.find((img) => img.currentSrc === srcUrl || img.src === srcUrl);
  if (!image) return null;
  image.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  await nextFrames(win, 2);
  const box = image.getBoundingClientRect();
  const viewport = win.document.documentElement;
  const x = Math.max(0, box.left);
  const y = Math.max(0, box.top);
  const width = Math.min(box.right, viewport.clientWidth) - x;
  const height = Math.min(box.bottom, viewport.clientHeight) - y;
  if (width < 1 || height < 1) return null;
  return { x, y, width, height, devicePixelRatio: win.devicePixelRatio || 1 };
}

function nextFrames(win: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}
