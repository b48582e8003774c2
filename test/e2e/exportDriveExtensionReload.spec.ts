/**
 * The extension reloaded (an update, or "Reload" in chrome://extensions) in the middle of a Drive
 * upload. The browser closes the Export page and stops the worker that uploads; the new worker
 * starts with an empty storage.session, so it must sign in again. The job, its upload session
 * URI and its offset live in IndexedDB: the upload must resume where Drive says it stopped, and
 * every item must arrive exactly once.
 */
import { type DriveEmulator, startDriveEmulator } from '../drive/driveEmulator';
import {
  BIG_TEXT_LENGTH,
  expectExactlyOnce,
  openExport,
  seedPortfolio,
  setDriveSettings,
} from './driveExportHelpers';
import { startHoldingProxy } from './driveHoldingProxy';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { EXTENSION_UPDATE_ARGS, reloadExtensionFrom } from './faults/updateExtension';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { expect, test } from './fixtures';
import {
  copyBuiltExtension,
  launchExtension,
  newProfileDir,
  removeProfileDir,
} from './launchExtension';
import { DashboardPage } from './pages/DashboardPage';
import { ExportPage } from './pages/ExportPage';

let emulator: DriveEmulator;
test.beforeEach(async () => {
  emulator = await startDriveEmulator();
});
test.afterEach(async () => {
  await emulator.close();
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
test('the extension reloaded mid-upload: the export resumes from Drive’s offset, each file once @fault', async ({}, testInfo) => {
  test.setTimeout(150_000);
  const extensionCopy = copyBuiltExtension();
  const profileDir = newProfileDir();
  const extension = await launchExtension(profileDir, [...EXTENSION_UPDATE_ARGS], {
    extensionDir: extensionCopy.dir,
  });
  const proxy = await startHoldingProxy(emulator.url);
  try {
    const unhandled = await watchUnhandledErrors(extension.context);
    const first = new DashboardPage(await extension.context.newPage(), extension);
    await first.open();
    await setDriveSettings(first.page, emulator, proxy.url);
    const seeded = await seedPortfolio(first.page);
    const exportPage = await openExport(first.page, (route) => first.open(route));
    const before = await snapshotExtensionData(first.page);

    proxy.holdLaterChunks();
    const held = proxy.chunkHeld();
    await exportPage.driveSection.getByRole('button', { name: 'Export to Google Drive' }).click();
    await held;
    await reloadExtensionFrom(extension, extensionCopy.dir);
    proxy.release();
    const reloadedAt = emulator.log.length;
    const tokensBefore = emulator.issuedTokens.length;

    // The student opens the Export page again.
    const second = new DashboardPage(await extension.context.newPage(), extension);
    await second.open('#/export');
    const again = new ExportPage(second.page);
    // The new worker resumes the job on its own: it signs in again without a prompt (as
    // launchWebAuthFlow does for a student still signed in to Google) and goes on.
    await expect(again.driveJob).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    const messageShown = await again.driveOutcome.innerText();
    expect(messageShown).toContain('3 uploaded');
    // The reload emptied storage.session: the new worker had to get a new token.
    expect(emulator.issuedTokens.length).toBeGreaterThan(tokensBefore);

    const afterReload = emulator.log.slice(reloadedAt);
    const article = `/${BIG_TEXT_LENGTH}`;
    expect(
      afterReload.some((e) => e.kind === 'statusQuery' && e.contentRange === `bytes *${article}`),
    ).toBe(true);
    const resumed = afterReload.find(
      (e) => e.kind === 'chunk' && e.contentRange?.endsWith(article),
    );
    expect(resumed?.contentRange).toMatch(/^bytes [1-9]\d*-/);
    expect(emulator.log.filter((entry) => entry.kind === 'initiate')).toHaveLength(3);
    await expectExactlyOnce(second.page, emulator, seeded);
    const after = await snapshotExtensionData(second.page);
    await reportFault(
      testInfo,
      faultReportFrom('extension reloaded mid-upload', before, after, {
        lostBytes: lostMediaBytes(before, after),
        lostMeaning: 'local media changed or missing; Drive copies: exactly once, MD5 equal',
        messageShown,
        unhandledErrors: unhandled,
      }),
    );
    expect(second.errors).toEqual([]);
    expect(unhandled).toEqual([]);
  } finally {
    await proxy.close();
    await extension.close().catch(() => undefined);
    removeProfileDir(profileDir);
    extensionCopy.remove();
  }
});
