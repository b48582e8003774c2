import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Page } from '@playwright/test';
import { evidenceRecordSchema, type EvidenceRecord } from '../../lib/db/records';
import { test, expect } from './fixtures';
import type { ExtensionSession } from './launchExtension';
import { ORIGIN_PLACEHOLDER, startFixtureServer, type FixtureServer } from './fixtureServer';

// Callbacks passed to serviceWorker.evaluate run in the worker, where `chrome` is the real API.
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  pageCapture: { saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined> };
};

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/**
 * Chromium's snapshot of the tab, read in the service worker as the product
 * does (lib/capture/saveMhtml.ts): reading the Blob sometimes fails with
 * NotFoundError, and a new snapshot is then taken.
 */
async function captureMhtml(extension: ExtensionSession, page: Page): Promise<string> {
  await page.bringToFront();
  return extension.serviceWorker.evaluate(async () => {
    // Without a grant the worker cannot read tab URLs; the page to capture is the active tab.
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const failures: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      try {
        const blob = await chrome.pageCapture.saveAsMHTML({ tabId: tab!.id! });
        return await blob!.text();
      } catch (error) {
        failures.push(String(error));
        await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
      }
    }
    throw new Error(`saveAsMHTML failed 5 times: ${failures.join('; ')}`);
  });
}

interface StoredMedia {
  text: string;
  mimeType: string;
}

/** A complete evidence row (every field, checked against the schema) pointing at `mediaId`. */
function evidenceRow(id: string, fields: Partial<EvidenceRecord>): EvidenceRecord {
  return v.parse(evidenceRecordSchema, {
    id,
    kind: 'snapshot',
    title: 'Hostile page clip',
    note: 'What this shows about my learning',
    url: server.url('/hostile/source.html'),
    capturedAt: Date.UTC(2025, 2, 14, 15, 9),
    goalIds: [],
    skillIds: [],
    searchWords: ['hostile', 'page', 'clip'],
    contentHash: 'a'.repeat(64),
    mediaId: `${id}-media`,
    createdAt: Date.UTC(2025, 2, 14, 15, 9),
    updatedAt: Date.UTC(2025, 2, 14, 15, 9),
    source: 'popup',
    canonicalUrl: null,
    pageTitle: 'Hostile fixture page',
    siteName: 'Fixture Server',
    byline: 'A. Tester',
    publishedTime: null,
    description: null,
    lang: 'en',
    dir: 'ltr',
    faviconUrl: null,
    faviconDataUrl: null,
    ogImageUrl: null,
    text: '',
    excerpt: null,
    textFragmentUrl: null,
    thumbnailMediaId: null,
    partMediaIds: [],
    width: null,
    height: null,
    sortTitle: 'hostile page clip',
    deletedAt: null,
    ...fields,
  });
}

