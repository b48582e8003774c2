import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { planBundle } from '@/lib/export/bundle/planBundle';
import { MissingMediaError } from '@/lib/export/bundle/writeBundle';
import { writeBundleToBlob } from '@/lib/export/writeBundleToBlob';
import { BlobReader, ZipReader } from '@/lib/export/bundle/zipLibrary';
import { DAY, seedLibrary, T0, TEST_APP } from './bundleTestKit';

const options = { now: () => T0 + 10 * DAY, app: TEST_APP };

describe('writeBundleToBlob', () => {
  it('collects the streamed ZIP into a Blob that ends with the manifest', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    const blob = await writeBundleToBlob(db, plan, options);
    expect(blob.type).toBe('application/zip');
    const entries = await new ZipReader(new BlobReader(blob)).getEntries();
    expect(entries.map((e) => e.filename)).toContain('manifest.json');
  });

  it("rejects with writeBundle's own error", async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    await db.media.delete(plan.media[0]!.id);
    await expect(writeBundleToBlob(db, plan, options)).rejects.toBeInstanceOf(MissingMediaError);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeBundleToBlob(db, plan, { ...options, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
