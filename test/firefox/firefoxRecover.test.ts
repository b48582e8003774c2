import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../lib/db/schema';
import { FirefoxRecorderPage } from './FirefoxRecorderPage';
import {
  FAKE_MEDIA_PREFS,
  launchFirefoxWithExtension,
  startNavigation,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';
import { decodeErrors, probeVideo } from './probeVideo';
import { startXvfb, type VirtualDisplay } from './startXvfb';

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

// Long enough for several 1 s chunks to be stored before the tab goes away.
const RECORD_MS = 4_000;

/** The reflection a stored recording belongs to, read with raw IndexedDB. */
async function reflectionOfRecording(page: Page, recordingId: string): Promise<string> {
  return page.evaluate(
    (name, id) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('recordings').objectStore('recordings').get(id);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            const row = read.result as { reflectionId?: string } | undefined;
            if (row?.reflectionId) resolve(row.reflectionId);
            else reject(new Error(`No recording ${id}`));
          };
        };
      }),
    DATABASE_NAME,
    recordingId,
  );
}

/**
 * Recovering an interrupted recording in real firefox-esr. In Firefox the
 * dashboard tab is the recording host, so closing it mid-recording kills the
 * recorder: only the chunks already written to IndexedDB survive. A new
 * dashboard tab must notice the stale heartbeat, offer the recording, and
 * turn those chunks into a playable MP4.
 */
describe('Firefox: recovering a recording whose dashboard tab was closed', () => {
  let xvfb: VirtualDisplay | undefined;
  let firefox: FirefoxWithExtension | undefined;
  let scratchDir: string | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    xvfb = await startXvfb({ width: 1280, height: 800 });
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD, {
      display: xvfb.display,
      prefs: { ...FAKE_MEDIA_PREFS },
    });
    scratchDir = await mkdtemp(join(tmpdir(), 'plp-firefox-recover-'));
  });

  afterAll(async () => {
    // Each step runs even if an earlier one throws: nothing may outlive the test.
    await firefox?.close().catch(() => undefined);
    await xvfb?.stop();
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  });

  async function newRecorderTab(): Promise<FirefoxRecorderPage> {
    const page = await firefox!.browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.setDefaultTimeout(30_000);
    return new FirefoxRecorderPage(page, firefox!.extensionUrl('dashboard.html#/record'));
  }

  it('offers the recording in a new tab and recovers what was recorded as an MP4', async () => {
    const first = await newRecorderTab();
    await first.open();
    await first.chooseWholeScreen();
    // 3 s countdown, plus the host's ffmpeg/recorder code loading on a slow box.
    await first.startAndWaitUntilRecording(20_000);
    const recordingStarted = Date.now();
    await new Promise((resolve) => setTimeout(resolve, RECORD_MS));
    // Abruptly, as a student closing the tab would: no Stop, no unload prompt.
    await first.page.close();
    const recordedSeconds = (Date.now() - recordingStarted) / 1000;

    const second = await newRecorderTab();
    const { page } = second;
    // Not open(): until the dead host's heartbeat goes stale (5 s) this page shows the
    // recording as live, not the setup form. Only then does the banner offer it.
    startNavigation(page, firefox!.extensionUrl('dashboard.html#/record'));
    const row = await page.waitForSelector('[data-testid="interrupted-recording"]', {
      timeout: 30_000,
    });
    const heading = await page.$eval('#interrupted-heading', (el) => el.textContent);
    expect(heading).toBe('Unfinished recording found');
    const recordingId = await row!.evaluate((el) => el.getAttribute('data-recording-id') ?? '');
    const reflectionId = await reflectionOfRecording(page, recordingId);

    await page.click('[data-testid="recover-recording"]');
    // Processing runs in this page: change only the hash, never reload it.
    await page.evaluate((id) => {
      location.hash = `#/reflection/${id}`;
    }, reflectionId);
    const outcome = await second.waitForProcessed(90_000);
    const failure = outcome === 'failed' ? await second.failureText() : '';
    expect({ outcome, failure }).toEqual({ outcome: 'ready', failure: '' });
    // Recovered once: the offer is gone from the dashboard.
    expect(await page.$('[data-testid="interrupted-recording"]')).toBeNull();

    const stored = await second.readStored(DATABASE_NAME, reflectionId);
    expect(stored.recording?.chunkCount).toBeGreaterThanOrEqual(2);
    expect(stored.media?.mimeType).toMatch(/^video\/mp4/);
    const file = join(scratchDir!, `${reflectionId}.mp4`);
    await writeFile(file, await second.readMediaBytes(stored.media!.size));
    const probed = await probeVideo(file);
    console.info(
      `Recovered Firefox reflection: ${probed.durationSeconds.toFixed(2)} s of ` +
        `${recordedSeconds.toFixed(2)} s recorded before the tab closed ` +
        `(stored durationMs ${stored.reflection.durationMs}), ${stored.recording?.chunkCount} chunks`,
    );
    expect(probed.videoCodec).toBe('h264');
    expect(probed.durationSeconds).toBeGreaterThanOrEqual(recordedSeconds - 2);
    expect(probed.durationSeconds).toBeLessThanOrEqual(recordedSeconds + 2);
    expect(await decodeErrors(file)).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
