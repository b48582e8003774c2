import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/** Each clip's media bytes summed from raw IndexedDB (not the app's code), largest first. */
async function clipSizesFromIndexedDb(page: Page): Promise<{ id: string; bytes: number }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    const evidenceIds = new Set((await all('evidence')).map((row) => String(row.id)));
    const totals = new Map<string, number>();
    for (const row of await all('media')) {
      const owner = String(row.ownerId);
      totals.set(owner, (totals.get(owner) ?? 0) + (row.blob as Blob).size);
    }
    db.close();
    return [...totals]
      .filter(([id]) => evidenceIds.has(id))
      .map(([id, bytes]) => ({ id, bytes }))
      .sort((a, b) => b.bytes - a.bytes);
  });
}

/** Whether a clip and any of its media are still stored. */
async function storedRows(page: Page, id: string): Promise<{ evidence: number; media: number }> {
  return page.evaluate(async (evidenceId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string, index: string | null) =>
      new Promise<number>((resolve, reject) => {
        const source = db.transaction(store).objectStore(store);
        const request = (index ? source.index(index) : source).count(evidenceId);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const result = {
      evidence: await count('evidence', null),
      media: await count('media', 'ownerId'),
    };
    db.close();
    return result;
  }, id);
}

test('the storage page shows usage and the largest clips, and deleting one frees its media', async ({
  extension,
  dashboard,
}) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/guardian-1/source.html'));
  await driver.clickToolbarButton(page);
  for (const kind of ['snapshot', 'visible', 'fullpage', 'link']) {
    const result = await driver.clip(page, kind);
    expect(result, `${kind}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
  }

  await dashboard.open('#/storage');
  const view = dashboard.page;
  await expect(view.getByRole('heading', { name: 'Storage', level: 2 })).toBeVisible();

  // The meter: non-zero usage of a known quota, in words and as a <meter>.
  await expect(view.getByTestId('storage-meter-text')).toHaveText(
    /^[\d.,]+ (bytes?|kB|MB|GB) of [\d.,]+ (kB|MB|GB|TB) used, [\d.,]+ (bytes?|kB|MB|GB|TB) free$/,
  );
  const meter = view.locator('meter#storage-meter');
  expect(Number(await meter.getAttribute('value'))).toBeGreaterThan(0);
  expect(Number(await meter.getAttribute('max'))).toBeGreaterThan(0);
  await expect(view.getByTestId('storage-persistence')).toContainText(/protected/);
  // Asking for persistent storage reports the browser's answer in plain words.
  const persist = view.getByRole('button', { name: 'Keep my data safe from automatic clean-up' });
  if (await persist.isVisible()) {
    await persist.click();
    await expect(view.getByTestId('persist-result')).toHaveText(
      /^(Done\.|The browser said no\.|This browser can’t be asked|The browser didn’t answer)/,
    );
  }

  // The largest clips, in the order raw IndexedDB sizes give (link clips have no media).
  const expected = await clipSizesFromIndexedDb(view);
  expect(expected.length).toBeGreaterThanOrEqual(3);
  const rows = view.getByTestId('large-item');
  const shownIds = async () =>
    rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-evidence-id')));
  await expect(rows).toHaveCount(Math.min(5, expected.length));
  expect(await shownIds()).toEqual(expected.slice(0, 5).map((clip) => clip.id));
  for (let i = 1; i < expected.length; i += 1)
    expect(expected[i - 1]!.bytes).toBeGreaterThanOrEqual(expected[i]!.bytes);
  await expect(rows.first().getByRole('link', { name: 'Open saved copy' })).toHaveAttribute(
    'href',
    `viewer.html#${expected[0]!.id}`,
  );

  // Deleting the largest asks first, then removes the clip and all its media at once.
  const largest = expected[0]!.id;
  expect(await storedRows(view, largest)).toMatchObject({ evidence: 1 });
  const dialogs: string[] = [];
  view.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await rows.first().getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(Math.min(5, expected.length - 1));
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/^Delete “.+”/);
  expect(await shownIds()).toEqual(expected.slice(1, 6).map((clip) => clip.id));
  expect(await storedRows(view, largest)).toEqual({ evidence: 0, media: 0 });
  expect((await clipSizesFromIndexedDb(view)).map((clip) => clip.id)).toEqual(
    expected.slice(1).map((clip) => clip.id),
  );
  await expect(view.getByText(/^Deleted “.+”, freeing about/)).toBeVisible();

  // Declining the question deletes nothing.
  view.once('dialog', (dialog) => void dialog.dismiss());
  await rows.first().getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(Math.min(5, expected.length - 1));
  expect(await storedRows(view, expected[1]!.id)).toMatchObject({ evidence: 1 });
  expect(dashboard.errors).toEqual([]);
});
