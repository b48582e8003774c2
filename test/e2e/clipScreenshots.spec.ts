import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { launchExtension, newProfileDir, removeProfileDir } from './launchExtension';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

for (const dpr of [1, 2]) {
  test(`a full-page clip of a 12-screen page is scrollHeight × devicePixelRatio tall (dpr ${dpr})`, async () => {
    const profile = newProfileDir();
    // A real high-density screen: the browser's own scale factor, not an emulated viewport.
    const extension = await launchExtension(
      profile,
      [`--force-device-scale-factor=${dpr}`, '--window-size=1000,900'],
      { viewport: null },
    );
    try {
      const driver = await ClipDriver.create(extension);
      const page = await driver.openPage(server.url('/long-page/source.html'), null);
      await driver.clickToolbarButton(page);
      const size = await page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        width: document.documentElement.clientWidth,
        dpr: devicePixelRatio,
        scrollY,
      }));
      expect(size.dpr).toBe(dpr);
      const viewportHeight = await page.evaluate(() => innerHeight);
      expect(size.scrollHeight).toBeGreaterThanOrEqual(10 * viewportHeight);

      const result = await driver.clip(page, 'fullpage');
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (!result.ok) return;
      const stored = await driver.readClip(result.evidenceId);
      expect(stored.main?.mimeType).toMatch(/^image\/(webp|jpeg)$/);
      expect(stored.evidence.height).toBe(size.scrollHeight * dpr);
      expect(stored.main?.width).toBe(size.width * dpr);
      // The page is left as the student had it.
      expect(await page.evaluate(() => scrollY)).toBe(size.scrollY);
      await expect(page.locator('header')).toBeVisible();
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector('footer')!).visibility),
      ).toBe('visible');
    } finally {
      await extension.close();
      removeProfileDir(profile);
    }
  });
}

test('the region picker works by keyboard alone and crops the visible area', async ({
  extension,
}) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/wikipedia/source.html'), {
    width: 1000,
    height: 800,
  });
  await driver.clickToolbarButton(page);
  const viewport = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  }));
  const clipping = driver.clip(page, 'region');
  const picker = page.getByRole('dialog', { name: /select an area/i });
  await expect(picker).toBeVisible();
  await expectFocusInside(picker);
  // The initial box is half the viewport; Alt+Left shrinks it by 10 px, then Enter clips.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Enter');
  const result = await clipping;
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  if (!result.ok) return;
  const stored = await driver.readClip(result.evidenceId);
  expect(stored.main?.width).toBe(Math.round(viewport.width / 2) - 10);
  expect(stored.main?.height).toBe(Math.round(viewport.height / 2));
  await expect(picker).toHaveCount(0);
});

test('Esc cancels the region picker and nothing is stored', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  const clipping = driver.clip(page, 'region');
  await expectFocusInside(page.getByRole('dialog', { name: /select an area/i }));
  await page.keyboard.press('Escape');
  expect(await clipping).toMatchObject({ ok: false, failure: { reason: 'cancelled' } });
});

test('right-clicking an image saves the image itself', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/data-url-image/source.html'));
  await driver.clickToolbarButton(page);
  await page.waitForFunction(
    () => document.images[0]?.complete && document.images[0].naturalWidth > 0,
  );
  const srcUrl = await page.evaluate(() => document.images[0]!.currentSrc);
  const result = await driver.clip(page, 'image', { srcUrl });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  if (!result.ok) return;
  const stored = await driver.readClip(result.evidenceId);
  const natural = await page.evaluate(() => ({
    width: document.images[0]!.naturalWidth,
    height: document.images[0]!.naturalHeight,
  }));
  expect(stored.main).toMatchObject(natural);
});

/** Keyboard focus is inside the (shadow-root) picker, so keys go to it and not to the page. */
async function expectFocusInside(dialog: import('@playwright/test').Locator): Promise<void> {
  await expect
    .poll(() =>
      dialog.evaluate((element) => {
        const active = (element.getRootNode() as ShadowRoot).activeElement;
        return active !== null && (active === element || element.contains(active));
      }),
    )
    .toBe(true);
}
