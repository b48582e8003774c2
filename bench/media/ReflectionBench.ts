import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import type { ExtensionSession } from '../launchExtension';
import { KEEP_NAMES_SHIM } from '../ClipBench';
import type { ScreenRecordingInput } from './screenRecordingInputs';

declare const chrome: typeof wxtBrowser & {
  offscreen: { createDocument(options: object): Promise<void> };
};

const SLICE_BYTES = 4 * 1024 * 1024;

export interface ProcessedReflection {
  /** From the process request until the reflection reads "ready" (polled every 25 ms). */
  ms: number;
  status: string;
  failure: string | null;
  durationMs: number | null;
  outputBytes: number;
}

/**
 * Drives the product's real processing: a stopped recording is stored as
 * 1-second chunks exactly as the recorder writes them, then the offscreen
 * document gets the same `recorderProcess` message the dashboard sends.
 */
export class ReflectionBench {
  private constructor(readonly page: Page) {}

  static async open(extension: ExtensionSession): Promise<ReflectionBench> {
    // The dashboard creates the database; the offscreen document is the real host.
    const page = await extension.openPage('dashboard.html');
    await page.evaluate(KEEP_NAMES_SHIM);
    await page.getByRole('heading', { name: 'My goals' }).waitFor();
    await page.evaluate(async () => {
      const url = chrome.runtime.getURL('/offscreen.html');
      const contexts = await (
        chrome.runtime as unknown as { getContexts(f: object): Promise<unknown[]> }
      ).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
      if (contexts.length === 0) {
        await chrome.offscreen.createDocument({
          url: 'offscreen.html',
          reasons: ['USER_MEDIA', 'DISPLAY_MEDIA', 'WORKERS'],
          justification: 'benchmark',
        });
      }
    });
    return new ReflectionBench(page);
  }

  /** Stores `input` as a stopped recording of 1-second chunks; returns the reflection id. */
  async seedRecording(input: ScreenRecordingInput): Promise<string> {
    const bytes = readFileSync(input.path);
    await this.page.evaluate(() => ((globalThis as { __parts?: Blob[] }).__parts = []));
    for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
      const base64 = bytes.subarray(offset, offset + SLICE_BYTES).toString('base64');
      await this.page.evaluate((data) => {
        const binary = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        (globalThis as unknown as { __parts: Blob[] }).__parts.push(new Blob([binary]));
      }, base64);
    }
    return this.page.evaluate(
      async ({ mimeType, seconds }) => {
        const whole = new Blob((globalThis as unknown as { __parts: Blob[] }).__parts);
        const id = crypto.randomUUID();
        const now = Date.now();
        const perChunk = Math.ceil(whole.size / seconds);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('plp-companion');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['reflections', 'recordings', 'recordingChunks'], 'readwrite', {
          durability: 'strict',
        });
        tx.objectStore('reflections').put({
          id,
          kind: 'recorded',
          title: 'Benchmark reflection',
          note: '',
          goalIds: [],
          skillIds: [],
          recordingId: id,
          mediaId: null,
          createdAt: now,
          updatedAt: now,
          status: 'processing',
          durationMs: null,
          posterMediaId: null,
          failure: null,
          processing: null,
          prompts: [],
        });
        let seq = 0;
        for (let offset = 0; offset < whole.size; offset += perChunk, seq++) {
          const blob = whole.slice(offset, offset + perChunk);
          tx.objectStore('recordingChunks').put({
            recordingId: id,
            seq,
            blob,
            size: blob.size,
            recordedAt: now - (seconds - seq) * 1000,
          });
        }
        tx.objectStore('recordings').put({
          id,
          reflectionId: id,
          status: 'stopped',
          source: 'screen',
          microphone: true,
          webcam: false,
          fps: 15,
          mimeType,
          createdAt: now - seconds * 1000,
          countdownEndsAt: null,
          startedAt: now - seconds * 1000,
          pausedAt: null,
          pausedTotalMs: 0,
          endedAt: now,
          heartbeatAt: now,
          chunkCount: seq,
          bytes: whole.size,
          maxMs: 7_200_000,
          stopReason: 'student',
          error: null,
        });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        (globalThis as { __parts?: Blob[] }).__parts = [];
        return id;
      },
      { mimeType: input.mimeType, seconds: input.seconds },
    );
  }

  /** Sends recorderProcess and waits for the reflection to be ready or failed. */
  async process(reflectionId: string, mode: 'auto' | 'smaller'): Promise<ProcessedReflection> {
    return this.page.evaluate(
      async ({ id, processMode }) => {
        const read = async () => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('plp-companion');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const get = (store: string, key: string) =>
            new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
              const request = db.transaction(store).objectStore(store).get(key);
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            });
          const reflection = (await get('reflections', id))!;
          const media = reflection.mediaId ? await get('media', String(reflection.mediaId)) : null;
          db.close();
          return { reflection, outputBytes: (media?.blob as Blob | undefined)?.size ?? 0 };
        };
        const start = performance.now();
        const reply = (await chrome.runtime.sendMessage({
          id: Date.now(),
          type: 'recorderProcess',
          data: { reflectionId: id, mode: processMode, trim: null },
          timestamp: Date.now(),
        })) as { err?: { message?: string } } | undefined;
        if (reply?.err) throw new Error(`recorderProcess rejected: ${reply.err.message}`);
        // "processing" is also the status before the host picks the job up.
        for (;;) {
          const { reflection, outputBytes } = await read();
          const done =
            reflection.status === 'failed' ||
            (reflection.status === 'ready' && reflection.processing === null);
          if (done) {
            return {
              ms: performance.now() - start,
              status: String(reflection.status),
              failure: (reflection.failure as string | null) ?? null,
              durationMs: (reflection.durationMs as number | null) ?? null,
              outputBytes,
            };
          }
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      { id: reflectionId, processMode: mode },
    );
  }

  /** Copies the reflection's stored video to `path` (in 4 MB base64 slices). */
  async saveVideo(reflectionId: string, path: string): Promise<void> {
    const size = await this.page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('plp-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const get = (store: string, key: string) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const reflection = (await get('reflections', id))!;
      const media = (await get('media', String(reflection.mediaId)))!;
      db.close();
      (globalThis as { __video?: Blob }).__video = media.blob as Blob;
      return (media.blob as Blob).size;
    }, reflectionId);
    const parts: Buffer[] = [];
    for (let offset = 0; offset < size; offset += SLICE_BYTES) {
      const base64 = await this.page.evaluate(
        async ({ start, end }) => {
          const blob = (globalThis as unknown as { __video: Blob }).__video.slice(start, end);
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          return btoa(binary);
        },
        { start: offset, end: offset + SLICE_BYTES },
      );
      parts.push(Buffer.from(base64, 'base64'));
    }
    writeFileSync(path, Buffer.concat(parts));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
