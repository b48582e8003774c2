/**
 * Google Drive export, end to end: the real extension (Export page + service worker) against the
 * Drive emulator. Sign-in goes through launchWebAuthFlow to the emulator's authorize endpoint.
 * Every exported item must arrive exactly once with the MD5 of the local bytes, whatever faults
 * Drive throws, and even when the browser stops the service worker mid-upload.
 */
import { createHash } from 'node:crypto';
import { type DriveEmulator, startDriveEmulator } from '../drive/driveEmulator';
import {
  BIG_TEXT_LENGTH,
  expectExactlyOnce,
  localMediaMd5,
  openExport,
  reviseMedia,
  ROOT,
  seedPortfolio,
  setDriveSettings,
} from './driveExportHelpers';
import { startHoldingProxy } from './driveHoldingProxy';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { expect, test } from './fixtures';
import type { ExtensionSession } from './launchExtension';
import { ExportPage } from './pages/ExportPage';

let emulator: DriveEmulator;
test.beforeEach(async () => {
  emulator = await startDriveEmulator();
});
test.afterEach(async () => {
  await emulator.close();
});

test('exports once into a folder per goal, offers Drive and Classroom links, re-exports nothing, and updates a changed item in place', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  await setDriveSettings(page, emulator, emulator.url);
  const seeded = await seedPortfolio(page);
  const exportPage = await openExport(page, (route) => dashboard.open(route));

  await exportPage.exportToDrive('done');
  await expectExactlyOnce(page, emulator, seeded);
  await expect(exportPage.driveOutcome).toContainText('3 uploaded');
  const root = emulator.files.find((file) => file.name === ROOT)!;
  const folderUrl = `https://drive.google.com/drive/folders/${root.id}`;
  await expect(
    exportPage.driveSection.getByRole('link', { name: 'Open in Google Drive' }),
  ).toHaveAttribute('href', folderUrl);
  await expect(
    exportPage.driveSection.getByRole('link', { name: 'Share to Google Classroom' }),
  ).toHaveAttribute(
    'href',
    `https://classroom.google.com/share?url=${encodeURIComponent(folderUrl)}`,
  );
  // Chunked: the big article took several PUTs.
  expect(emulator.log.filter((entry) => entry.kind === 'chunk').length).toBeGreaterThanOrEqual(3);

  emulator.log.length = 0;
  await exportPage.exportToDrive('done');
  expect(emulator.log.filter((e) => e.kind === 'initiate' || e.kind === 'chunk')).toEqual([]);
  await expect(exportPage.driveOutcome).toContainText('nothing needed uploading');
  await expectExactlyOnce(page, emulator, seeded);

  // A changed item replaces the content of its Drive file (files.update), not a second copy.
  const [articleId] = seeded.evidenceIds;
  const articleFile = () =>
    emulator.files.find((file) => file.appProperties.plpItemId === `evidence:${articleId}`)!;
  const { id: articleFileId, content: oldContent } = articleFile();
  const fileCount = emulator.files.length;
  await reviseMedia(page, articleId!);
  emulator.log.length = 0;
  await exportPage.exportToDrive('done');
  const initiations = emulator.log.filter((e) => e.kind === 'initiate');
  expect(initiations.map((e) => [e.method, new URL(e.url).pathname])).toEqual([
    ['PATCH', `/upload/drive/v3/files/${articleFileId}`],
  ]);
  await expect(exportPage.driveOutcome).toContainText('1 uploaded, 2 already there');
  expect(articleFile().id).toBe(articleFileId);
  const newMd5 = createHash('md5').update(articleFile().content).digest('hex');
  expect(newMd5).not.toBe(createHash('md5').update(oldContent).digest('hex'));
  expect(newMd5).toBe((await localMediaMd5(page)).get(articleId!));
  expect(emulator.files).toHaveLength(fileCount);
  await expectExactlyOnce(page, emulator, seeded);
  expect(dashboard.errors).toEqual([]);
});

test('every file arrives exactly once through dropped connections, 503, 401, expired sessions, short 308s and 429 @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  test.setTimeout(120_000);
  const unhandled = await watchUnhandledErrors(extension.context);
  const { page } = dashboard;
  await setDriveSettings(page, emulator, emulator.url);
  const seeded = await seedPortfolio(page);
  const before = await snapshotExtensionData(page);
  const exportPage = await openExport(page, (route) => dashboard.open(route));

  emulator.inject({ kind: 'dropConnection', afterBytes: 300 * 1024, keepReceived: true, after: 1 });
  emulator.inject({ kind: 'status', status: 503, on: 'initiate' });
  emulator.inject({ kind: 'status', status: 401, on: 'list', after: 3 });
  emulator.inject({ kind: 'expireSession', after: 2 });
  emulator.inject({ kind: 'persistFewer', bytes: 256 * 1024 });
  emulator.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, on: 'list', after: 1 });
  await exportPage.exportToDrive('done', 100_000);
  expect(emulator.pendingFaults()).toBe(0);
  // The 401 made the worker renew its token with a silent sign-in.
  expect(emulator.issuedTokens.length).toBeGreaterThanOrEqual(2);
  await expectExactlyOnce(page, emulator, seeded);
  const after = await snapshotExtensionData(page);
  await reportFault(
    testInfo,
    faultReportFrom('network faults during Drive upload', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'local media changed or missing; Drive copies: exactly once, MD5 equal',
      messageShown: await exportPage.driveOutcome.innerText(),
      unhandledErrors: unhandled,
    }),
  );
  expect(dashboard.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});

