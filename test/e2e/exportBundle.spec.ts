import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { ExportPage } from './pages/ExportPage';
import { LibraryPage } from './pages/LibraryPage';

const TITLES = ['Volcano article', 'Lab notes', 'What I learned about lava'];

let workDir: string;
test.beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-export-e2e-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Empties every table of the extension's database, as a fresh install would have it. */
async function wipeDatabase(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = [...db.objectStoreNames];
      if (stores.length > 0) {
        const tx = db.transaction(stores, 'readwrite');
        for (const store of stores) tx.objectStore(store).clear();
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    }
  });
}

async function seedPortfolio(page: Page) {
  await seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes' }],
    evidence: [
      {
        title: TITLES[0]!,
        goals: ['Understand volcanoes'],
        kind: 'article',
        url: 'https://example.org/volcano',
        savedCopyHtml: '<h1>Volcanoes</h1><p>Magma rises.</p>',
      },
      { title: TITLES[1]!, note: 'Measured the lava model.' },
    ],
    reflections: [{ title: TITLES[2]!, note: 'It is very hot.', goals: ['Understand volcanoes'] }],
  });
}

/**
 * The page moved its focus to this element. Asked of the page, not the window:
 * after a download, Chromium's download bubble can hold the window's focus.
 */
async function expectPageFocus(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}

test('exports everything as a ZIP and restores it after the data is wiped', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  await seedPortfolio(page);
  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await expect(page.getByRole('link', { name: 'Export' })).toHaveAttribute('aria-current', 'page');
  await expect(exportPage.summary).toContainText('2 evidence items, 1 reflection and 1 goal');

  const download = await exportPage.download();
  expect(download.suggestedFilename()).toMatch(/^PLP portfolio \d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = path.join(workDir, download.suggestedFilename());
  await download.saveAs(zipPath);
  await expect(exportPage.downloadOutcome).toContainText('Saved “PLP portfolio');
  await expectPageFocus(exportPage.downloadOutcome);

  // A real ZIP that standard tools accept, with the manifest inside.
  expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toContain(
    'No errors detected',
  );
  const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n');
  expect(listing).toContain('manifest.json');
  expect(listing).toContain('index.html');

  await wipeDatabase(page);
  await dashboard.open('#/evidence');
  const library = new LibraryPage(page);
  await library.expectCount(0);

  await dashboard.open('#/export');
  await exportPage.restore(zipPath);
  await expect(exportPage.restoreOutcome).toContainText(/^Added \d+ items, updated 0/);
  await expectPageFocus(exportPage.restoreOutcome);

  await dashboard.open('#/evidence');
  await library.expectCount(TITLES.length);
  for (const title of TITLES) await expect(library.item(title)).toHaveCount(1);
  expect(dashboard.errors).toEqual([]);
});

test('refuses a file that is not a bundle and changes nothing', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedPortfolio(page);
  const fake = path.join(workDir, 'homework.zip');
  writeFileSync(fake, 'This is just a text file with a .zip name.\n');

  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await exportPage.restore(fake);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('This file is not a PLP Companion bundle. Nothing was changed.');
  await expect(alert).toBeFocused();

  await dashboard.open('#/evidence');
  const library = new LibraryPage(page);
  await library.expectCount(TITLES.length);
  expect(dashboard.errors).toEqual([]);
});

test('exports just the items selected in the library', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedPortfolio(page);
  await dashboard.open('#/evidence');
  const library = new LibraryPage(page);
  await library.expectCount(TITLES.length);
  await library.select(TITLES[1]!);
  await library.select(TITLES[2]!);
  await library.bulkActions.getByRole('button', { name: 'Export selected…' }).click();

  const exportPage = new ExportPage(page);
  const bundle = page.getByRole('region', { name: 'Download a bundle' });
  await expect(
    bundle.getByRole('radio', { name: 'The 2 items you selected in My evidence' }),
  ).toBeChecked();
  await expect(exportPage.summary).toContainText('1 evidence item, 1 reflection');

  const download = await exportPage.download();
  const zipPath = path.join(workDir, download.suggestedFilename());
  await download.saveAs(zipPath);
  const manifest = JSON.parse(
    execFileSync('unzip', ['-p', zipPath, 'manifest.json'], { encoding: 'utf8' }),
  ) as { scope: { kind: string }; evidence: { title: string }[]; reflections: { title: string }[] };
  expect(manifest.scope.kind).toBe('items');
  expect(manifest.evidence.map((item) => item.title)).toEqual([TITLES[1]]);
  expect(manifest.reflections.map((item) => item.title)).toEqual([TITLES[2]]);
  expect(dashboard.errors).toEqual([]);
});
