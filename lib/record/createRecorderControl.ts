import { browser } from 'wxt/browser';
import { recorderMessenger, type RecorderProtocol } from '../messaging/recorder';
import { ensureOffscreenDocument } from './ensureOffscreenDocument';
import { messageRecorderControl } from './messageRecorderControl';
import { pageHostedRecorderControl } from './pageHostedRecorderControl';
import type { RecorderControl } from './recorderControl';

type ChromiumExtras = {
  offscreen?: Parameters<typeof ensureOffscreenDocument>[0]['offscreen'];
  tabCapture?: { getMediaStreamId(options: { targetTabId: number }): Promise<string> };
};

/**
 * The recorder control for the page that calls it:
 * - Chromium: messages to the offscreen document, created on demand;
 * - Firefox dashboard: the host runs in this tab (no offscreen documents, and
 *   getDisplayMedia needs the click that happened here);
 * - Firefox popup: messages to the dashboard tab that hosts the recording.
 */
export function createRecorderControl(): RecorderControl {
  const api = browser as typeof browser & ChromiumExtras;
  const send = sendWithRetry;
  if (api.offscreen) {
    return messageRecorderControl({
      send,
      ensureHost: () => ensureOffscreenDocument(api),
      tabStreamId: async (tabId) =>
        api.tabCapture ? api.tabCapture.getMediaStreamId({ targetTabId: tabId }) : null,
    });
  }
  if (location.pathname.endsWith('/dashboard.html')) return pageHostedRecorderControl(api);
  return messageRecorderControl({
    send,
    ensureHost: async () => {
      throw new Error('Open the PLP Companion dashboard to record.');
    },
    tabStreamId: async () => null,
  });
}

/**
 * A just-created offscreen document may not have registered its listener yet
 * ("Receiving end does not exist"); try again briefly before giving up.
 */
async function sendWithRetry<K extends keyof RecorderProtocol>(
  type: K,
  data: Parameters<RecorderProtocol[K]>[0],
): Promise<ReturnType<RecorderProtocol[K]>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await recorderMessenger.sendMessage(type, data as never)) as ReturnType<
        RecorderProtocol[K]
      >;
    } catch (error) {
      if (attempt >= 4 || !/Receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}
