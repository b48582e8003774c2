import { test, expect } from './fixtures';
import { ClipDriver, sendToBackground } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('the popup explains why an extension page cannot be clipped', async ({ popup }) => {
  // Opened as a tab, the popup's active tab is the popup itself: an extension page.
  const page = await popup.open();
  await page.getByRole('button', { name: 'Screenshot of what I see' }).click();
  const failure = page.getByTestId('clip-failure');
  await expect(failure).toHaveText(
    /Browser pages like settings, new tabs and extension pages can’t be clipped/,
  );
  await expect(failure.getByRole('button', { name: 'Save the link instead' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Clip this page' })).toBeVisible();
});

test('a page the student did not click the button on is refused clearly', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  // No toolbar click: activeTab was never granted for this tab, so the browser hides it.
  const result = await driver.clip(page, 'visible');
  expect(result).toMatchObject({
    ok: false,
    failure: { reason: 'cannot-inject', linkOnly: false },
  });
});

test('a link-only clip saves the page as a bookmark with its title', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  const link = (await sendToBackground(driver.control, 'clipLinkOnly', {
    request: {
      tabId: await driver.tabId(page),
      kind: 'link',
      source: 'popup',
      goalIds: [],
      skillIds: [],
    },
  })) as { ok: boolean; evidenceId: string };
  expect(link.ok).toBe(true);
  const stored = await driver.readClip(link.evidenceId);
  expect(stored.evidence).toMatchObject({
    kind: 'link',
    url: server.url('/pages/rtl-1/source.html'),
    title: 'RTL Test',
  });
  expect(stored.main).toBeNull();
});

test('a clip whose tab was closed says so and stores nothing', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  const tabId = await driver.tabId(page);
  await page.close();
  const result = await sendToBackground(driver.control, 'clip', {
    request: { tabId, kind: 'visible', source: 'popup', goalIds: [], skillIds: [] },
    openSheet: false,
  });
  expect(result).toMatchObject({ ok: false, failure: { reason: 'tab-closed' } });
});

test('a failed menu clip opens the sheet with the reason instead of failing silently', async ({
  extension,
}) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('clipsheet.html'));
  await sendToBackground(driver.control, 'clip', {
    request: {
      tabId: await driver.tabId(page),
      kind: 'selection',
      source: 'context-menu',
      goalIds: [],
      skillIds: [],
    },
    openSheet: true,
  });
  const sheet = await opened;
  await expect(sheet.getByTestId('clip-failure')).toHaveText(/Nothing is selected/);
});
