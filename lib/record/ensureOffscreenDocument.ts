import type { ExtensionApi } from '../extensionApi';

export const OFFSCREEN_PATH = '/offscreen.html';

type OffscreenApi = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
};
type ContextsApi = {
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
};

let creating: Promise<void> | undefined;

/**
 * Chromium: the recording host is one offscreen document, so recording goes on
 * when the dashboard or popup closes, and the service worker (which may be
 * stopped at any time) never holds media. Only one may exist, so check first
 * and share a creation in flight.
 */
export async function ensureOffscreenDocument(
  browser: Pick<ExtensionApi, 'runtime'> & { offscreen?: OffscreenApi },
): Promise<void> {
  const runtime = browser.runtime as unknown as ContextsApi & ExtensionApi['runtime'];
  const url = runtime.getURL(OFFSCREEN_PATH);
  const existing = await runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (existing.length > 0) return;
  if (!browser.offscreen) throw new Error('This browser has no offscreen documents.');
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      // USER_MEDIA: microphone, webcam and tab capture; DISPLAY_MEDIA: a window
      // or the screen; WORKERS: ffmpeg.wasm's workers for compression.
      reasons: ['USER_MEDIA', 'DISPLAY_MEDIA', 'WORKERS'],
      justification:
        'Records screencast reflections and compresses them on this device, even when the dashboard is closed.',
    })
    .catch((error: unknown) => {
      // Another page created it between our check and our call: that is fine.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
