import type { ExtensionApi } from '../extensionApi';
import { clipperMessenger } from '../messaging/clipper';
import { isWebUrl } from '../urls/webUrl';
import { ClipError } from '../clip/clipErrors';

export const CLIPPER_SCRIPT = '/content-scripts/clipper.js';

/**
 * Injects the clipper content script unless it already answers in the tab
 * (a second clip of the same page must not register its listeners twice).
 * Injection fails where the browser forbids scripts: its PDF viewer, other
 * extensions' pages, pages that have not been granted through activeTab.
 */
export async function injectClipper(
  browser: Pick<ExtensionApi, 'scripting'>,
  tabId: number,
  url: string,
): Promise<void> {
  if (await answersPing(tabId)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CLIPPER_SCRIPT] });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/\.pdf($|[?#])/i.test(url) || /pdf/i.test(detail))
      throw new ClipError('pdf-viewer', isWebUrl(url), detail);
    if (/no tab|closed/i.test(detail)) throw new ClipError('tab-closed', false, detail);
    throw new ClipError('cannot-inject', isWebUrl(url), detail);
  }
  if (!(await answersPing(tabId)))
    throw new ClipError('cannot-inject', isWebUrl(url), 'clipper did not start');
}

async function answersPing(tabId: number): Promise<boolean> {
  try {
    const answer = await Promise.race([
      clipperMessenger.sendMessage('ping', undefined, tabId),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000)),
    ]);
    return answer === 'pong';
  } catch {
    return false;
  }
}
