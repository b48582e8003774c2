import type { ExtensionApi } from '../../extensionApi';
import { isAllowedSender } from '../../messaging/checkSender';
import { FULL_PAGE_CAPTURE_PORT } from '../../messaging/clipper';
import { restorePageIfAltered } from './fullPageScroller';

type Port = Parameters<Parameters<ExtensionApi['runtime']['onConnect']['addListener']>[0]>[0];

/**
 * A full-page capture hides the page's fixed headers and scrolls it tile by tile; the worker
 * undoes that with restorePage when it is done. A worker that stops mid-capture (idle limits,
 * a crash, an extension update) never sends it, and the student would be left with a page
 * missing its header, scrolled somewhere else. The worker keeps a port open while it captures;
 * when that port closes for any reason, the page is put back if it is still changed.
 * Returns a function that stops listening.
 */
export function restoreWhenCaptureEnds(
  browser: Pick<ExtensionApi, 'runtime'>,
  win: Window,
): () => void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const onConnect = (port: Port) => {
    if (port.name !== FULL_PAGE_CAPTURE_PORT) return;
    // Only our own worker may hold the page in a capture.
    if (!isAllowedSender(port.sender, 'extension-page', self)) {
      port.disconnect();
      return;
    }
    port.onDisconnect.addListener(() => restorePageIfAltered(win));
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}
