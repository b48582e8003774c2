import { expect, type Locator, type Page } from '@playwright/test';
import type { ReflectionRecord } from '../../../lib/db/records';
import type { ExtensionSession } from '../launchExtension';
import { readPlpStore } from '../media/readPlpStore';
import { readReflectionVideo, type SavedMedia } from '../media/readReflectionVideo';

export type ReflectionStatus = ReflectionRecord['status'];

/** Processing a few seconds of video takes seconds; on a busy 2-core machine, more. */
// ffmpeg.wasm on two shared cores: generous, the test budget (playwright.config.ts) still ends a hang.
const PROCESSING_TIMEOUT_MS = 120_000;

/**
 * One reflection's page (#/reflection/<id>: status, player, trim, "Make it
 * smaller", retry and cancel) and its row in My reflections, on a dashboard
 * tab (usually RecorderPage.page, which lands here after Stop).
 */
export class ReflectionPage {
  constructor(
    readonly page: Page,
    readonly extension: ExtensionSession,
    readonly reflectionId: string,
  ) {}

  async open(): Promise<void> {
    const hash = `#/reflection/${encodeURIComponent(this.reflectionId)}`;
    await this.page.goto(this.extension.url(`dashboard.html${hash}`));
    await expect(this.statusPanel).toBeVisible();
  }

  async openLibrary(): Promise<void> {
    await this.page.goto(this.extension.url('dashboard.html#/reflections'));
    await expect(this.page.getByRole('heading', { name: 'My reflections' })).toBeVisible();
  }

  get statusPanel(): Locator {
    return this.page.getByTestId('reflection-status-panel');
  }

  /** The status badge on the detail page (data-status: recording|processing|ready|failed). */
  get status(): Locator {
    return this.statusPanel.getByTestId('reflection-status');
  }

  get libraryItem(): Locator {
    return this.page.locator(
      `[data-testid="reflection-item"][data-reflection-id="${this.reflectionId}"]`,
    );
  }

  get video(): Locator {
    return this.page.getByTestId('reflection-video');
  }

  get failure(): Locator {
    return this.page.getByTestId('reflection-failure');
  }

  get cancelButton(): Locator {
    return this.statusPanel.getByTestId('reflection-cancel');
  }

  get retryButton(): Locator {
    return this.statusPanel.getByTestId('reflection-retry');
  }

  get smallerButton(): Locator {
    return this.page.getByTestId('reflection-smaller');
  }

  async expectStatus(status: ReflectionStatus, timeout = PROCESSING_TIMEOUT_MS): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status, { timeout });
  }

  /** Waits for processing to end well: "Ready" and a player on the page. */
  async waitUntilReady(): Promise<void> {
    // Ends at the first outcome: a failure fails the test with its own words
    // instead of a timeout.
    await expect(this.status).toHaveAttribute('data-status', /^(ready|failed)$/, {
      timeout: PROCESSING_TIMEOUT_MS,
    });
    if ((await this.status.getAttribute('data-status')) === 'failed') {
      const row = await this.row();
      throw new Error(`Processing failed: ${row.failure}`);
    }
    await expect(this.video).toBeVisible();
  }

  /**
   * Seeks the page's <video> to `fraction` of its duration and resolves with
   * where it landed once 'seeked' fired: the browser's own player can jump
   * there (processing made the MP4 seekable). Rejects if it never seeks.
   */
  async seekPlayerTo(fraction: number): Promise<{ duration: number; currentTime: number }> {
    return this.video.evaluate(async (element, share) => {
      const video = element as HTMLVideoElement;
      if (video.readyState < HTMLMediaElement.HAVE_METADATA)
        await new Promise((resolve, reject) => {
          video.addEventListener('loadedmetadata', resolve, { once: true });
          video.addEventListener('error', () => reject(new Error('video error')), { once: true });
        });
      const seeked = new Promise((resolve) =>
        video.addEventListener('seeked', resolve, { once: true }),
      );
      video.currentTime = video.duration * share;
      await seeked;
      return { duration: video.duration, currentTime: video.currentTime };
    }, fraction);
  }

  /** Fills the trim fields (seconds) and confirms "Trim this video?". */
  async trim(startS: number, endS: number): Promise<void> {
    await this.page.getByTestId('trim-start').fill(String(startS));
    await this.page.getByTestId('trim-end').fill(String(endS));
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByTestId('trim-submit').click();
  }

  // What the database holds.
  async row(): Promise<ReflectionRecord> {
    const rows = await readPlpStore<ReflectionRecord>(this.page, 'reflections');
    const row = rows.find((r) => r.id === this.reflectionId);
    if (!row) throw new Error(`No reflection row ${this.reflectionId}`);
    return row;
  }

  /** Copies the finished video out of IndexedDB to `file` for ffprobe. */
  async saveVideo(file: string): Promise<SavedMedia & { mediaId: string }> {
    return readReflectionVideo(this.page, this.reflectionId, file);
  }
}
