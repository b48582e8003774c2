import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { stopServiceWorker } from './media/stopServiceWorker';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/*
 * The service worker does the capturing, so a worker the browser stops mid-clip (idle limits,
 * a crash, an update) takes the clip with it. The popup must say so and work again, and
 * nothing half-made may be stored: the worker writes a clip in one transaction at the end.
 */
test('the service worker stopped mid full-page clip: nothing stored, the popup says so, a retry works @fault', async ({
  extension,
  dashboard,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  await dashboard.createGoal({ title: 'Write a research paper' });
  const driver = await ClipDriver.create(extension);
  const target = await driver.openPage(server.url('/long-page/source.html'));
  await driver.clickToolbarButton(target);
  const popup = await driver.openPopupBehind(target);
  const before = await snapshotExtensionData(dashboard.page);

  await popup.getByRole('button', { name: 'Full-page screenshot' }).click();
  // Stop the worker once the stitching is under way: the page has been scrolled for it.
  await expect.poll(() => target.evaluate(() => scrollY), { timeout: 20_000 }).toBeGreaterThan(0);
  await stopServiceWorker(extension);

  const notice = popup.getByRole('alert');
  await expect(notice).toContainText('interrupted before it was saved', { timeout: 20_000 });
  const messageShown = await notice.innerText();
  await popup.getByRole('button', { name: 'Back' }).click();
  await expect(popup.getByRole('button', { name: 'Full-page screenshot' })).toBeEnabled();
  const after = await snapshotExtensionData(dashboard.page);

  await reportFault(
    testInfo,
    faultReportFrom('service worker stopped mid full-page clip', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing (the interrupted clip was never stored)',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.records).toEqual(before.records);
  // The page gets its header back and returns to where the student was, though the worker
  // that would have restored it is gone.
  await expect.poll(() => target.evaluate(() => scrollY)).toBe(0);
  expect(
    await target.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('body *')].filter(
          (e) => e.style.visibility === 'hidden',
        ).length,
    ),
  ).toBe(0);

  // The next clip starts a fresh worker and is stored as usual.
  await target.bringToFront();
  await popup.getByRole('button', { name: 'Screenshot of what I see' }).click();
  await expect(popup.getByLabel('What does this show about my learning?')).toBeVisible({
    timeout: 20_000,
  });
  await popup.getByRole('button', { name: 'Save to my PLP' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved to your PLP.',
  );
  const saved = await snapshotExtensionData(dashboard.page);
  expect(saved.counts.evidence).toBe(before.counts.evidence + 1);
  expect(unhandled).toEqual([]);
});
