import { recordingTest as test, expect } from './media/recordingFixtures';
import { decodedFrameTimeAt, fullyDecodes, probeMedia } from './media/ffprobe';
import { streamDurations } from './media/streamDurations';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * "This tab" plus the microphone, recorded for real: Chromium's MediaRecorder
 * in the offscreen document on fake devices, chunks in IndexedDB, ffmpeg.wasm
 * turning them into the MP4, checked with native ffprobe/ffmpeg.
 */

test('records 5 s of this tab with the microphone into a seekable H.264/AAC MP4', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  await expect(recorder.source('tab')).toHaveAccessibleName(/This tab: PLP-REC-TARGET/);
  // The microphone is tried on the setup screen, before anything is recorded.
  await expect(recorder.micMeter).toBeVisible();

  await recorder.start({ source: 'tab', title: 'Five seconds of my lesson' });
  await expect(recorder.countdown).toBeVisible();
  await recorder.waitUntilRecording();

  // The teleprompter follows the keyboard while the recording runs.
  await expect(recorder.promptPosition).toHaveText('Prompt 1 of 4');
  await expect(recorder.prompt).toHaveText('What did I do?');
  await recorder.teleprompter.focus();
  await recorder.page.keyboard.press('ArrowRight');
  await expect(recorder.promptPosition).toHaveText('Prompt 2 of 4');
  await expect(recorder.prompt).toHaveText('What did I learn?');
  await recorder.page.keyboard.press('ArrowLeft');
  await expect(recorder.promptPosition).toHaveText('Prompt 1 of 4');

  // The timer counts the recorded time.
  await recorder.waitForRecorded(2_000);
  await expect(recorder.elapsed).toHaveText(/^0:0[2-4]$/);
  const reflectionId = await recorder.stopWhenRecorded(5_000);

  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  await reflection.waitUntilReady();
  const row = await reflection.row();
  expect(row).toMatchObject({ status: 'ready', failure: null, title: 'Five seconds of my lesson' });
  expect(row.posterMediaId).not.toBeNull();
  const recording = await recorder.onlyRecording();
  expect(recording).toMatchObject({ source: 'tab', microphone: true, stopReason: 'student' });
  expect(recording.mimeType).toMatch(/^video\/mp4/);
  // Stopped by the student: no "stopped by itself" notice.
  await expect(recorder.page.getByTestId('recording-stop-notice')).toHaveCount(0);
  // The verified video replaced the raw chunks.
  expect(await recorder.chunks(recording.id)).toEqual([]);

  const saved = await reflection.saveVideo(testInfo.outputPath('reflection.mp4'));
  expect(saved.mimeType).toBe('video/mp4');
  const probe = await probeMedia(saved.path);
  expect(probe.formatName).toContain('mp4');
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  // 5 s of picture, ± 0.5. The file as a whole is its longer stream: on a
  // starved CPU the audio can run up to ~0.6 s longer (streamDurations.ts).
  const { videoS } = await streamDurations(saved.path);
  expect(videoS).toBeGreaterThanOrEqual(4.5);
  expect(videoS).toBeLessThanOrEqual(5.5);
  expect(probe.durationS).toBeGreaterThanOrEqual(4.5);
  expect(probe.durationS).toBeLessThanOrEqual(6);

  // Seeking to 90% lands there, in ffmpeg and in the page's own player.
  const target = videoS! * 0.9;
  const landed = await decodedFrameTimeAt(saved.path, target);
  expect(landed).not.toBeNull();
  expect(Math.abs(landed! - target)).toBeLessThan(0.5);
  expect(await fullyDecodes(saved.path)).toBe(true);
  const seek = await reflection.seekPlayerTo(0.9);
  expect(seek.duration).toBeCloseTo(probe.durationS!, 0);
  expect(seek.currentTime).toBeGreaterThan(seek.duration * 0.8);

  await reflection.openLibrary();
  await expect(reflection.libraryItem.getByTestId('reflection-status')).toHaveAttribute(
    'data-status',
    'ready',
  );
  expect(recorder.errors).toEqual([]);
});

test('a 2 s pause in the middle is left out of the video', async ({
  extension,
  captureTarget,
}, testInfo) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  await recorder.start({ source: 'tab', title: 'With a pause' });
  await recorder.waitUntilRecording();
  await recorder.pauseWhenRecorded(2_000);
  // The timer stops at the time recorded when Pause was pressed, and stays there.
  const paused = await recorder.onlyRecording();
  const frozen = clock(paused.pausedAt! - paused.startedAt! - paused.pausedTotalMs);
  await expect(recorder.elapsed).toHaveText(frozen);
  // The pause itself is real time passing: nothing to wait on but the clock.
  await recorder.page.waitForTimeout(2_000);
  await expect(recorder.elapsed).toHaveText(frozen);
  await recorder.resume();
  const reflectionId = await recorder.stopWhenRecorded(4_000);

  const recording = await recorder.onlyRecording();
  expect(recording.pausedTotalMs).toBeGreaterThanOrEqual(1_900);
  const reflection = new ReflectionPage(recorder.page, extension, reflectionId);
  await reflection.waitUntilReady();

  const saved = await reflection.saveVideo(testInfo.outputPath('paused.mp4'));
  const probe = await probeMedia(saved.path);
  expect(probe.video?.codec).toBe('h264');
  expect(probe.audio?.codec).toBe('aac');
  // About 4 s recorded; with the pause left in it would be about 6 s.
  expect(probe.durationS).toBeGreaterThan(3.2);
  expect(probe.durationS).toBeLessThan(5.5);
  const { videoS } = await streamDurations(saved.path);
  expect(Math.abs(videoS! - 4)).toBeLessThanOrEqual(0.6);
  expect(await fullyDecodes(saved.path)).toBe(true);
  expect(recorder.errors).toEqual([]);
});

/** m:ss as the recorder's timer shows it (whole seconds, rounded down). */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
