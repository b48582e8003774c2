import { recordingTest as test, expect } from './media/recordingFixtures';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { decodeErrors, fullyDecodes, probeMedia } from './media/ffprobe';
import { closeOffscreenDocument, findOffscreenTarget } from './media/offscreenTarget';
import { isServiceWorkerRunning, stopServiceWorker } from './media/stopServiceWorker';
import { streamDurations } from './media/streamDurations';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * The recording host dies, or the service worker does, in the middle of a
 * real recording. Chunks reach IndexedDB as they are made, so what was
 * recorded survives the first; the second must not matter at all.
 */

test('the recorder closing abruptly at ~3 s leaves a recording that Recover turns into a video @fault', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  const {
    id: recordingId,
    reflectionId,
    startedAt,
  } = await recorder.recordUntilFramesStored('Cut short', 3_000);
  // A crash: the offscreen document goes away without being asked to stop.
  const crashedAfterS = (Date.now() - startedAt!) / 1000;
  await closeOffscreenDocument(extension);
  const chunksLeft = await recorder.chunks(recordingId);
  expect(chunksLeft.length).toBeGreaterThanOrEqual(2);
  const before = await snapshotExtensionData(recorder.page);

  // Once its heartbeat is stale (5 s), the dashboard offers the recording back.
  const row = recorder.interruptedRecording(recordingId);
  await expect(recorder.interruptedBanner).toBeVisible({ timeout: 20_000 });
  await expect(recorder.interruptedBanner).toContainText('Unfinished recording found');
  await expect(row).toContainText('Cut short');
  await expect(row).toContainText(/about 0:0\d recorded/);
  const messageShown = await row.innerText();
  // Nothing was processed meanwhile: the reflection still waits for its recording.
  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  expect((await reflection.row()).status).toBe('recording');

  await recorder.recover(recordingId);
  await expect(recorder.interruptedBanner).toBeHidden();
  // Recover starts a new recording host to process what was saved.
  expect(await findOffscreenTarget(extension)).not.toBeNull();
  await reflection.open();
  await reflection.waitUntilReady();

  const recording = await recorder.onlyRecording();
  expect(recording).toMatchObject({ status: 'stopped', stopReason: 'error' });
  expect(recording.chunkCount).toBe(chunksLeft.length);
  await expect(recorder.page.getByTestId('recording-stop-notice')).toHaveAttribute(
    'data-reason',
    'error',
  );
  const saved = await reflection.saveVideo(testInfo.outputPath('recovered.mp4'));
  const probe = await probeMedia(saved.path);
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  // At least a second came back, and never more than was recorded before the crash.
  expect(probe.durationS).toBeGreaterThanOrEqual(1);
  expect(probe.durationS).toBeLessThan(crashedAfterS + 0.7);
  expect(await decodeErrors(saved.path)).toBe('');
  await expect(reflection.video).toBeVisible();
  await reflection.seekPlayerTo(0.5);
  const after = await snapshotExtensionData(recorder.page);
  const lostSeconds = Math.max(0, crashedAfterS - probe.durationS!).toFixed(1);
  await reportFault(
    testInfo,
    faultReportFrom('recorder (offscreen document) closed at ~3 s, then Recover', before, after, {
      // Every stored chunk went into the video (chunkCount above), so bytes lost are the
      // stored chunks left out; the seconds compare the video with the time recorded.
      lostBytes: chunksLeft.slice(recording.chunkCount).reduce((sum, c) => sum + c.size, 0),
      lostMeaning: `stored chunk bytes not in the video; ${lostSeconds} s of ${crashedAfterS.toFixed(1)} s lost`,
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(recorder.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});

test('stopping the service worker mid-recording changes nothing: chunks keep coming, Stop works @fault', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  await recorder.start({ source: 'tab', title: 'Without the worker' });
  await recorder.waitUntilRecording();
  await recorder.waitForRecorded(1_500);
  const { id: recordingId } = await recorder.onlyRecording();

  const beforeKill = (await recorder.chunks(recordingId)).length;
  const before = await snapshotExtensionData(recorder.page);
  await stopServiceWorker(extension);
  const killedAt = Date.now();
  // Stop is pressed at 6 s whatever the checks below take meanwhile (on a
  // busy machine the next slice can take 2-3 s to be stored).
  const stopped = recorder.stopWhenRecorded(6_000);
  void stopped.catch(() => undefined); // awaited below; a failure before that is the one to report
  // The recording goes on with no worker at all: new chunks, made after the kill.
  await expect
    .poll(async () => (await recorder.chunks(recordingId)).at(-1)?.recordedAt ?? 0)
    .toBeGreaterThan(killedAt);
  // Still no worker (Stop's message, at 6 s, is what may wake it again).
  expect(await isServiceWorkerRunning(extension)).toBe(false);
  expect((await recorder.chunks(recordingId)).length).toBeGreaterThan(beforeKill);

  const reflectionId = await stopped;
  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  await reflection.waitUntilReady();
  const recording = await recorder.onlyRecording();
  expect(recording).toMatchObject({ status: 'stopped', stopReason: 'student' });
  expect(recording.chunkCount).toBeGreaterThan(beforeKill);

  const saved = await reflection.saveVideo(testInfo.outputPath('no-worker.mp4'));
  const probe = await probeMedia(saved.path);
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  // The whole 6 s of picture, not just the 1.5 s before the kill (on a busy
  // machine Stop reaches the recorder up to ~0.6 s late).
  const { videoS } = await streamDurations(saved.path);
  expect(videoS).toBeGreaterThanOrEqual(5.5);
  expect(videoS).toBeLessThanOrEqual(7);
  expect(await fullyDecodes(saved.path)).toBe(true);
  const after = await snapshotExtensionData(recorder.page);
  await reportFault(
    testInfo,
    faultReportFrom('service worker stopped mid-recording', before, after, {
      lostBytes: Math.round(Math.max(0, 6 - videoS!) * (recording.bytes / 6)),
      lostMeaning: `est. bytes of the 6 s not in the video (${videoS!.toFixed(1)} s kept)`,
      messageShown: '(none needed: the recording went on)',
      unhandledErrors: unhandled,
    }),
  );
  expect(recorder.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
