import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { recordingTest as test, expect } from './media/recordingFixtures';
import { fullyDecodes, probeMedia } from './media/ffprobe';
import {
  heldFfmpegConversions,
  holdFfmpegConversionsInOffscreen,
  releaseFfmpegConversionsInOffscreen,
} from './media/holdFfmpegInOffscreen';
import { readPlpStore } from './media/readPlpStore';
import { streamDurations } from './media/streamDurations';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * What happens to a reflection after recording: trim, "Make it smaller",
 * cancel and retry, all through the reflection's page and the library, with
 * the real ffmpeg.wasm in the offscreen document. Cancel must land while a
 * conversion runs, so the conversion is held (holdFfmpegInOffscreen.ts).
 */

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('trims to [1 s, 3 s], then a cancelled "Make it smaller" keeps the trimmed video', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  const reflectionId = await recorder.record({ source: 'tab', title: 'To trim', lengthMs: 5_000 });
  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  await reflection.waitUntilReady();
  const original = await reflection.row();

  await reflection.trim(1, 3);
  // Ready again with a new video (the status may pass through "processing" too fast to see).
  await expect
    .poll(async () => (await reflection.row()).mediaId, { timeout: 120_000 })
    .not.toBe(original.mediaId);
  await reflection.waitUntilReady();
  const trimmed = await reflection.row();
  expect(trimmed).toMatchObject({ status: 'ready', failure: null });
  const trimmedFile = await reflection.saveVideo(testInfo.outputPath('trimmed.mp4'));
  const trimmedProbe = await probeMedia(trimmedFile.path);
  expect(trimmedProbe.video?.codec).toBe('h264');
  expect(trimmedProbe.audio?.codec).toBe('aac');
  // A stream-copy cut starts on the keyframe before 1 s (one every second).
  expect(trimmedProbe.durationS).toBeGreaterThanOrEqual(1.8);
  expect(trimmedProbe.durationS).toBeLessThanOrEqual(3.2);
  expect(await fullyDecodes(trimmedFile.path)).toBe(true);
  // The replaced video and poster are gone; only the trimmed pair is stored.
  const mediaIds = (await readPlpStore<{ id: string }>(recorder.page, 'media')).map((m) => m.id);
  expect(mediaIds.sort()).toEqual([trimmed.mediaId, trimmed.posterMediaId].sort());

  // "Make it smaller", cancelled while it converts.
  await holdFfmpegConversionsInOffscreen(extension);
  await reflection.smallerButton.click();
  await reflection.expectStatus('processing');
  await expect(reflection.statusPanel).toContainText('Making it smaller');
  await expect.poll(() => heldFfmpegConversions(extension)).toBe(1);
  await reflection.cancelButton.click();
  await reflection.expectStatus('ready');
  await releaseFfmpegConversionsInOffscreen(extension);

  const afterCancel = await reflection.row();
  expect(afterCancel).toMatchObject({
    status: 'ready',
    failure: null,
    processing: null,
    mediaId: trimmed.mediaId,
    posterMediaId: trimmed.posterMediaId,
    durationMs: trimmed.durationMs,
  });
  const keptFile = await reflection.saveVideo(testInfo.outputPath('kept.mp4'));
  expect(keptFile.size).toBe(trimmedFile.size);
  expect(sha256(keptFile.path)).toBe(sha256(trimmedFile.path));
  expect((await probeMedia(keptFile.path)).durationS).toBe(trimmedProbe.durationS);
  // The player still has the video.
  await expect(reflection.video).toBeVisible();
  const seek = await reflection.seekPlayerTo(0.5);
  expect(seek.duration).toBeCloseTo(trimmedProbe.durationS!, 0);
  expect(recorder.errors).toEqual([]);
});

test('a first processing cancelled right after Stop fails with Retry, and Retry makes the video', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  await recorder.start({ source: 'tab', title: 'Cancel, then retry' });
  await recorder.waitUntilRecording();
  // The offscreen document exists once recording runs: hold its first conversion.
  await holdFfmpegConversionsInOffscreen(extension);
  const reflectionId = await recorder.stopWhenRecorded(3_000);

  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  await reflection.expectStatus('processing');
  await expect.poll(() => heldFfmpegConversions(extension)).toBe(1);
  await reflection.cancelButton.click();
  await reflection.expectStatus('failed');
  await expect(reflection.failure).toContainText('Processing was cancelled');
  await expect(reflection.failure).toContainText('Your recording is safe');
  await expect(reflection.video).toHaveCount(0);
  await releaseFfmpegConversionsInOffscreen(extension);

  // Nothing stored was lost: every chunk is still there for the retry.
  const recording = await recorder.onlyRecording();
  expect(recording.chunkCount).toBeGreaterThanOrEqual(1);
  const chunks = await recorder.chunks(recording.id);
  expect(chunks.map((c) => c.seq)).toEqual([...Array(recording.chunkCount).keys()]);
  expect((await reflection.row()).mediaId).toBeNull();

  // Retry from the library.
  await reflection.openLibrary();
  const item = reflection.libraryItem;
  await expect(item.getByTestId('reflection-status')).toHaveAttribute('data-status', 'failed');
  await item.getByTestId('reflection-retry').click();
  await expect(item.getByTestId('reflection-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 120_000,
  });
  await expect(item.getByTestId('reflection-retry')).toHaveCount(0);

  const row = await reflection.row();
  expect(row).toMatchObject({ status: 'ready', failure: null });
  expect(await recorder.chunks(recording.id)).toEqual([]);
  const saved = await reflection.saveVideo(testInfo.outputPath('retried.mp4'));
  const probe = await probeMedia(saved.path);
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  const { videoS } = await streamDurations(saved.path);
  expect(Math.abs(videoS! - 3)).toBeLessThanOrEqual(0.5);
  expect(await fullyDecodes(saved.path)).toBe(true);
  expect(recorder.errors).toEqual([]);
});
