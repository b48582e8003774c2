import type { Page } from 'puppeteer-core';
import { startNavigation } from './launchFirefoxWithExtension';

/** The rows behind one recorded reflection, read with raw IndexedDB. */
export interface StoredReflection {
  reflection: {
    id: string;
    status: string;
    mediaId: string | null;
    recordingId: string | null;
    durationMs: number | null;
    failure: string | null;
  };
  recording: { mimeType: string; chunkCount: number; bytes: number } | null;
  media: { mimeType: string; size: number } | null;
}

/** Bytes per page.evaluate round trip when reading a blob out: small enough for BiDi. */
const SLICE_BYTES = 512 * 1024;

/**
 * The dashboard's recorder as a student drives it in Firefox, where the
 * dashboard tab itself records (there is no offscreen document). Clicks are
 * puppeteer's input actions, which Firefox treats as real user input: its
 * getDisplayMedia refuses to run without a recent one.
 */
export class FirefoxRecorderPage {
  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {}

  async open(): Promise<void> {
    startNavigation(this.page, this.url);
    await this.page.waitForSelector('[data-testid="record-start"]');
  }

  async chooseWholeScreen(): Promise<void> {
    await this.page.click('[data-testid="record-source-screen"]');
    await this.page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="record-source-screen"]') as HTMLInputElement)
          ?.checked,
      { polling: 100 },
    );
  }

  async microphoneIsOn(): Promise<boolean> {
    return this.page.$eval(
      '[data-testid="record-microphone"]',
      (el) => (el as HTMLInputElement).checked,
    );
  }

  /** Clicks Start and waits through the countdown until the live panel says "Recording". */
  async startAndWaitUntilRecording(timeoutMs: number): Promise<void> {
    await this.page.click('[data-testid="record-start"]');
    try {
      await this.page.waitForFunction(
        () =>
          document.querySelector('[data-testid="recording-indicator"]')?.textContent?.trim() ===
          'Recording',
        { polling: 50, timeout: timeoutMs },
      );
    } catch (error) {
      throw new Error(`Recording never started. Page says: ${await this.visibleProblem()}`, {
        cause: error,
      });
    }
  }

  async stop(): Promise<void> {
    await this.page.click('[data-testid="live-stop"]');
  }

  /** Waits for the reflection page the dashboard moves to after Stop; returns the reflection id. */
  async waitForReflectionPage(timeoutMs: number): Promise<string> {
    const handle = await this.page.waitForFunction(
      () => /^#\/reflection\/([^/?]+)/.exec(location.hash)?.[1] ?? false,
      { polling: 100, timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as string;
  }

  /** Waits until processing has finished one way or the other; returns 'ready' or 'failed'. */
  async waitForProcessed(timeoutMs: number): Promise<string> {
    const handle = await this.page.waitForFunction(
      () => {
        const status = document
          .querySelector('[data-testid="reflection-status"]')
          ?.getAttribute('data-status');
        return status === 'ready' || status === 'failed' ? status : false;
      },
      { polling: 200, timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as string;
  }

  async failureText(): Promise<string> {
    return this.page.evaluate(
      () => document.querySelector('[data-testid="reflection-failure"]')?.textContent ?? '',
    );
  }

  /** Reads the reflection, its recording row and its media row, bypassing the app's code. */
  async readStored(databaseName: string, reflectionId: string): Promise<StoredReflection> {
    return this.page.evaluate(
      async (name, id) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          // No version: open whatever version the app created, never upgrade it.
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const get = (store: string, key: unknown) =>
          new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
            if (typeof key !== 'string') return resolve(undefined);
            const request = db.transaction(store).objectStore(store).get(key);
            request.onsuccess = () => resolve(request.result as Record<string, unknown>);
            request.onerror = () => reject(request.error);
          });
        try {
          const reflection = await get('reflections', id);
          if (!reflection) throw new Error(`No reflection ${id}`);
          const recording = await get('recordings', reflection.recordingId);
          const media = await get('media', reflection.mediaId);
          // Kept on the window for readMediaBase64Slice: a Blob cannot cross BiDi.
          (window as { plpTestBlob?: Blob }).plpTestBlob = media?.blob as Blob | undefined;
          return {
            reflection: reflection as unknown as StoredReflection['reflection'],
            recording: recording
              ? {
                  mimeType: String(recording.mimeType),
                  chunkCount: Number(recording.chunkCount),
                  bytes: Number(recording.bytes),
                }
              : null,
            media: media
              ? { mimeType: String(media.mimeType), size: (media.blob as Blob).size }
              : null,
          };
        } finally {
          db.close();
        }
      },
      databaseName,
      reflectionId,
    );
  }

  /** The bytes of the media blob that readStored found, fetched in base64 slices. */
  async readMediaBytes(size: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (let start = 0; start < size; start += SLICE_BYTES) {
      const base64 = await this.page.evaluate(
        async (from, to) => {
          const blob = (window as { plpTestBlob?: Blob }).plpTestBlob;
          if (!blob) throw new Error('readStored found no media blob');
          const bytes = new Uint8Array(await blob.slice(from, to).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return btoa(binary);
        },
        start,
        start + SLICE_BYTES,
      );
      parts.push(Buffer.from(base64, 'base64'));
    }
    return Buffer.concat(parts);
  }

  /** Any failure notice or error the page shows, for a useful test failure message. */
  private async visibleProblem(): Promise<string> {
    return this.page
      .evaluate(() =>
        [
          ...document.querySelectorAll(
            // "Starting…" still on the button means getDisplayMedia never answered.
            '[data-testid="record-failure"], [role="alert"], [data-testid="recording-indicator"], [data-testid="record-start"]',
          ),
        ]
          .map((el) => `${el.getAttribute('data-testid') ?? el.tagName}: ${el.textContent?.trim()}`)
          .join(' | '),
      )
      .catch(() => '(page not readable)');
  }
}