/**
 * Stops the extension's service worker, as Chrome does when it decides the worker is idle.
 * Target.closeTarget on the worker's target stops it (measured: its runningStatus becomes
 * "stopped"); ServiceWorker.stopAllWorkers from a page session did not stop an extension's worker.
 */
async function stopServiceWorker(extension: ExtensionSession) {
  const cdp = await extension.context.browser()!.newBrowserCDPSession();
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (target) => target.type === 'service_worker' && target.url.includes(extension.extensionId),
    );
  const [worker] = await workerTargets();
  expect(worker).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect.poll(async () => (await workerTargets()).length).toBe(0);
  await cdp.detach();
}

test('resumes an upload after the service worker is stopped mid-file @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  test.setTimeout(120_000);
  const unhandled = await watchUnhandledErrors(extension.context);
  const { page } = dashboard;
  const proxy = await startHoldingProxy(emulator.url);
  try {
    await setDriveSettings(page, emulator, proxy.url);
    const seeded = await seedPortfolio(page);
    const exportPage = await openExport(page, (route) => dashboard.open(route));
    const before = await snapshotExtensionData(page);

    proxy.holdLaterChunks();
    const held = proxy.chunkHeld();
    await exportPage.driveSection.getByRole('button', { name: 'Export to Google Drive' }).click();
    await held;
    await stopServiceWorker(extension);
    proxy.release();
    const killedAt = emulator.log.length;

    // The page notices the silent heartbeat and wakes the worker, which resumes the job.
    await expect(exportPage.driveJob).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    const afterKill = emulator.log.slice(killedAt);
    const article = `/${BIG_TEXT_LENGTH}`;
    // The new worker asked Drive how much of the article arrived, and went on from there.
    expect(
      afterKill.some((e) => e.kind === 'statusQuery' && e.contentRange === `bytes *${article}`),
    ).toBe(true);
    const resumed = afterKill.find((e) => e.kind === 'chunk' && e.contentRange?.endsWith(article));
    expect(resumed?.contentRange).toMatch(/^bytes [1-9]\d*-/);
    // One upload session per file over the whole test: the article's was resumed, not restarted.
    expect(emulator.log.filter((entry) => entry.kind === 'initiate')).toHaveLength(3);
    await expectExactlyOnce(page, emulator, seeded);
    const after = await snapshotExtensionData(page);
    await reportFault(
      testInfo,
      faultReportFrom('service worker stopped mid-upload', before, after, {
        lostBytes: lostMediaBytes(before, after),
        lostMeaning: 'local media changed or missing; Drive copies: exactly once, MD5 equal',
        messageShown: await exportPage.driveOutcome.innerText(),
        unhandledErrors: unhandled,
      }),
    );
    expect(unhandled).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test('explains the school setup when Drive is not configured, and cancels an export in flight', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  const proxy = await startHoldingProxy(emulator.url);
  try {
    await setDriveSettings(page, emulator, proxy.url, '');
    await seedPortfolio(page);
    await dashboard.open('#/export');
    const exportPage = new ExportPage(page);
    const drive = exportPage.driveSection;
    await expect(drive.getByTestId('drive-not-configured')).toContainText(
      'Your school needs to set up Google Drive',
    );
    await expect(drive.getByRole('button', { name: 'Connect Google Drive' })).toHaveCount(0);
    await drive.getByLabel('Google OAuth client ID').fill('test-client-id');
    await drive.getByRole('button', { name: 'Save Drive settings' }).click();
    await exportPage.connectDrive();

    proxy.holdLaterChunks();
    const held = proxy.chunkHeld();
    await drive.getByRole('button', { name: 'Export to Google Drive' }).click();
    await held;
    await expect(
      drive.getByRole('progressbar', { name: 'Google Drive export progress' }),
    ).toBeVisible();
    await expect(
      drive.getByTestId('drive-file-status').filter({ hasText: /^Uploading \d+% of/ }),
    ).toHaveCount(1);
    await drive.getByRole('button', { name: 'Cancel' }).click();
    await expect(exportPage.driveJob).toHaveAttribute('data-status', 'cancelled');
    await expect(exportPage.driveOutcome).toContainText('Export cancelled');
    proxy.release();
    await expect(drive.getByRole('button', { name: 'Export to Google Drive' })).toBeEnabled();
    expect(dashboard.errors).toEqual([]);
  } finally {
    await proxy.close();
  }
});
