import { mkdtempSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Bytes per page.evaluate: big enough to be quick, small enough for the CDP message limit. */
const TRANSFER_CHUNK_BYTES = 4 * 1024 * 1024;
const DB_NAME = 'plp-companion';

export interface SavedMedia {
  /** Where the bytes were written on this machine. */
  path: string;
  size: number;
  mimeType: string;
}

/** Where a blob sits, found inside the page; `staged` names it on `window.__plpE2eBlobs`. */
type Located = { staged: string; size: number; mimeType: string } | { missing: string };

/**
 * Saves the finished video of a reflection (reflections.mediaId → media.blob)
 * to a file, read with raw IndexedDB in `page`, which must be an extension page
 * (same origin as the database). Throws when the reflection has no video yet.
 * Without `file` it goes to a fresh temp folder; pass testInfo.outputPath('video.mp4')
 * to keep it with the test's results.
 */
export async function readReflectionVideo(
  page: Page,
  reflectionId: string,
  file?: string,
): Promise<SavedMedia & { mediaId: string }> {
  const located = (await page.evaluate(
    async ({ dbName, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        // Never create the app's database here: Dexie must make it with its schema.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open ${dbName}: ${request.error?.name}`));
      });
      const get = (store: string, key: IDBValidKey) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as Record<string, unknown>);
          request.onerror = () => reject(request.error);
        });
      try {
        const reflection = await get('reflections', id);
        if (!reflection) return { missing: `no reflection ${id}` };
        const mediaId = reflection.mediaId;
        if (typeof mediaId !== 'string') return { missing: `reflection ${id} has no mediaId yet` };
        const media = await get('media', mediaId);
        if (!media) return { missing: `no media row ${mediaId}` };
        const blob = media.blob as Blob;
        const w = window as unknown as { __plpE2eBlobs?: Map<string, Blob> };
        const key = crypto.randomUUID();
        (w.__plpE2eBlobs ??= new Map()).set(key, blob);
        return { staged: key, size: blob.size, mimeType: String(media.mimeType), mediaId };
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, id: reflectionId },
  )) as Located & { mediaId?: string };
  if ('missing' in located) throw new Error(`readReflectionVideo: ${located.missing}`);
  const target = file ?? tempFileFor(`reflection-${reflectionId}`, located.mimeType);
  await transferStagedBlob(page, located.staged, located.size, target);
  return {
    path: target,
    size: located.size,
    mimeType: located.mimeType,
    mediaId: located.mediaId!,
  };
}

/**
 * Saves a recording's raw chunks (recordingChunks rows of `recordingId`, in
 * seq order, concatenated) to a file: what recovery or processing would read.
 * The mime type is the recording row's (what MediaRecorder produced).
 */
export async function readRecordingChunksToFile(
  page: Page,
  recordingId: string,
  file?: string,
): Promise<SavedMedia & { chunkCount: number; seqs: number[] }> {
  const located = (await page.evaluate(
    async ({ dbName, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open ${dbName}: ${request.error?.name}`));
      });
      const read = <T>(store: string, query: IDBValidKey | IDBKeyRange, all: boolean) =>
        new Promise<T>((resolve, reject) => {
          const source = db.transaction(store).objectStore(store);
          const request = all ? source.getAll(query) : source.get(query);
          request.onsuccess = () => resolve(request.result as T);
          request.onerror = () => reject(request.error);
        });
      try {
        const recording = await read<{ mimeType?: string } | undefined>('recordings', id, false);
        // The primary key is [recordingId+seq], so a key range returns them in seq order.
        const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
        const chunks = await read<{ seq: number; blob: Blob }[]>('recordingChunks', range, true);
        if (chunks.length === 0) return { missing: `no chunks for recording ${id}` };
        const mimeType = recording?.mimeType || chunks[0]!.blob.type;
        const blob = new Blob(
          chunks.map((chunk) => chunk.blob),
          { type: mimeType },
        );
        const w = window as unknown as { __plpE2eBlobs?: Map<string, Blob> };
        const key = crypto.randomUUID();
        (w.__plpE2eBlobs ??= new Map()).set(key, blob);
        return { staged: key, size: blob.size, mimeType, seqs: chunks.map((chunk) => chunk.seq) };
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, id: recordingId },
  )) as Located & { seqs?: number[] };
  if ('missing' in located) throw new Error(`readRecordingChunksToFile: ${located.missing}`);
  const target = file ?? tempFileFor(`recording-${recordingId}`, located.mimeType);
  await transferStagedBlob(page, located.staged, located.size, target);
  const seqs = located.seqs ?? [];
  return {
    path: target,
    size: located.size,
    mimeType: located.mimeType,
    chunkCount: seqs.length,
    seqs,
  };
}

/**
 * Copies a blob from the page to a file, TRANSFER_CHUNK_BYTES at a time as
 * base64 (page.evaluate returns JSON, and one huge string would blow the
 * protocol's message size and the page's memory on a 100 MB video), then
 * forgets the blob in the page. Exported for blobs a test stages itself on
 * `window.__plpE2eBlobs` (a Map<string, Blob>).
 */
export async function transferStagedBlob(
  page: Page,
  key: string,
  size: number,
  file: string,
): Promise<void> {
  const fd = openSync(file, 'w');
  try {
    for (let offset = 0; offset < size; offset += TRANSFER_CHUNK_BYTES) {
      const base64 = await page.evaluate(
        async ({ blobKey, start, end }) => {
          const blobs = (window as unknown as { __plpE2eBlobs: Map<string, Blob> }).__plpE2eBlobs;
          const slice = blobs.get(blobKey)!.slice(start, end);
          // FileReader's data URL is native base64: far quicker than btoa over a byte loop.
          const dataUrl = await new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as string);
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(slice);
          });
          return dataUrl.slice(dataUrl.indexOf(',') + 1);
        },
        { blobKey: key, start: offset, end: Math.min(offset + TRANSFER_CHUNK_BYTES, size) },
      );
      writeSync(fd, Buffer.from(base64, 'base64'));
    }
  } finally {
    closeSync(fd);
    await page
      .evaluate((blobKey) => {
        (window as unknown as { __plpE2eBlobs?: Map<string, Blob> }).__plpE2eBlobs?.delete(blobKey);
      }, key)
      .catch(() => undefined);
  }
}

function tempFileFor(stem: string, mimeType: string): string {
  const extension = mimeType.includes('mp4') ? 'mp4' : mimeType.includes('webm') ? 'webm' : 'bin';
  return path.join(mkdtempSync(path.join(tmpdir(), 'plp-media-')), `${stem}.${extension}`);
}
