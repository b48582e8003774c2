import type { Page } from '@playwright/test';

/** The tables a student's portfolio lives in, counted before and after a fault. */
export const COUNTED_STORES = ['goals', 'evidence', 'reflections', 'media'] as const;
export type CountedStore = (typeof COUNTED_STORES)[number];
export type ItemCounts = Record<CountedStore, number>;

export interface DataSnapshot {
  counts: ItemCounts;
  /** SHA-256 of every record, keyed `store:id` (blobs stand in as their own SHA-256). */
  records: Record<string, string>;
  /** Every media blob by media id: its SHA-256 and size in bytes. */
  media: Record<string, { sha256: string; size: number }>;
}

/**
 * Reads the extension's database with raw IndexedDB from an extension page
 * (never through the app, so a fault in the app's data layer cannot hide a
 * loss) and hashes every record and media blob inside the browser: the bytes
 * never cross to the test. An absent database reads as empty.
 */
export async function snapshotExtensionData(page: Page): Promise<DataSnapshot> {
  return page.evaluate(async (stores) => {
    const hex = async (data: BufferSource) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', data))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
    });
    const snapshot = {
      counts: Object.fromEntries(stores.map((s) => [s, 0])) as Record<string, number>,
      records: {} as Record<string, string>,
      media: {} as Record<string, { sha256: string; size: number }>,
    };
    if (!db) return snapshot;
    try {
      for (const store of stores) {
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        });
        snapshot.counts[store] = rows.length;
        for (const row of rows) {
          const fields: [string, unknown][] = [];
          for (const [key, value] of Object.entries(row)) {
            if (!(value instanceof Blob)) {
              fields.push([key, value]);
              continue;
            }
            // A blob whose file on disk is damaged can't be read: that is a state too.
            const sha256 = await value
              .arrayBuffer()
              .then(hex, (error: Error) => `unreadable:${error.name}`);
            fields.push([key, `blob:${sha256}`]);
            if (store === 'media') snapshot.media[String(row.id)] = { sha256, size: value.size };
          }
          const json = JSON.stringify(fields);
          snapshot.records[`${store}:${String(row.id)}`] = await hex(
            new TextEncoder().encode(json),
          );
        }
      }
      return snapshot;
    } finally {
      db.close();
    }
  }, COUNTED_STORES) as Promise<DataSnapshot>;
}

/** Bytes of media that were there before and are missing or different after. */
export function lostMediaBytes(before: DataSnapshot, after: DataSnapshot): number {
  let lost = 0;
  for (const [id, blob] of Object.entries(before.media)) {
    if (after.media[id]?.sha256 !== blob.sha256) lost += blob.size;
  }
  return lost;
}

/** Records (`store:id`) that were there before and are gone after. */
export function missingRecords(before: DataSnapshot, after: DataSnapshot): string[] {
  return Object.keys(before.records).filter((key) => !(key in after.records));
}
