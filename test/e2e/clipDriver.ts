import { expect, type Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import type { ExtensionSession } from './launchExtension';

// The callbacks below run inside the extension (page.evaluate), where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

export interface ClipOptions {
  srcUrl?: string;
  linkUrl?: string;
  linkText?: string;
  goalIds?: string[];
  skillIds?: string[];
  openSheet?: boolean;
}

/**
 * Drives clipping the way the popup and menus do, for many pages at once:
 * - the student's click on the toolbar button is CDP Extensions.triggerAction
 *   on the page's tab, which grants activeTab exactly as a real click does;
 * - the `clip` message is sent from an extension page in a window of its own,
 *   so the clipped tab stays the active tab of its window (captureVisibleTab
 *   captures the active tab).
 * Everything after the message is the product's real pipeline.
 */
export class ClipDriver {
  private constructor(
    readonly extension: ExtensionSession,
    readonly control: Page,
  ) {}

  static async create(extension: ExtensionSession): Promise<ClipDriver> {
    const opened = extension.context.waitForEvent('page', (p) =>
      p.url().includes('dashboard.html#control'),
    );
    await extension.serviceWorker.evaluate(
      (url) => chrome.windows.create({ url, focused: false, width: 800, height: 600 }),
      extension.url('dashboard.html#control'),
    );
    const control = await opened;
    await control.waitForLoadState();
    // The dashboard creates the database schema; raw reads below rely on it.
    await expect(control.getByRole('heading', { name: 'My goals' })).toBeVisible();
    return new ClipDriver(extension, control);
  }

  /** Opens a page in the main window as the tab to clip. */
  async openPage(
    url: string,
    viewport: { width: number; height: number } | null = { width: 1200, height: 800 },
  ): Promise<Page> {
    const page = await this.extension.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    // Not 'load': offline copies of real pages wait on hosts this machine can't reach.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    return page;
  }

  /**
   * The tab's id. Before the toolbar click the browser hides the tab's URL from
   * the extension, so the page is found as the active tab outside the control window.
   */
  async tabId(page: Page): Promise<number> {
    await page.bringToFront();
    const url = page.url();
    const id = await this.extension.serviceWorker.evaluate(
      async ({ target, control }) => {
        const tabs = await chrome.tabs.query({});
        const byUrl = tabs.find((t) => t.url === target);
        if (byUrl) return byUrl.id ?? null;
        const active = tabs.filter((t) => t.active && !t.url?.startsWith(control));
        return active.length === 1 ? (active[0]!.id ?? null) : null;
      },
      { target: url, control: this.extension.url('') },
    );
    if (id === null) throw new Error(`No tab for ${url}`);
    return id;
  }

  /** The student's click on the toolbar button, granting activeTab for this tab. */
  async clickToolbarButton(page: Page): Promise<void> {
    const cdp = await this.extension.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url === page.url());
    if (!target) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: this.extension.extensionId, targetId: target.targetId } as never,
    );
    // The popup opened as a CDP target; close it so the next click opens a fresh one.
    const { targetInfos: all } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    for (const t of all.filter((info) => info.url.endsWith('/popup.html'))) {
      await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    }
    await cdp.detach();
    await this.waitForGrantToReachPage(page);
  }

  /**
   * The popup opened as a tab (openPopup fails headless) in `target`'s window, behind it:
   * the target stays the window's active tab, which is the tab the popup clips, as when the
   * real popup opens over it.
   */
  async openPopupBehind(target: Page): Promise<Page> {
    const popup = await this.extension.context.newPage();
    await popup.goto(this.extension.url('popup.html'));
    await expect(popup.getByRole('heading', { name: 'My PLP' })).toBeVisible();
    await target.bringToFront();
    return popup;
  }

  /**
   * The browser process grants activeTab at once, but tells the page's renderer
   * over a separate channel. On a loaded CI machine an injection sent straight
   * after the click could overtake that notice and be refused (seen once in CI).
   * A student never clicks that fast, so wait for a no-op injection to succeed.
   */
  private async waitForGrantToReachPage(page: Page): Promise<void> {
    const tabId = await this.tabId(page);
    await expect
      .poll(
        () =>
          this.extension.serviceWorker.evaluate(
            (id) =>
              chrome.scripting
                .executeScript({ target: { tabId: id }, func: () => true })
                .then(() => true)
                .catch(() => false),
            tabId,
          ),
        { message: 'activeTab grant reached the page', timeout: 10_000 },
      )
      .toBe(true);
  }

  /** Sends the background `clip` message exactly as the popup does, and returns its outcome. */
  async clip(page: Page, kind: string, options: ClipOptions = {}): Promise<ClipResult> {
    const tabId = await this.tabId(page);
    const request = {
      tabId,
      kind,
      source: 'popup',
      goalIds: options.goalIds ?? [],
      skillIds: options.skillIds ?? [],
      ...(options.srcUrl ? { srcUrl: options.srcUrl } : {}),
      ...(options.linkUrl ? { linkUrl: options.linkUrl } : {}),
      ...(options.linkText ? { linkText: options.linkText } : {}),
    };
    return sendToBackground(this.control, 'clip', {
      request,
      openSheet: options.openSheet ?? false,
    }) as Promise<ClipResult>;
  }

  /** A stored clip and the sizes and types of its media, read with raw IndexedDB. */
  async readClip(id: string): Promise<StoredClip> {
    return this.control.evaluate(async (evidenceId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('plp-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const get = (store: string, key: IDBValidKey) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const evidence = (await get('evidence', evidenceId))!;
      const describe = async (mediaId: unknown) => {
        if (typeof mediaId !== 'string') return null;
        const media = await get('media', mediaId);
        if (!media) return null;
        const blob = media.blob as Blob;
        const info: StoredMedia = {
          mimeType: String(media.mimeType),
          size: blob.size,
          width: null,
          height: null,
          text: null,
        };
        if (blob.type.startsWith('image/') || String(media.mimeType).startsWith('image/')) {
          const bitmap = await createImageBitmap(blob);
          info.width = bitmap.width;
          info.height = bitmap.height;
        } else {
          info.text = await blob.text();
        }
        return info;
      };
      const result = {
        evidence,
        main: await describe(evidence.mediaId),
        thumbnail: await describe(evidence.thumbnailMediaId),
      };
      db.close();
      return result;
    }, id) as Promise<StoredClip>;
  }
}

export interface StoredMedia {
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  text: string | null;
}

export interface StoredClip {
  evidence: Record<string, unknown> & { id: string; kind: string; title: string; url: string };
  main: StoredMedia | null;
  thumbnail: StoredMedia | null;
}

export type ClipResult =
  | { ok: true; evidenceId: string }
  | { ok: false; failure: { reason: string; linkOnly: boolean; detail: string } };

/** A background message in @webext-core/messaging's wire format, from an extension page. */
export async function sendToBackground(page: Page, type: string, data: unknown): Promise<unknown> {
  const reply = (await page.evaluate(
    ([messageType, payload]) =>
      chrome.runtime.sendMessage({
        id: Date.now(),
        type: messageType,
        data: payload,
        timestamp: Date.now(),
      }),
    [type, data] as const,
  )) as { res?: unknown; err?: { message?: string } };
  if (reply.err) throw new Error(`Background rejected ${type}: ${reply.err.message}`);
  return reply.res;
}
