import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { importBundle } from '@/lib/import/importBundle';
import { exportBundle, seedLibrary } from '../export/bundleTestKit';
import { snapshotDb } from './importTestKit';

describe('bundle round trip', () => {
  it('export, wipe, import: identical records and identical media bytes', async () => {
    const source = freshDb();
    await seedLibrary(source);
    const before = await snapshotDb(source);
    const { blob } = await exportBundle(source);

    const target = freshDb();
    const result = await importBundle(target, blob);
    const after = await snapshotDb(target);

    // The trashed clip (e4) and its image (m4) are never exported.
    const live = {
      ...before,
      evidence: before.evidence.filter((item) => item.id !== 'e4'),
      media: before.media.filter((row) => row.id !== 'm4'),
    };
    expect(after).toEqual(live);
    expect(after.evidence.find((e) => e.id === 'e2')?.searchWords).toContain('lava');
    // Default skills already exist in a new database: identical, so skipped.
    expect(result.byTable.skills.added).toBe(0);
    expect(result).toMatchObject({ added: 7, updated: 0 });
    expect(result.byTable.media).toEqual({ added: 6, updated: 0, skipped: 0 });
  });

  it('importing the same bundle twice adds nothing the second time', async () => {
    const source = freshDb();
    await seedLibrary(source);
    const { blob } = await exportBundle(source);
    const target = freshDb();
    await importBundle(target, blob);
    const once = await snapshotDb(target);
    const again = await importBundle(target, blob);
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(again.byTable.media).toEqual({ added: 0, updated: 0, skipped: 6 });
    expect(await snapshotDb(target)).toEqual(once);
  });

  it('a goal-scoped bundle restores into the database it came from without changes', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const before = await snapshotDb(db);
    const { blob } = await exportBundle(db, { kind: 'goals', goalIds: ['g1'] });
    const result = await importBundle(db, blob);
    expect(result).toMatchObject({ added: 0, updated: 0 });
    expect(await snapshotDb(db)).toEqual(before);
  });
});
