import type { ExtensionApi } from '../extensionApi';
import { clipperMessenger, FULL_PAGE_CAPTURE_PORT } from '../messaging/clipper';
import { createPacedCapture } from '../capture/pacedCapture';
import {
  dataUrlToBlob,
  encodeScreenshot,
  makeThumbnail,
  type EncodedImage,
} from '../capture/encodeImage';
import { cropToRect } from '../capture/cropToRect';
import { captureFullPage } from '../capture/fullPage/captureFullPage';
import { saveMhtml } from '../capture/saveMhtml';
import type { ClipTools } from './clipTools';

type Browser = Pick<ExtensionApi, 'tabs'> & { pageCapture?: ExtensionApi['pageCapture'] };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The real capture tools, for the service worker. One instance per worker
 * lifetime: the capture pacer must see every capture to respect the
 * browser's limit of two screenshots a second.
 */
export function createClipTools(browser: Browser): ClipTools {
  // The pacer wraps one call at a time; `next` is the capture it should make.
  let next: () => Promise<string> = () => Promise.reject(new Error('no capture queued'));
  const paced = createPacedCapture(() => next(), { now: () => Date.now(), sleep });
  let queue: Promise<unknown> = Promise.resolve();
  const captureVisible = (windowId: number): Promise<Blob> => {
    const run = queue.then(async () => {
      next = () => browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      return dataUrlToBlob(await paced());
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /** Decodes, runs, and frees the bitmap at once: a worker's memory is all the clip has. */
  async function withBitmap<T>(blob: Blob, use: (bitmap: ImageBitmap) => Promise<T>): Promise<T> {
    const bitmap = await createImageBitmap(blob);
    try {
      return await use(bitmap);
    } finally {
      bitmap.close();
    }
  }

  async function captureFullPageImages(tabId: number, windowId: number): Promise<EncodedImage[]> {
    const result = await captureFullPage({
      page: {
        measure: () => clipperMessenger.sendMessage('measurePage', undefined, tabId),
        scrollTo: (y) => clipperMessenger.sendMessage('scrollTo', { y }, tabId),
        hideFixed: () => clipperMessenger.sendMessage('hideFixed', undefined, tabId),
        restore: () => clipperMessenger.sendMessage('restorePage', undefined, tabId),
      },
      captureVisible: () => captureVisible(windowId),
      createImageBitmap: createImageBitmap.bind(globalThis),
      OffscreenCanvas,
    });
    return result.images;
  }

  return {
    captureVisible,
    encode: (png) => withBitmap(png, (bitmap) => encodeScreenshot(bitmap)),
    crop: (png, rect) => withBitmap(png, (bitmap) => encodeScreenshot(cropToRect(bitmap, rect))),
    thumbnail: (image) => withBitmap(image, (bitmap) => makeThumbnail(bitmap)),
    fullPage: async (tabId, windowId) => {
      // Held open while the page is changed; if this worker stops, the tab sees it close and
      // restores itself (lib/capture/page/restoreWhenCaptureEnds.ts).
      const holdPage = browser.tabs.connect(tabId, { name: FULL_PAGE_CAPTURE_PORT });
      try {
        return await captureFullPageImages(tabId, windowId);
      } finally {
        holdPage.disconnect();
      }
    },
    saveMhtml: browser.pageCapture ? (tabId) => saveMhtml(browser.pageCapture!, tabId) : null,
    fetchImage: async (url) => {
      // Only where the image's server allows it (CORS) or it is inline data;
      // otherwise the clip falls back to the image's on-screen pixels.
      try {
        const response = await fetch(url, { credentials: 'omit' });
        if (!response.ok) return null;
        const blob = await response.blob();
        return blob.type.startsWith('image/') ? blob : null;
      } catch {
        return null;
      }
    },
  };
}
