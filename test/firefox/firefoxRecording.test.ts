import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../lib/db/schema';
import { FirefoxRecorderPage } from './FirefoxRecorderPage';
import {
  FAKE_MEDIA_PREFS,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';
import { decodeErrors, maxVolumeDb, probeVideo } from './probeVideo';
import { startXvfb, type VirtualDisplay } from './startXvfb';

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

const RECORD_MS = 5_000;

/**
 * A screencast reflection recorded for real in firefox-esr. Firefox has no
 * offscreen document, so the dashboard tab records; its getDisplayMedia works
 * only headed, hence our own Xvfb (the virtual screen is what gets captured,
 * with no prompt thanks to the fake-media prefs). Firefox records VP8/Opus
 * WebM and has no display audio, so this covers the microphone mixing and the
 * full re-encode to H.264/AAC MP4 with ffmpeg.wasm's single-thread core.
 */
describe('Firefox: recording a 5 s screencast reflection, re-encoded to MP4', () => {
  let xvfb: VirtualDisplay | undefined;
  let firefox: FirefoxWithExtension | undefined;
  let recorder: FirefoxRecorderPage;
  let scratchDir: string | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    xvfb = await startXvfb({ width: 1280, height: 800 });
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD, {
      display: xvfb.display,
      prefs: { ...FAKE_MEDIA_PREFS },
    });
    const page = await firefox.browser.newPage();
    // An uncaught error in the page fails the test even if the video is fine.
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.setDefaultTimeout(30_000);
    recorder = new FirefoxRecorderPage(page, firefox.extensionUrl('dashboard.html#/record'));
    scratchDir = await mkdtemp(join(tmpdir(), 'plp-firefox-recording-'));
  });

  afterAll(async () => {
    // Each step runs even if an earlier one throws: nothing may outlive the test.
    await firefox?.close().catch(() => undefined);
    await xvfb?.stop();
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  });

  it('records the screen with the microphone and stores a playable H.264/AAC MP4', async () => {
    await recorder.open();
    await recorder.chooseWholeScreen();
    // On by default: the fake microphone is the only audio Firefox can record.
    expect(await recorder.microphoneIsOn()).toBe(true);

    // 3 s countdown, plus the host's ffmpeg/recorder code loading on a slow box.
    await recorder.startAndWaitUntilRecording(20_000);
    await new Promise((resolve) => setTimeout(resolve, RECORD_MS));
    await recorder.stop();

    const reflectionId = await recorder.waitForReflectionPage(15_000);
    const processingStarted = Date.now();
    const outcome = await recorder.waitForProcessed(60_000);
    const processingMs = Date.now() - processingStarted;
    const failure = outcome === 'failed' ? await recorder.failureText() : '';
    expect({ outcome, failure }).toEqual({ outcome: 'ready', failure: '' });

    const stored = await recorder.readStored(DATABASE_NAME, reflectionId);
    // Firefox records WebM only, so the re-encode path (not a remux) made the MP4.
    expect(stored.recording?.mimeType).toMatch(/^video\/webm/);
    expect(stored.media?.mimeType).toMatch(/^video\/mp4/);
    expect(stored.media?.size).toBeGreaterThan(0);

    const file = join(scratchDir!, `${reflectionId}.mp4`);
    await writeFile(file, await recorder.readMediaBytes(stored.media!.size));
    const probed = await probeVideo(file);
    const loudestDb = await maxVolumeDb(file);
    console.info(
      `Firefox reflection: ${probed.durationSeconds.toFixed(2)} s ` +
        `(stored durationMs ${stored.reflection.durationMs}), ${probed.videoCodec}/` +
        `${probed.audioCodec} ${probed.width}x${probed.height}, ${stored.media!.size} bytes, ` +
        `audio peak ${loudestDb} dB, ` +
        `recorded as ${stored.recording?.mimeType} in ${stored.recording?.chunkCount} chunks, ` +
        `processed in ${processingMs} ms`,
    );
    expect(probed.formatName).toContain('mp4');
    expect(probed.videoCodec).toBe('h264');
    expect(probed.audioCodec).toBe('aac');
    expect(probed.durationSeconds).toBeGreaterThanOrEqual(RECORD_MS / 1000 - 1);
    expect(probed.durationSeconds).toBeLessThanOrEqual(RECORD_MS / 1000 + 1);
    // The fake microphone is a steady tone (measured peak about -15 dB); silence is -91 dB.
    expect(loudestDb).toBeGreaterThan(-40);
    expect(await decodeErrors(file)).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
