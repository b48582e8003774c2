import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import {
  failServiceWorkerWrites,
  stopFailingServiceWorkerWrites,
  workerWriteFaultState,
  type WorkerWriteFailure,
} from './faults/failServiceWorkerWrites';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/** Clips what the target tab shows from the popup tab and saves it from the sheet. */
async function clipAndSave(popup: Page, target: Page): Promise<void> {
  await target.bringToFront();
  await popup.getByRole('button', { name: 'Screenshot of what I see' }).click();
  await expect(popup.getByLabel('What does this show about my learning?')).toBeVisible({
    timeout: 20_000,
  });
  await popup.getByRole('button', { name: 'Save to my PLP' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved to your PLP.',
  );
}

/*
 * The service worker stores a clip, in one transaction at the end. When the disk is full that
 * write fails: the student must hear, in plain words, that the device is out of space and the
 * clip wasn't saved, and everything stored before must be untouched. Once space is freed the
 * same clip saves as usual. Both ways a full disk shows are tried: a write refused at once, and
 * (as Chromium really does) the transaction aborted at commit.
 */
const HOW: Record<WorkerWriteFailure, string> = {
  throw: 'put/add throw QuotaExceededError',
  abort: 'transaction aborts at commit with QuotaExceededError',
};

for (const [how, described] of Object.entries(HOW) as [WorkerWriteFailure, string][]) {
  test(`the disk fills while a clip is saved (${described}): nothing stored changes, the popup says the device is full, a retry works @fault`, async ({
    extension,
    dashboard,
  }, testInfo) => {
    const unhandled = await watchUnhandledErrors(extension.context);
    await dashboard.createGoal({ title: 'Write a research paper' });
    const driver = await ClipDriver.create(extension);
    const target = await driver.openPage(server.url('/pages/wikipedia/source.html'));
    await driver.clickToolbarButton(target);
    const popup = await driver.openPopupBehind(target);
    // A clip saved before the disk fills: its record and media must survive the failed save.
    await clipAndSave(popup, target);
    const before = await snapshotExtensionData(dashboard.page);
    expect(before.counts.evidence).toBe(1);
    expect(Object.keys(before.media).length).toBeGreaterThan(0);

    await failServiceWorkerWrites(extension, how);
    await target.bringToFront();
    // The fault lives in the worker that was armed: a restart since would have dropped it.
    expect(await workerWriteFaultState(extension)).toEqual({
      failing: true,
      how,
      failures: 0,
      aborts: 0,
    });
    await popup.getByRole('button', { name: 'Screenshot of what I see' }).click();

    const notice = popup.getByRole('alert');
    await expect(notice).toContainText('out of storage space', { timeout: 20_000 });
    const messageShown = await notice.innerText();
    // The same armed worker refused the clip's writes (it did not restart and lose the fault).
    const fault = await workerWriteFaultState(extension);
    expect(fault?.failures).toBeGreaterThan(0);
    // 'abort': the writes went through and their transaction was the one aborted at commit.
    expect(fault?.aborts).toBe(how === 'abort' ? 1 : 0);
    const after = await snapshotExtensionData(dashboard.page);

    await reportFault(
      testInfo,
      faultReportFrom(`disk full as the service worker saves a clip (${how})`, before, after, {
        lostBytes: lostMediaBytes(before, after),
        lostMeaning: 'media changed or missing (the clip saved before the disk filled)',
        messageShown,
        unhandledErrors: unhandled,
      }),
    );
    expect(messageShown).toContain('wasn’t saved');
    expect(messageShown).toContain('Everything saved before is safe');
    // The browser's words never reach the student.
    expect(messageShown).not.toMatch(/QuotaExceeded|quota|DOMException|AbortError/i);
    expect(after.records).toEqual(before.records);
    expect(after.media).toEqual(before.media);
    expect(after.counts).toEqual(before.counts);

    // Space is freed: the same clip is stored as usual.
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect(popup.getByRole('button', { name: 'Screenshot of what I see' })).toBeEnabled();
    await stopFailingServiceWorkerWrites(extension);
    await clipAndSave(popup, target);
    const saved = await snapshotExtensionData(dashboard.page);
    expect(saved.counts.evidence).toBe(before.counts.evidence + 1);
    expect(unhandled).toEqual([]);
  });
}

/*
 * A context-menu clip (and a region pick) has no popup to answer: the worker opens the clip
 * sheet window with the failure instead. The driver sends the clip message with openSheet, which
 * runs the same runClip + openClipSheet as the menu handler.
 */
test('the disk fills while a menu-style clip is saved: the sheet window says the device is full, nothing stored changes @fault', async ({
  extension,
  dashboard,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  await dashboard.createGoal({ title: 'Write a research paper' });
  const driver = await ClipDriver.create(extension);
  const target = await driver.openPage(server.url('/pages/wikipedia/source.html'));
  await driver.clickToolbarButton(target);
  expect(await driver.clip(target, 'visible')).toMatchObject({ ok: true });
  const before = await snapshotExtensionData(dashboard.page);
  expect(before.counts.evidence).toBe(1);

  await failServiceWorkerWrites(extension, 'abort');
  expect(await workerWriteFaultState(extension)).toMatchObject({ failing: true, failures: 0 });
  const sheetOpened = extension.context.waitForEvent('page', (p) =>
    p.url().includes('clipsheet.html'),
  );
  const outcome = await driver.clip(target, 'visible', { openSheet: true });
  expect(outcome).toMatchObject({ ok: false, failure: { reason: 'storage-full' } });
  const notice = (await sheetOpened).getByRole('alert');
  await expect(notice).toContainText('out of storage space');
  const messageShown = await notice.innerText();
  expect((await workerWriteFaultState(extension))?.aborts).toBe(1);
  const after = await snapshotExtensionData(dashboard.page);

  await reportFault(
    testInfo,
    faultReportFrom('disk full as the service worker saves a menu clip (abort)', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing (the clip saved before the disk filled)',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(messageShown).not.toMatch(/QuotaExceeded|quota|DOMException|AbortError/i);
  expect(after.records).toEqual(before.records);
  expect(after.media).toEqual(before.media);

  await stopFailingServiceWorkerWrites(extension);
  expect(await driver.clip(target, 'visible')).toMatchObject({ ok: true });
  expect((await snapshotExtensionData(dashboard.page)).counts.evidence).toBe(2);
  expect(unhandled).toEqual([]);
});
