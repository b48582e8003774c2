import { recordingTest as test, expect } from './media/recordingFixtures';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { killBrowserProcess } from './faults/killBrowserProcess';
import { snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { newProfileDir, removeProfileDir, type ExtensionSession } from './launchExtension';
import { decodeErrors, probeMedia } from './media/ffprobe';
import { CAPTURE_TARGET_PATH, launchRecordingBrowser } from './media/launchRecordingBrowser';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * The whole browser dies mid-recording (SIGKILL: a crash, a power cut, the
 * OS killing it for memory). Chunks are written to IndexedDB with strict
 * durability as they are made, so when the browser starts again on the same
 * profile the dashboard offers the recording back, and Recover makes a video
 * that lacks at most the last couple of seconds.
 */

/** The most a kill may cost: the slice being recorded (~1 s) plus one being written. */
const MAX_LOST_S = 2;

test('the browser killed mid-recording: on restart Recover makes a video missing 2 s at most @fault', async ({
  fixtureServer,
}, testInfo) => {
  // Its own profile, kept across the kill (the shared fixture would close the browser itself).
  const profileDir = newProfileDir();
  const sessions: ExtensionSession[] = [];
  try {
    const first = await launchRecordingBrowser(profileDir);
    sessions.push(first);
    const unhandled = await watchUnhandledErrors(first.context);
    const target = await first.context.newPage();
    await target.goto(fixtureServer.url(CAPTURE_TARGET_PATH));
    await target.bringToFront();
    const { recorder } = await RecorderPage.openForTab(first, target);
    const {
      id: recordingId,
      reflectionId,
      startedAt,
    } = await recorder.recordUntilFramesStored('Until the browser died', 4_000);
    const chunksBefore = await recorder.chunks(recordingId);
    const before = await snapshotExtensionData(recorder.page);
    const killedAfterS = (Date.now() - startedAt!) / 1000;
    await killBrowserProcess(profileDir);

    const second = await launchRecordingBrowser(profileDir);
    sessions.push(second);
    const unhandledAfter = await watchUnhandledErrors(second.context);
    const restarted = await RecorderPage.openInOwnWindow(second);
    // Every chunk stored before the kill survived it (strict durability).
    const chunksAfter = await restarted.chunks(recordingId);
    expect(chunksAfter.length).toBeGreaterThanOrEqual(chunksBefore.length);
    expect(chunksAfter.slice(0, chunksBefore.length)).toEqual(chunksBefore);

    const row = restarted.interruptedRecording(recordingId);
    await expect(restarted.interruptedBanner).toBeVisible({ timeout: 20_000 });
    await expect(restarted.interruptedBanner).toContainText('Unfinished recording found');
    await expect(row).toContainText('Until the browser died');
    const messageShown = await row.innerText();
    await restarted.recover(recordingId);
    await expect(restarted.interruptedBanner).toBeHidden();
    const reflection = new ReflectionPage(restarted.page, second, reflectionId!);
    await reflection.open();
    await reflection.waitUntilReady();
    const recording = await restarted.onlyRecording();
    expect(recording).toMatchObject({ status: 'stopped', stopReason: 'error' });
    expect(recording.chunkCount).toBe(chunksAfter.length);

    const saved = await reflection.saveVideo(testInfo.outputPath('after-kill.mp4'));
    const probe = await probeMedia(saved.path);
    expect(probe.video?.codec).toBe('h264');
    expect(probe.audio?.codec).toBe('aac');
    expect(await decodeErrors(saved.path)).toBe('');
    const lostS = killedAfterS - probe.durationS!;
    const after = await snapshotExtensionData(restarted.page);
    await reportFault(
      testInfo,
      faultReportFrom('browser SIGKILLed mid-recording, relaunched, Recover', before, after, {
        lostBytes: chunksAfter.slice(recording.chunkCount).reduce((sum, c) => sum + c.size, 0),
        lostMeaning: `stored chunk bytes not in the video; ${Math.max(0, lostS).toFixed(1)} s of ${killedAfterS.toFixed(1)} s lost`,
        messageShown,
        unhandledErrors: [...unhandled, ...unhandledAfter],
      }),
    );
    // The video holds what was recorded up to the kill, less the last slice or two.
    expect(lostS).toBeLessThanOrEqual(MAX_LOST_S);
    expect(probe.durationS).toBeLessThan(killedAfterS + 0.7);
    expect(restarted.errors).toEqual([]);
    expect([...unhandled, ...unhandledAfter]).toEqual([]);
  } finally {
    // The killed browser's context is already gone; closing it only settles Playwright's side.
    for (const session of sessions.reverse()) await session.close().catch(() => undefined);
    removeProfileDir(profileDir);
  }
});