/** Writes an evidence row and its media with raw IndexedDB, from an extension page (the dashboard made the schema). */
async function storeClip(
  page: Page,
  evidence: EvidenceRecord,
  media: StoredMedia | null,
): Promise<void> {
  await page.evaluate(
    async ({ evidence, media }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('plp-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['evidence', 'media'], 'readwrite');
      if (media && evidence.mediaId) {
        const blob = new Blob([media.text], { type: media.mimeType });
        tx.objectStore('media').put({
          id: evidence.mediaId,
          ownerId: evidence.id,
          mimeType: media.mimeType,
          size: blob.size,
          blob,
          createdAt: evidence.createdAt,
        });
      }
      tx.objectStore('evidence').put(evidence);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { evidence, media },
  );
}

/** Opens viewer.html#id, recording dialogs and new windows, and the requests made since. */
async function openViewer(extension: ExtensionSession, id: string) {
  const requestsBefore = server.requests.length;
  const dialogs: string[] = [];
  const popups: string[] = [];
  extension.context.on('page', (opened) => popups.push(opened.url()));
  const viewer = await extension.context.newPage();
  viewer.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await viewer.goto(extension.url(`viewer.html#${id}`));
  popups.length = 0; // the viewer itself
  return { viewer, dialogs, popups, requestsSince: () => server.requests.slice(requestsBefore) };
}

test('a pageCapture snapshot of a hostile page is shown complete and inert', async ({
  extension,
  dashboard,
}) => {
  const hostile = await extension.context.newPage();
  hostile.on('dialog', (dialog) => void dialog.dismiss());
  await hostile.goto(server.url('/hostile/source.html'));
  const mhtml = await captureMhtml(extension, hostile);
  expect(mhtml).toContain('Content-Type: multipart/related');
  // Chromium keeps some of the hostility in the archive: the viewer has to remove it.
  expect(mhtml).toMatch(/http-equiv=3D"refresh"/);
  expect(mhtml).toContain('/beacon/');
  await hostile.close();

  await storeClip(dashboard.page, evidenceRow('snapshot-1', {}), {
    text: mhtml,
    mimeType: 'multipart/related',
  });
  const { viewer, dialogs, popups, requestsSince } = await openViewer(extension, 'snapshot-1');

  // The header: the clip, where it came from, and a way to the live page.
  await expect(viewer.getByRole('heading', { level: 1, name: 'Hostile page clip' })).toBeVisible();
  const header = viewer.locator('header');
  await expect(header).toContainText('Hostile fixture page');
  await expect(header).toContainText('Fixture Server');
  await expect(header).toContainText('A. Tester');
  await expect(header).toContainText('2025');
  const original = viewer.getByRole('link', { name: 'Open the original page' });
  await expect(original).toHaveAttribute('href', server.url('/hostile/source.html'));
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');

  // The snapshot, in a frame that grants nothing, under a CSP that loads nothing.
  const iframe = viewer.locator('iframe');
  await expect(iframe).toHaveAttribute('sandbox', '');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
  expect(await iframe.getAttribute('srcdoc')).toMatch(
    /^<!DOCTYPE html>\n?<meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
  );
  const frame = viewer.frameLocator('iframe');
  await expect(frame.locator('#visible-text')).toHaveText(
    'This paragraph must be visible in the viewer.',
  );
  // The page's own stylesheet and image came from the archive.
  await expect(frame.locator('h1.styled')).toHaveCSS('color', 'rgb(0, 128, 0)');
  await expect(frame.locator('#legit-image')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(frame.locator('[data-plp-placeholder]')).toHaveCount(4);
  await expect(frame.locator('body')).not.toContainText('SCRIPT RAN');

  // Clicking a live link or submitting the form goes nowhere.
  await frame.getByRole('link', { name: 'A link to the live web' }).click();
  await frame.getByRole('button', { name: 'Submit the form' }).click();
  await frame.getByText('A javascript: link').click();
  await viewer.waitForTimeout(500);

  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  expect(await viewer.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(viewer).toHaveTitle('Hostile page clip · PLP Companion');
  await expect(viewer).toHaveURL(extension.url('viewer.html#snapshot-1'));
  expect(requestsSince()).toEqual([]);
});

test('an article with hostile HTML shows sanitized; damaged or missing clips explain themselves', async ({
  extension,
  dashboard,
}) => {
  const hostileHtml = readFileSync('test/fixtures/hostile/source.html', 'utf8').replaceAll(
    ORIGIN_PLACEHOLDER,
    server.origin,
  );
  await storeClip(
    dashboard.page,
    evidenceRow('article-1', { kind: 'article', title: 'Hostile article' }),
    {
      text: hostileHtml,
      mimeType: 'text/html',
    },
  );
  await storeClip(dashboard.page, evidenceRow('corrupt-1', { title: 'Damaged snapshot' }), {
    text: 'this is not an MHTML archive',
    mimeType: 'multipart/related',
  });
  await storeClip(
    dashboard.page,
    evidenceRow('no-media-1', { title: 'Clip without media', mediaId: 'gone' }),
    null,
  );

  const article = await openViewer(extension, 'article-1');
  const frame = article.viewer.frameLocator('iframe');
  await expect(frame.locator('#visible-text')).toHaveText(
    'This paragraph must be visible in the viewer.',
  );
  await expect(
    frame.locator(
      // The one <meta> is the viewer's own CSP.
      'script, iframe, object, embed, meta:not([http-equiv="Content-Security-Policy"]), base, link',
    ),
  ).toHaveCount(0);
  await expect(frame.locator('[onload], [onerror]')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Submit the form' }).click();
  await article.viewer.waitForTimeout(500);
  expect(article.dialogs).toEqual([]);
  expect(article.popups).toEqual([]);
  expect(
    await article.viewer.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  await expect(article.viewer).toHaveTitle('Hostile article · PLP Companion');
  expect(article.requestsSince()).toEqual([]);

  const corrupt = await openViewer(extension, 'corrupt-1');
  await expect(corrupt.viewer.getByRole('alert')).toContainText('couldn’t be read');
  // The rest of the page still works.
  await expect(
    corrupt.viewer.getByRole('heading', { level: 1, name: 'Damaged snapshot' }),
  ).toBeVisible();
  await expect(corrupt.viewer.getByRole('link', { name: 'Open the original page' })).toBeVisible();
  await expect(corrupt.viewer.locator('iframe')).toHaveCount(0);

  const noMedia = await openViewer(extension, 'no-media-1');
  await expect(noMedia.viewer.getByRole('alert')).toContainText('no saved copy');
  await expect(
    noMedia.viewer.getByRole('heading', { level: 1, name: 'Clip without media' }),
  ).toBeVisible();

  const unknown = await openViewer(extension, 'no-such-clip');
  await expect(unknown.viewer.getByRole('alert')).toContainText('couldn’t find this clip');
  await expect(unknown.viewer.getByRole('link', { name: 'Go to your dashboard' })).toBeVisible();
});
