import type { browser as wxtBrowser } from 'wxt/browser';
import { recordingTest as test, expect } from './media/recordingFixtures';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { snapshotExtensionData } from './faults/snapshotExtensionData';
import {
  bumpManifestVersion,
  EXTENSION_UPDATE_ARGS,
  reloadExtensionFrom,
  showsExtension,
} from './faults/updateExtension';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { copyBuiltExtension, newProfileDir, removeProfileDir } from './launchExtension';
import { decodeErrors, probeMedia } from './media/ffprobe';
import { CAPTURE_TARGET_PATH, launchRecordingBrowser } from './media/launchRecordingBrowser';
import { findOffscreenTarget } from './media/offscreenTarget';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * The extension is updated in the middle of a real recording (a school pushes
 * a new version, or someone presses "Reload" in chrome://extensions). The
 * browser closes every extension page, the offscreen recorder with them, and
 * starts the new version's worker. Chunks reach IndexedDB as they are made, so
 * what was recorded until the update must come back as a video, losing 2 s at
 * most, as when the browser itself dies.
 */

const MAX_LOST_S = 2;

// The callback below runs in the service worker, where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

test('the extension updated at ~3 s of a recording: Recover makes a video missing 2 s at most @fault', async ({
  fixtureServer,
}, testInfo) => {
  // Its own copy of the build, so the update's new manifest version touches no other test.
  const extensionCopy = copyBuiltExtension();
  const profileDir = newProfileDir();
  const extension = await launchRecordingBrowser(profileDir, [...EXTENSION_UPDATE_ARGS], {
    extensionDir: extensionCopy.dir,
  });
  try {
    const unhandled = await watchUnhandledErrors(extension.context);
    const target = await extension.context.newPage();
    await target.goto(fixtureServer.url(CAPTURE_TARGET_PATH));
    await target.bringToFront();
    const { recorder } = await RecorderPage.openForTab(extension, target);
    const {
      id: recordingId,
      reflectionId,
      startedAt,
    } = await recorder.recordUntilFramesStored('Cut by an update', 3_000);
    const before = await snapshotExtensionData(recorder.page);

    const newVersion = bumpManifestVersion(extensionCopy.dir);
    // The recording is cut when the update closes the offscreen recorder: the loss below is
    // counted against that moment (the reload itself takes 1-4 s here, more under load).
    const recorderGone = (async () => {
      while (await findOffscreenTarget(extension)) await new Promise((r) => setTimeout(r, 50));
      return Date.now();
    })();
    await reloadExtensionFrom(extension, extensionCopy.dir);
    const updatedAfterS = ((await recorderGone) - startedAt!) / 1000;
    expect(showsExtension(recorder.page, extension.url(''))).toBe(false);
    expect(await findOffscreenTarget(extension)).toBeNull();
    expect(await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe(
      newVersion,
    );

    // The student opens the dashboard again.
    const dashboard = await RecorderPage.openInOwnWindow(extension);
    const chunksLeft = await dashboard.chunks(recordingId);
    expect(chunksLeft.length).toBeGreaterThanOrEqual(2);
    // Once its heartbeat is stale, the dashboard offers the recording back.
    const row = dashboard.interruptedRecording(recordingId);
    await expect(dashboard.interruptedBanner).toBeVisible({ timeout: 20_000 });
    await expect(dashboard.interruptedBanner).toContainText('Unfinished recording found');
    await expect(row).toContainText('Cut by an update');
    const messageShown = await row.innerText();

    await dashboard.recover(recordingId);
    await expect(dashboard.interruptedBanner).toBeHidden();
    const reflection = new ReflectionPage(dashboard.page, extension, reflectionId!);
    await reflection.open();
    await reflection.waitUntilReady();
    const recording = await dashboard.onlyRecording();
    expect(recording).toMatchObject({ status: 'stopped', stopReason: 'error' });
    expect(recording.chunkCount).toBe(chunksLeft.length);

    const saved = await reflection.saveVideo(testInfo.outputPath('after-update.mp4'));
    const probe = await probeMedia(saved.path);
    expect(probe.video?.codec).toBe('h264');
    expect(probe.audio?.codec).toBe('aac');
    expect(await decodeErrors(saved.path)).toBe('');
    const lostS = updatedAfterS - probe.durationS!;
    const after = await snapshotExtensionData(dashboard.page);
    await reportFault(
      testInfo,
      faultReportFrom('extension updated mid-recording, then Recover', before, after, {
        lostBytes: chunksLeft.slice(recording.chunkCount).reduce((sum, c) => sum + c.size, 0),
        lostMeaning: `stored chunk bytes not in the video; ${Math.max(0, lostS).toFixed(1)} s of ${updatedAfterS.toFixed(1)} s lost`,
        messageShown,
        unhandledErrors: unhandled,
      }),
    );
    expect(lostS).toBeLessThanOrEqual(MAX_LOST_S);
    expect(probe.durationS).toBeLessThan(updatedAfterS + 0.7);
    expect(dashboard.errors).toEqual([]);
    expect(unhandled).toEqual([]);
  } finally {
    await extension.close().catch(() => undefined);
    removeProfileDir(profileDir);
    extensionCopy.remove();
  }
});
