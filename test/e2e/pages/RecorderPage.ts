import { expect, type Locator, type Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import type { RecordingRecord } from '../../../lib/db/records';
import type { ExtensionSession } from '../launchExtension';
import { invokeExtensionOnTab } from '../media/invokeExtensionOnTab';
import { readPlpStore } from '../media/readPlpStore';

// The callbacks below run inside the extension (evaluate), where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

export type RecordingSourceChoice = 'tab' | 'window' | 'screen';

/**
 * The dashboard's recorder as a student uses it: the setup screen, the live
 * panel (countdown, indicator, timer, controls, teleprompter) and the
 * "unfinished recording" banner. The dashboard lives in a window of its own,
 * so the page being recorded stays the active tab of the main window (what
 * the toolbar click and tab capture need) while the test clicks here.
 */
export class RecorderPage {
  /** Uncaught errors in the dashboard; specs assert it stays empty. */
  readonly errors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly extension: ExtensionSession,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** Opens dashboard.html (My reflections) in a new, unfocused window. */
  static async openInOwnWindow(extension: ExtensionSession): Promise<RecorderPage> {
    const url = extension.url('dashboard.html#/reflections');
    const opened = extension.context.waitForEvent('page', (page) => page.url() === url);
    await extension.serviceWorker.evaluate(
      (target) => chrome.windows.create({ url: target, focused: false, width: 1100, height: 900 }),
      url,
    );
    const page = await opened;
    await page.waitForLoadState();
    // The dashboard creates the database with its schema: raw reads rely on it.
    await expect(page.getByRole('heading', { name: 'My reflections' })).toBeVisible();
    return new RecorderPage(page, extension);
  }

  /**
   * The way a student records "this tab": the toolbar click on `target` (in
   * front of its window), then the recorder opened for that tab, which offers
   * "This tab" with the tab's title.
   */
  static async openForTab(
    extension: ExtensionSession,
    target: Page,
  ): Promise<{ recorder: RecorderPage; tabId: number }> {
    const recorder = await RecorderPage.openInOwnWindow(extension);
    // A small tab: two browsers recording at once (CI runs 2 workers on 2
    // cores) composite, capture and encode 1/4 of the pixels of 1280x720.
    // Measured: at 1280x720 both browsers starve and the MP4s come out
    // 0.5-1.3 s long or with the video 0.7 s shorter than the audio.
    await target.setViewportSize({ width: 640, height: 360 });
    await target.bringToFront();
    const tabId = await invokeExtensionOnTab(extension, target, recorder.page);
    await recorder.openSetup(tabId);
    await expect(recorder.source('tab')).toBeChecked();
    return { recorder, tabId };
  }

  /** The setup screen, offering "This tab" for `tabId` when given (what the popup links to). */
  async openSetup(tabId?: number): Promise<void> {
    const hash = tabId === undefined ? '#/record' : `#/record?tab=${tabId}`;
    await this.page.goto(this.extension.url(`dashboard.html${hash}`));
    await expect(this.startButton).toBeEnabled();
  }

  /**
   * The id of the tab that is active in a window other than the dashboard's.
   * Before the toolbar click the browser hides the tab's URL, so this is how
   * the tab is found without invoking the extension on it.
   */
  async activeTabIdOutsideDashboard(): Promise<number> {
    const id = await this.page.evaluate(async () => {
      const own = await chrome.windows.getCurrent();
      const tabs = await chrome.tabs.query({ active: true });
      const others = tabs.filter((tab) => tab.windowId !== own.id);
      return others.length === 1 ? (others[0]!.id ?? null) : null;
    });
    if (id === null) throw new Error('No single active tab outside the dashboard window');
    return id;
  }

  // Setup screen.
  get startButton(): Locator {
    return this.page.getByTestId('record-start');
  }

  source(source: RecordingSourceChoice): Locator {
    return this.page.getByTestId(`record-source-${source}`);
  }

  get microphone(): Locator {
    return this.page.getByTestId('record-microphone');
  }

  get titleField(): Locator {
    return this.page.getByTestId('record-title');
  }

  get micMeter(): Locator {
    return this.page.getByRole('meter');
  }

  get failure(): Locator {
    return this.page.getByTestId('record-failure');
  }

  /** Fills the setup screen and clicks Start recording. */
  async start(options: {
    source: RecordingSourceChoice;
    title: string;
    microphone?: boolean;
  }): Promise<void> {
    await this.source(options.source).check();
    await this.microphone.setChecked(options.microphone ?? true);
    await this.titleField.fill(options.title);
    await this.startButton.click();
  }

  // Live panel.
  get livePanel(): Locator {
    return this.page.getByTestId('live-panel');
  }

  get indicator(): Locator {
    return this.livePanel.getByTestId('recording-indicator');
  }

  /** The m:ss timer: active recording time (pauses excluded), from the host's own clock. */
  get elapsed(): Locator {
    return this.livePanel.getByRole('timer');
  }

  get countdown(): Locator {
    return this.page.getByTestId('live-countdown');
  }

  get resumeButton(): Locator {
    return this.page.getByTestId('live-resume');
  }

  get teleprompter(): Locator {
    return this.page.getByTestId('teleprompter');
  }

  get promptPosition(): Locator {
    return this.page.getByTestId('teleprompter-position');
  }

  get prompt(): Locator {
    return this.page.getByTestId('teleprompter-prompt');
  }

  /** Waits through "Getting ready" and the countdown until the recorder captures. */
  async waitUntilRecording(): Promise<void> {
    await expect(this.indicator).toHaveAttribute('data-status', 'recording', { timeout: 20_000 });
    await expect(this.indicator).toHaveText('Recording');
  }

  /**
   * Waits until the recorder has captured `ms` of active time (pauses left
   * out), by the recorder's own clock: its startedAt and pausedTotalMs in the
   * database against Date.now() in the page (the same machine clock).
   */
  async waitForRecorded(ms: number): Promise<void> {
    await this.atRecorded(ms, null);
  }

  /**
   * Presses Stop once exactly `ms` of active time is recorded; the recorder
   * page then moves to the new reflection, whose id this returns.
   */
  async stopWhenRecorded(ms: number): Promise<string> {
    await this.atRecorded(ms, 'live-stop');
    return this.waitForReflectionRoute();
  }

  /** Presses Pause once exactly `ms` of active time is recorded. */
  async pauseWhenRecorded(ms: number): Promise<void> {
    await this.atRecorded(ms, 'live-pause');
    await expect(this.indicator).toHaveAttribute('data-status', 'paused');
    await expect(this.indicator).toHaveText('Paused');
  }

  /**
   * The wait, and the click on `buttonTestId`, both run inside the page: a
   * Playwright click (actionability checks, several round trips) adds
   * 0.1-1 s on a loaded 2-core machine, and that lands in the video when
   * the button is Stop or Pause. The click is the button's own, through
   * React's handler, as a student's would be.
   */
  private async atRecorded(ms: number, buttonTestId: string | null): Promise<void> {
    const recording = (await this.recordings()).find((r) => r.status === 'recording');
    if (!recording?.startedAt) throw new Error('Nothing is recording');
    await this.page.evaluate(
      async ({ since, paused, wanted, testId }) => {
        for (;;) {
          const left = wanted - (Date.now() - since - paused);
          if (left <= 0) break;
          await new Promise((resolve) => setTimeout(resolve, Math.min(left, 20)));
        }
        if (!testId) return;
        const button = document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
        if (!button || button.disabled) throw new Error(`${testId} is not there to press`);
        button.click();
      },
      {
        since: recording.startedAt,
        paused: recording.pausedTotalMs,
        wanted: ms,
        testId: buttonTestId,
      },
    );
  }

  async resume(): Promise<void> {
    await this.resumeButton.click();
    await expect(this.indicator).toHaveAttribute('data-status', 'recording');
  }

  /** Start, record `lengthMs` of active time, Stop: the new reflection's id. */
  async record(options: {
    source: RecordingSourceChoice;
    title: string;
    lengthMs: number;
  }): Promise<string> {
    await this.start(options);
    await this.waitUntilRecording();
    return this.stopWhenRecorded(options.lengthMs);
  }

  async waitForReflectionRoute(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/reflection\/[^/?]+$/, { timeout: 20_000 });
    return decodeURIComponent(new URL(this.page.url()).hash.replace('#/reflection/', ''));
  }

  /** Discard during recording: confirms the browser's "Discard this recording?" question. */
  async discard(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByTestId('live-discard').click();
  }

  // "Unfinished recording found" banner.
  get interruptedBanner(): Locator {
    return this.page.getByTestId('interrupted-banner');
  }

  interruptedRecording(recordingId: string): Locator {
    return this.page.locator(
      `[data-testid="interrupted-recording"][data-recording-id="${recordingId}"]`,
    );
  }

  async recover(recordingId: string): Promise<void> {
    await this.interruptedRecording(recordingId).getByTestId('recover-recording').click();
  }

  // What the database holds.
  async recordings(): Promise<RecordingRecord[]> {
    return readPlpStore<RecordingRecord>(this.page, 'recordings');
  }

  /**
   * Records "this tab" as `title` until `ms` are captured and frames are stored, for the
   * specs that then cut the recording short. Chromium's MP4 recorder stores its header
   * (ftyp+moov) first and the frames only when a fragment closes; on a busy machine the first
   * fragment can come after 3 s, and a cut before it leaves only the header, which no video can
   * be made of. So this also waits for a second chunk. Returns the recording row.
   */
  async recordUntilFramesStored(title: string, ms: number): Promise<RecordingRecord> {
    await this.start({ source: 'tab', title });
    await this.waitUntilRecording();
    await this.waitForRecorded(ms);
    const recording = await this.onlyRecording();
    await expect
      .poll(async () => (await this.chunks(recording.id)).length)
      .toBeGreaterThanOrEqual(2);
    return recording;
  }

  /** The one recording row (specs record once per browser). */
  async onlyRecording(): Promise<RecordingRecord> {
    const rows = await this.recordings();
    if (rows.length !== 1) throw new Error(`Expected one recording row, found ${rows.length}`);
    return rows[0]!;
  }

  /** Chunks stored for a recording, in seq order. */
  async chunks(recordingId: string): Promise<{ seq: number; size: number; recordedAt: number }[]> {
    const rows = await readPlpStore<{
      recordingId: string;
      seq: number;
      size: number;
      recordedAt: number;
    }>(this.page, 'recordingChunks');
    return rows
      .filter((row) => row.recordingId === recordingId)
      .map(({ seq, size, recordedAt }) => ({ seq, size, recordedAt }))
      .sort((a, b) => a.seq - b.seq);
  }
}
