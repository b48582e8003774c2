import type { Page } from 'puppeteer-core';
import { clickToolbarButton } from './clickToolbarButton';
import { GECKO_ID } from './geckoId';
import { startNavigation, type FirefoxWithExtension } from './launchFirefoxWithExtension';

// The callbacks below run inside extension pages (page.evaluate), where `browser` is the real API.
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
};

export type ClipResult =
  | { ok: true; evidenceId: string }
  | { ok: false; failure: { reason: string; linkOnly: boolean; detail: string } };

export interface StoredMedia {
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  text: string | null;
  /** For HTML: the text of its body as a browser parses it (markup and entities resolved). */
  bodyText: string | null;
}

export interface StoredClip {
  evidence: Record<string, unknown> & { id: string; kind: string; title: string; url: string };
  main: StoredMedia | null;
  thumbnail: StoredMedia | null;
}

/**
 * Drives clipping in firefox-esr the way the popup does, like test/e2e/clipDriver.ts
 * for Chromium:
 * - the toolbar click is Firefox's own browserAction.triggerAction, run in the
 *   privileged browser window (see clickToolbarButton.ts);
 * - the `clip` message is sent from the dashboard, open in a background tab of
 *   the same window, so the clipped tab stays the selected tab (which is what
 *   captureVisibleTab captures).
 * Everything after the message is the product's real pipeline.
 */
export class FirefoxClipDriver {
  private constructor(
    private readonly firefox: FirefoxWithExtension,
    readonly control: Page,
  ) {}

  static async create(firefox: FirefoxWithExtension): Promise<FirefoxClipDriver> {
    const control = await firefox.browser.newPage();
    control.setDefaultTimeout(30_000);
    startNavigation(control, firefox.extensionUrl('dashboard.html'));
    // The dashboard opens (and creates) the database; the raw reads below rely on it.
    await control.waitForFunction(() => document.querySelector('#goals-heading') !== null, {
      polling: 100,
    });
    return new FirefoxClipDriver(firefox, control);
  }

  /** Opens `url` in a new tab of the same window and selects it. */
  async openPage(url: string): Promise<Page> {
    const page = await this.firefox.browser.newPage();
    page.setDefaultTimeout(30_000);
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  /** The student's toolbar click on the page's tab; returns the extension's id for the tab. */
  async clickToolbarButton(page: Page): Promise<number> {
    const { tabId } = await clickToolbarButton(this.firefox.browser, GECKO_ID, page.url());
    return tabId;
  }

  /**
   * The id of the window's selected tab, with no toolbar click: an extension
   * page may list tabs, it just cannot read or script them without a grant.
   */
  async selectedTabId(): Promise<number> {
    const id = await this.control.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    });
    if (id === null) throw new Error('No selected tab');
    return id;
  }

  /** Sends the background `clip` message exactly as the popup does, and returns its outcome. */
  async clip(tabId: number, kind: string): Promise<ClipResult> {
    const request = { tabId, kind, source: 'popup', goalIds: [], skillIds: [] };
    const reply = (await this.control.evaluate(
      (data) =>
        // @webext-core/messaging's wire format, as in test/e2e/clipDriver.ts.
        browser.runtime.sendMessage({ id: Date.now(), type: 'clip', data, timestamp: Date.now() }),
      { request, openSheet: false },
    )) as { res?: ClipResult; err?: { message?: string } };
    if (reply.err) throw new Error(`Background rejected clip: ${reply.err.message}`);
    return reply.res!;
  }

  /** How many evidence records the extension's database holds. */
  async countEvidence(): Promise<number> {
    return this.control.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('plp-companion');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('evidence').objectStore('evidence').count();
            count.onerror = () => reject(count.error);
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
        }),
    );
  }

  /** A stored clip and the types, sizes and text of its media, read with raw IndexedDB. */
  async readClip(id: string): Promise<StoredClip> {
    return this.control.evaluate(async (evidenceId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        // No version: open whatever version the app created, never upgrade it.
        const request = indexedDB.open('plp-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const get = (store: string, key: IDBValidKey) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
          request.onerror = () => reject(request.error);
        });
      const describe = async (mediaId: unknown): Promise<StoredMedia | null> => {
        if (typeof mediaId !== 'string') return null;
        const media = await get('media', mediaId);
        if (!media) return null;
        const blob = media.blob as Blob;
        const mimeType = String(media.mimeType);
        const info: StoredMedia = {
          mimeType,
          size: blob.size,
          width: null,
          height: null,
          text: null,
          bodyText: null,
        };
        if (mimeType.startsWith('image/')) {
          // Decoding proves the bytes are a real image of that size, not just a label.
          const bitmap = await createImageBitmap(blob);
          info.width = bitmap.width;
          info.height = bitmap.height;
          bitmap.close();
        } else {
          info.text = await blob.text();
          // DOMParser never runs the document's scripts or loads its resources.
          if (mimeType === 'text/html')
            info.bodyText = new DOMParser().parseFromString(
              info.text,
              'text/html',
            ).body.textContent;
        }
        return info;
      };
      try {
        const evidence = await get('evidence', evidenceId);
        if (!evidence) throw new Error(`No evidence ${evidenceId}`);
        return {
          evidence,
          main: await describe(evidence.mediaId),
          thumbnail: await describe(evidence.thumbnailMediaId),
        } as StoredClip;
      } finally {
        db.close();
      }
    }, id);
  }
}
