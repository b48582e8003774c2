import type { Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';
import { pollUntil, withBrowserCdp, type TargetInfo } from './extensionTargets';

/**
 * The student's click on the toolbar button on `page`'s tab (CDP
 * Extensions.triggerAction on the tab target), which grants activeTab and
 * lets tabCapture.getMediaStreamId target that tab. The popup it opens is a
 * CDP target outside context.pages(); it is closed unless `keepPopup`, and
 * the grant outlives it. Returns the tab's id, read from `control` (an open
 * extension page) once the grant lets the extension see the tab's URL.
 */
export async function invokeExtensionOnTab(
  session: ExtensionSession,
  page: Page,
  control: Page,
  options: { keepPopup?: boolean } = {},
): Promise<number> {
  await withBrowserCdp(session, async (cdp) => {
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as { targetInfos: TargetInfo[] };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`invokeExtensionOnTab: no tab target for ${page.url()}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: session.extensionId, targetId: tab.targetId } as never,
    );
    if (options.keepPopup) return;
    const { targetInfos: all } = (await cdp.send('Target.getTargets')) as {
      targetInfos: TargetInfo[];
    };
    for (const popup of all.filter((target) => target.url.endsWith('/popup.html'))) {
      await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
    }
  });
  let tabId: number | null = null;
  // The grant reaches the extension's view of tabs a moment after the click.
  await pollUntil(
    async () => (tabId = await tabIdByUrl(control, page.url())) !== null,
    `the extension sees the tab ${page.url()}`,
  );
  return tabId!;
}

/**
 * tabCapture.getMediaStreamId({ targetTabId }) called from `control`, an
 * extension page, as the product does for "this tab": the id can then be
 * used by any page of the extension, the offscreen document included
 * (getUserMedia with chromeMediaSource 'tab'). Works only after
 * invokeExtensionOnTab on that tab.
 */
export async function tabCaptureStreamId(control: Page, tabId: number): Promise<string> {
  return control.evaluate(
    (targetTabId) =>
      (
        globalThis as unknown as {
          chrome: { tabCapture: { getMediaStreamId(o: object): Promise<string> } };
        }
      ).chrome.tabCapture.getMediaStreamId({ targetTabId }),
    tabId,
  );
}

async function tabIdByUrl(control: Page, url: string): Promise<number | null> {
  return control.evaluate(async (target) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome.tabs;
    const tab = (await api.query({})).find((candidate) => candidate.url === target);
    return tab?.id ?? null;
  }, url);
}
