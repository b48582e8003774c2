import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { importBundle } from '@/lib/import/importBundle';
import { validateBundle } from '@/lib/import/validateBundle';
import { restoreBundle } from '@/lib/import/restoreBundle';
import { DAY, T0, exportBundle, goalRow, mediaOf, seedLibrary } from '../export/bundleTestKit';
import { snapshotDb } from './importTestKit';

async function seededBundle() {
  const source = freshDb();
  await seedLibrary(source);
  return exportBundle(source);
}

describe('restoreBundle merge rules', () => {
  it('a newer bundle copy replaces the stored one; search words follow the new text', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await importBundle(db, blob);
    await db.evidence.update('e2', { title: 'Old stored title', updatedAt: T0 - DAY });
    const result = await importBundle(db, blob);
    expect(result.byTable.evidence).toEqual({ added: 0, updated: 1, skipped: 2 });
    const e2 = await db.evidence.get('e2');
    expect(e2?.title).toBe('Lava flows');
    expect(e2?.searchWords).toContain('lava');
    expect(e2?.searchWords).not.toContain('old');
    expect(e2?.sortTitle).toBe('lava flows');
  });

  it('a newer stored copy is kept, and so is the stored one on a tie', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await importBundle(db, blob);
    await db.goals.update('g1', { title: 'Edited since', updatedAt: T0 + 20 * DAY });
    await db.goals.update('g2', { description: 'Same time, other words' });
    const result = await importBundle(db, blob);
    expect(result.byTable.goals).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect((await db.goals.get('g1'))?.title).toBe('Edited since');
    expect((await db.goals.get('g2'))?.description).toBe('Same time, other words');
  });

  it('a stored skill always wins (skills have no updatedAt)', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await db.skills.update('vt-communication', { name: 'Speaking up' });
    await importBundle(db, blob);
    expect((await db.skills.get('vt-communication'))?.name).toBe('Speaking up');
  });

  it('an item trashed since export stays in the trash unless the bundle copy is newer', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await importBundle(db, blob);
    await db.evidence.update('e1', { deletedAt: T0 + 30 * DAY });
    await importBundle(db, blob);
    expect((await db.evidence.get('e1'))?.deletedAt).toBe(T0 + 30 * DAY);
    await db.evidence.update('e1', { note: 'older', updatedAt: T0 - DAY });
    await importBundle(db, blob);
    expect(await db.evidence.get('e1')).toMatchObject({ deletedAt: null, note: 'Why e1 matters' });
  });

  it('a replaced item drops the media files it no longer uses; a skipped one gains missing files', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await importBundle(db, blob);
    // The stored e1 is older and has an extra file the bundle copy doesn't use.
    await db.evidence.update('e1', { updatedAt: T0 - DAY, note: 'older' });
    await db.media.add(mediaOf('stray', 'e1', 'image/png', 'stray'));
    // The stored r2 lost its poster.
    await db.media.delete('v1p');
    const result = await importBundle(db, blob);
    expect(await db.media.get('stray')).toBeUndefined();
    expect(await db.media.get('v1p')).toBeDefined();
    expect(result.byTable.media).toEqual({ added: 1, updated: 3, skipped: 2 });
  });

  it('rolls everything back when one write fails, leaving the database as it was', async () => {
    const { blob } = await seededBundle();
    const db = freshDb();
    await db.goals.add(goalRow('mine', { title: 'My own goal' }));
    const before = await snapshotDb(db);
    const bundle = await validateBundle(blob);
    // The last table written is media: fail there, after goals and evidence went in.
    db.media.hook('creating', (key) => {
      if (key === 'v1p') throw new Error('disk full');
    });
    await expect(restoreBundle(db, bundle)).rejects.toThrow('disk full');
    expect(await snapshotDb(db)).toEqual(before);
  });
});
