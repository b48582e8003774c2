import { describe, expect, it } from 'vitest';
import { saveClip, type ClipMedia } from '@/lib/clip/saveClip';
import { discardEvidence } from '@/lib/evidence/editEvidence';
import type { PlpDatabase } from '@/lib/db/schema';
import {
  largestEvidence,
  mediaBytesByOwner,
  readStorageSummary,
  requestPersistentStorage,
  type StorageManagerLike,
} from '@/lib/storage/storageUsage';
import { freshDb, testDeps } from '../testDb';

const bytes = (n: number, mimeType = 'image/webp'): ClipMedia => ({
  blob: new Blob([new Uint8Array(n)]),
  mimeType,
});

type Deps = ReturnType<typeof testDeps>;

async function clip(
  db: PlpDatabase,
  deps: Deps,
  title: string,
  sizes: { main?: number; thumbnail?: number; parts?: number[] },
) {
  return saveClip(
    db,
    {
      kind: sizes.parts ? 'fullpage' : 'visible',
      source: 'popup',
      title,
      note: '',
      url: `https://example.org/${encodeURIComponent(title)}`,
      capturedAt: 1_700_000_000_000,
      goalIds: [],
      skillIds: [],
      contentHash: title,
      pageTitle: title,
      main: sizes.main === undefined ? null : bytes(sizes.main),
      thumbnail: sizes.thumbnail === undefined ? null : bytes(sizes.thumbnail),
      extra: (sizes.parts ?? []).map((n) => bytes(n)),
    },
    deps,
  );
}

describe('mediaBytesByOwner', () => {
  it('sums every media row of each owner, across pages of rows', async () => {
    const db = freshDb();
    const deps = testDeps();
    const a = await clip(db, deps, 'A', { main: 100, thumbnail: 10, parts: [50, 40] });
    const b = await clip(db, deps, 'B', { main: 7 });
    await clip(db, deps, 'Link', {});
    // A page size of 2 forces several pages over the 5 rows.
    const totals = await mediaBytesByOwner(db, 2);
    expect(Object.fromEntries(totals)).toEqual({ [a.id]: 200, [b.id]: 7 });
    expect(await mediaBytesByOwner(db)).toEqual(totals);
  });

  it('is empty for an empty database', async () => {
    expect((await mediaBytesByOwner(freshDb())).size).toBe(0);
  });
});

describe('largestEvidence', () => {
  it('lists the 5 largest clips, largest first, with title, kind, date and size', async () => {
    const db = freshDb();
    const deps = testDeps();
    const sizes = [30, 500, 10, 250, 90, 1000, 60];
    for (const [i, size] of sizes.entries())
      await clip(db, deps, `Clip ${i}`, { main: size, thumbnail: 1 });
    const items = await largestEvidence(db);
    expect(items.map((item) => [item.title, item.bytes])).toEqual([
      ['Clip 5', 1001],
      ['Clip 1', 501],
      ['Clip 3', 251],
      ['Clip 4', 91],
      ['Clip 6', 61],
    ]);
    expect(items[0]).toMatchObject({
      kind: 'visible',
      capturedAt: 1_700_000_000_000,
      hasSavedCopy: true,
    });
  });

  it('skips media owners that are not clips, and still fills the list', async () => {
    const db = freshDb();
    const deps = testDeps();
    const small = await clip(db, deps, 'Small', { main: 5 });
    // A recorded reflection's media and an orphan are larger than any clip.
    await db.media.bulkAdd([
      {
        id: 'm-r',
        ownerId: 'reflection-1',
        mimeType: 'audio/webm',
        size: 9000,
        blob: new Blob([]),
        createdAt: 1,
      },
      {
        id: 'm-o',
        ownerId: 'gone',
        mimeType: 'image/png',
        size: 8000,
        blob: new Blob([]),
        createdAt: 1,
      },
    ]);
    const items = await largestEvidence(db, 1);
    expect(items.map((item) => item.id)).toEqual([small.id]);
  });

  it('updates after a clip and all its media are deleted', async () => {
    const db = freshDb();
    const deps = testDeps();
    const big = await clip(db, deps, 'Big', { main: 900, thumbnail: 9, parts: [400] });
    const other = await clip(db, deps, 'Other', { main: 20 });
    expect((await largestEvidence(db)).map((item) => item.id)).toEqual([big.id, other.id]);
    await discardEvidence(db, big.id);
    expect((await largestEvidence(db)).map((item) => item.id)).toEqual([other.id]);
    expect(await db.media.where('ownerId').equals(big.id).count()).toBe(0);
  });

  it('lists a clip without a main copy as having no saved copy to open', async () => {
    const db = freshDb();
    const deps = testDeps();
    await clip(db, deps, 'Thumb only', { thumbnail: 3 });
    expect(await largestEvidence(db)).toMatchObject([{ bytes: 3, hasSavedCopy: false }]);
  });
});

describe('readStorageSummary', () => {
  it('reports usage, quota, free space, Chromium details and persistence', async () => {
    const storage: StorageManagerLike = {
      estimate: () =>
        Promise.resolve({
          usage: 1_000,
          quota: 5_000,
          usageDetails: { indexedDB: 900, caches: 100 },
        }),
      persisted: () => Promise.resolve(false),
    };
    expect(await readStorageSummary(storage)).toEqual({
      usage: 1_000,
      quota: 5_000,
      free: 4_000,
      usageDetails: { indexedDB: 900, caches: 100 },
      persisted: false,
    });
  });

  it('says "unknown" for what the browser lacks or refuses, without failing', async () => {
    expect(await readStorageSummary(undefined)).toEqual({
      usage: null,
      quota: null,
      free: null,
      usageDetails: null,
      persisted: null,
    });
    const failing: StorageManagerLike = {
      estimate: () => Promise.reject(new Error('private window')),
      persisted: () => Promise.resolve(true),
    };
    expect(await readStorageSummary(failing)).toMatchObject({ usage: null, persisted: true });
  });

  it('never reports negative free space', async () => {
    const storage: StorageManagerLike = {
      estimate: () => Promise.resolve({ usage: 6_000, quota: 5_000 }),
    };
    expect(await readStorageSummary(storage)).toMatchObject({ free: 0, usageDetails: null });
  });
});

describe('requestPersistentStorage', () => {
  it('reports what the browser answered', async () => {
    expect(await requestPersistentStorage({ persist: () => Promise.resolve(true) })).toBe(
      'granted',
    );
    expect(await requestPersistentStorage({ persist: () => Promise.resolve(false) })).toBe(
      'refused',
    );
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('x')) })).toBe(
      'failed',
    );
  });
});
