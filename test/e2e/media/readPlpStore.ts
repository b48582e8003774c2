import type { Page } from '@playwright/test';

const DB_NAME = 'plp-companion';

/** How a Blob field is reported: its size and type, never its bytes. */
export interface BlobInfo {
  blobSize: number;
  blobType: string;
}

/**
 * Every row of one object store of the app's database, read with raw
 * IndexedDB from `page` (an extension page), so a test checks what was really
 * stored, not what the UI shows. Blob fields come back as BlobInfo (the bytes
 * stay in the browser; readReflectionVideo.ts copies media out). Returns []
 * when the database does not exist yet: this never creates it, Dexie must.
 */
export async function readPlpStore<T = Record<string, unknown>>(
  page: Page,
  store: 'recordings' | 'reflections' | 'recordingChunks' | 'media',
): Promise<T[]> {
  return (await page.evaluate(
    async ({ dbName, storeName }) => {
      const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        // An aborted upgrade: the database did not exist.
        request.onerror = () =>
          request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
      });
      if (!db) return [];
      try {
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        });
        return rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) =>
              value instanceof Blob
                ? [key, { blobSize: value.size, blobType: value.type }]
                : [key, value],
            ),
          ),
        );
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, storeName: store },
  )) as T[];
}
