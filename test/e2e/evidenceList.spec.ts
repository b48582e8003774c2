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

test('clips appear in My evidence and open in the viewer: snapshot, screenshot and article', async ({
  extension,
  dashboard,
}) => {
  await dashboard.open('#/evidence');
  await expect(dashboard.page.getByTestId('evidence-empty-state')).toBeVisible();

  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/guardian-1/source.html'));
  await driver.clickToolbarButton(page);
  const snapshot = await driver.clip(page, 'snapshot');
  const screenshot = await driver.clip(page, 'visible');
  const article = await driver.clip(page, 'article');
  for (const result of [snapshot, screenshot, article])
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  // The live page goes: Chromium fetches its web app manifest whenever it likes (seen once in
  // CI after the viewer opened), and only the viewer's requests are counted below.
  await page.close();

  const items = dashboard.page.getByTestId('library-item');
  await expect(dashboard.page.getByTestId('library-count')).toHaveAttribute('data-count', '3');
  await expect(items).toHaveCount(3);
  // Newest first: the article was clipped last.
  await expect(items.first()).toContainText('Readable article');
  await expect(items.nth(2)).toContainText('Full-page snapshot');
  // The screenshot's stored thumbnail shows in its row.
  await expect(items.nth(1).locator('img')).toBeVisible();

  // The snapshot opens in the sandboxed viewer with the page's text, and the page makes no request.
  const requestsBefore = server.requests.length;
  const viewerOpened = extension.context.waitForEvent('page');
  await items.nth(2).getByRole('link', { name: 'Open saved copy' }).click();
  const viewer = await viewerOpened;
  await expect(
    viewer.frameLocator('iframe').getByText('whale', { exact: false }).first(),
  ).toBeVisible();
  await expect(viewer.locator('iframe')).toHaveAttribute('sandbox', '');
  expect(server.requests.slice(requestsBefore)).toEqual([]);

  // The screenshot opens as an image.
  const shotOpened = extension.context.waitForEvent('page');
  await items.nth(1).getByRole('link', { name: 'Open saved copy' }).click();
  const shot = await shotOpened;
  await expect(shot.getByRole('img', { name: /Screenshot of/ })).toBeVisible();
  expect(
    await shot
      .getByRole('img', { name: /Screenshot of/ })
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(100);
});
