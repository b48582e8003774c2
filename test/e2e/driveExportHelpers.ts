/**
 * What the Drive export specs share: the portfolio they seed, the settings that point the
 * extension at the Drive emulator, and the check that every item arrived exactly once.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import { type DriveEmulator, FOLDER_MIME_TYPE } from '../drive/driveEmulator';
import { expect } from './fixtures';
import { ExportPage } from './pages/ExportPage';
import { seedThroughDataLayer } from './seedThroughDataLayer';

declare const chrome: typeof wxtBrowser;

export const ROOT = 'PLP e2e';
/** Several 2 MiB chunks. */
export const BIG_TEXT_LENGTH = 5 * 1024 * 1024 + 4321;

/** Deterministic text that does not compress into a pattern: its MD5 means something. */
export function bigText(length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  let x = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += letters[x % letters.length];
  }
  return out;
}

export async function setDriveSettings(
  page: Page,
  emulator: DriveEmulator,
  apiBaseUrl: string,
  clientId = 'test-client-id',
) {
  await page.evaluate(
    // @wxt-dev/storage keeps 'local:drive.settings' under the key 'drive.settings'.
    (settings) => chrome.storage.local.set({ 'drive.settings': settings }),
    {
      clientId,
      rootFolderName: ROOT,
      rootFolderId: '',
      apiBaseUrl,
      authUrl: `${emulator.url}/o/oauth2/v2/auth`,
    },
  );
}

export async function seedPortfolio(page: Page) {
  const prefix = '<html><body><h1>Long article</h1><p>';
  return seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes' }, { title: 'Write clearly' }],
    evidence: [
      {
        title: 'Volcano article',
        goals: ['Understand volcanoes'],
        kind: 'article',
        url: 'https://example.org/volcano',
        note: 'Shows how magma rises.',
        savedCopyHtml: prefix + bigText(BIG_TEXT_LENGTH - prefix.length),
      },
      { title: 'A link with <b>no</b> goal', url: 'https://example.org/link' },
    ],
    reflections: [{ title: 'What I learned', note: 'Drafts help.', goals: ['Write clearly'] }],
  });
}

/** The MD5 of every media blob in the extension's database, by owner id. */
export async function localMediaMd5(page: Page): Promise<Map<string, string>> {
  const media = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ ownerId: string; blob: Blob }[]>((resolve, reject) => {
      const request = db.transaction('media').objectStore('media').getAll();
      request.onsuccess = () => resolve(request.result as { ownerId: string; blob: Blob }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const out: [string, string][] = [];
    for (const row of rows) {
      const bytes = new Uint8Array(await row.blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      out.push([row.ownerId, btoa(binary)]);
    }
    return out;
  });
  return new Map(
    media.map(([owner, base64]) => [
      owner,
      createHash('md5').update(Buffer.from(base64, 'base64')).digest('hex'),
    ]),
  );
}

/** Edits a media row's content in the extension's database, as a re-saved copy would. */
export async function reviseMedia(page: Page, ownerId: string) {
  await page.evaluate(async (owner) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('media').objectStore('media');
    const rows = await new Promise<{ ownerId: string; blob: Blob; size: number }[]>(
      (resolve, reject) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result as never);
        request.onerror = () => reject(request.error);
      },
    );
    const row = rows.find((candidate) => candidate.ownerId === owner)!;
    const text = (await row.blob.text()).replace('Long article', 'Long article, revised');
    row.blob = new Blob([text], { type: row.blob.type });
    row.size = row.blob.size;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('media', 'readwrite');
      tx.objectStore('media').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, ownerId);
}

export type Seeded = Awaited<ReturnType<typeof seedPortfolio>>;

/** Each item exactly once, bytes intact, in its goal's folder; folders unique. */
export async function expectExactlyOnce(page: Page, emulator: DriveEmulator, seeded: Seeded) {
  const folders = emulator.files.filter((file) => file.mimeType === FOLDER_MIME_TYPE);
  expect(folders.map((folder) => folder.name).sort()).toEqual([
    'Other evidence',
    ROOT,
    'Understand volcanoes',
    'Write clearly',
  ]);
  const folderId = new Map(folders.map((folder) => [folder.name, folder.id]));
  const root = folders.find((folder) => folder.name === ROOT)!;
  expect(root.parents).toEqual(['root']);
  for (const folder of folders) if (folder !== root) expect(folder.parents).toEqual([root.id]);

  const files = emulator.files.filter((file) => file.mimeType !== FOLDER_MIME_TYPE);
  const [articleId, linkId] = seeded.evidenceIds;
  const [reflectionId] = seeded.reflectionIds;
  expect(files.map((file) => file.appProperties.plpItemId).sort()).toEqual(
    [`evidence:${articleId}`, `evidence:${linkId}`, `reflections:${reflectionId}`].sort(),
  );
  const byItem = (id: string) => files.find((file) => file.appProperties.plpItemId === id)!;
  for (const file of files) expect(file.appProperties.plpHash).toMatch(/^[0-9a-f]{64}$/);

  const article = byItem(`evidence:${articleId}`);
  expect(article.content.length).toBeGreaterThan(BIG_TEXT_LENGTH - 100);
  const md5 = createHash('md5').update(article.content).digest('hex');
  expect(md5).toBe((await localMediaMd5(page)).get(articleId!));
  expect(article.parents).toEqual([folderId.get('Understand volcanoes')]);

  const link = byItem(`evidence:${linkId}`);
  expect(link.parents).toEqual([folderId.get('Other evidence')]);
  // The generated page escapes the title: no markup from a title ever runs.
  expect(link.content.toString('utf8')).toContain('A link with &lt;b&gt;no&lt;/b&gt; goal');
  const reflection = byItem(`reflections:${reflectionId}`);
  expect(reflection.parents).toEqual([folderId.get('Write clearly')]);
  expect(reflection.content.toString('utf8')).toContain('Drafts help.');
}

export async function openExport(page: Page, dashboardOpen: (route: string) => Promise<void>) {
  await dashboardOpen('#/export');
  const exportPage = new ExportPage(page);
  await exportPage.connectDrive();
  return exportPage;
}
