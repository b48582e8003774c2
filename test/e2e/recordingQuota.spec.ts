import { recordingTest as test, expect } from './media/recordingFixtures';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { fullyDecodes, probeMedia } from './media/ffprobe';
import {
  heldFfmpegConversions,
  holdFfmpegConversionsInOffscreen,
  releaseFfmpegConversionsInOffscreen,
} from './media/holdFfmpegInOffscreen';
import { injectQuotaErrorInOffscreen, quotaFaultState } from './media/injectQuotaErrorInOffscreen';
import { openOffscreenDocument } from './media/offscreenTarget';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * The disk fills up in the middle of a recording: a chunk's transaction
 * aborts with QuotaExceededError, as Chromium reports a full disk. The
 * recording must stop by itself, keep every chunk written before, say why,
 * and still become a playable video.
 */

const WRITES_BEFORE_FULL = 3;

test('a full disk mid-recording stops it cleanly, keeps the earlier chunks and still makes the video @fault', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  const before = await snapshotExtensionData(recorder.page);
  // The host is created first so the fault is in place before recording; the product reuses it.
  await openOffscreenDocument(extension, recorder.page);
  await injectQuotaErrorInOffscreen(extension, {
    afterWrites: WRITES_BEFORE_FULL,
    store: 'recordingChunks',
    mode: 'abort',
  });
  // Holds the conversion, so the chunks can be checked before processing replaces them.
  await holdFfmpegConversionsInOffscreen(extension);

  await recorder.start({ source: 'tab', title: 'Until the disk filled up' });
  await recorder.waitUntilRecording();
  // No Stop: the recorder stops by itself on the first failed write and the page moves on.
  const reflectionId = await recorder.waitForReflectionRoute();
  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);

  const recording = await recorder.onlyRecording();
  expect(recording).toMatchObject({ status: 'stopped', stopReason: 'quota' });
  expect(recording.error).toContain('QuotaExceededError');
  expect(recording.chunkCount).toBe(WRITES_BEFORE_FULL);
  const fault = await quotaFaultState(extension);
  expect(fault).toMatchObject({ writes: WRITES_BEFORE_FULL });
  expect(fault!.failures).toBeGreaterThanOrEqual(1);

  // Every chunk written before the fault is intact, in order, and the counters match them.
  await expect.poll(() => heldFfmpegConversions(extension)).toBe(1);
  const chunks = await recorder.chunks(recording.id);
  expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2]);
  expect(chunks.reduce((sum, c) => sum + c.size, 0)).toBe(recording.bytes);
  expect(chunks.every((c) => c.size > 0)).toBe(true);

  // The student is told why the recording ended by itself.
  const notice = recorder.page.getByTestId('recording-stop-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toHaveAttribute('data-reason', 'quota');
  await expect(notice).toContainText('ran out of space');
  const messageShown = await notice.innerText();

  await releaseFfmpegConversionsInOffscreen(extension);
  await reflection.waitUntilReady();
  await expect(notice).toBeVisible();
  const saved = await reflection.saveVideo(testInfo.outputPath('until-full.mp4'));
  const probe = await probeMedia(saved.path);
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  // What the three slices held: at least a second and a half, and nothing
  // from after the disk filled up (slices end on keyframes, about 1 s apart,
  // but a busy encoder packs more into one).
  const recordedS = (recording.endedAt! - recording.startedAt!) / 1000;
  expect(probe.durationS).toBeGreaterThanOrEqual(1.5);
  expect(probe.durationS).toBeLessThanOrEqual(recordedS + 0.5);
  expect(await fullyDecodes(saved.path)).toBe(true);
  const after = await snapshotExtensionData(recorder.page);
  await reportFault(
    testInfo,
    faultReportFrom('disk full mid-recording (4th chunk write aborts)', before, after, {
      // What was stored before the disk filled all reached the video (seq 0-2 above);
      // what came after could not be stored anywhere, and the recording stopped there.
      lostBytes: recording.bytes - chunks.reduce((sum, c) => sum + c.size, 0),
      lostMeaning: `stored chunk bytes not in the video; video ${probe.durationS!.toFixed(1)} s of ${recordedS.toFixed(1)} s recorded`,
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(recorder.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
