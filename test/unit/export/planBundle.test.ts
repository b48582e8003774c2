import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { planBundle } from '@/lib/export/bundle/planBundle';
import { DAY, goalRow, seedLibrary, T0 } from './bundleTestKit';
import { reflectionRow } from '../library/libraryFixtures';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('planBundle', () => {
  it('takes everything live, never the trash, with every goal and skill', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    expect(ids(plan.evidence)).toEqual(['e1', 'e2', 'e3']);
    expect(ids(plan.reflections)).toEqual(['r1', 'r2']);
    expect(ids(plan.goals)).toEqual(['g1', 'g2']);
    expect(plan.skills.length).toBe(await db.skills.count());
    expect(ids(plan.media)).toEqual(['m1', 'm1p', 'm1t', 'm2', 'v1', 'v1p']);
    expect(plan.scope).toEqual({ kind: 'everything', description: 'Everything in PLP Companion' });
    expect(plan.mediaBytes).toBe(plan.media.reduce((sum, m) => sum + m.size, 0));
  });

  it('leaves out derived search fields and the trash marker', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    for (const item of [...plan.evidence, ...plan.reflections]) {
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['searchWords']));
      expect(item).not.toHaveProperty('sortTitle');
      expect(item).not.toHaveProperty('deletedAt');
    }
  });

  it('by goal: the goal items plus every goal and skill they point at', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'goals', goalIds: ['g2'] });
    expect(ids(plan.evidence)).toEqual(['e2']);
    expect(ids(plan.reflections)).toEqual(['r2']);
    // e2 is tagged g2 and g1, so g1 comes along to keep the link.
    expect(ids(plan.goals)).toEqual(['g1', 'g2']);
    expect(ids(plan.skills)).toEqual(['vt-communication', 'vt-self-direction']);
    expect(plan.scope.description).toBe('Goals: CON');
  });

  it('by dates: inclusive bounds on capture and creation time', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'dates', from: T0 + DAY, to: T0 + 2 * DAY });
    expect(ids(plan.evidence)).toEqual(['e2', 'e3']);
    expect(ids(plan.reflections)).toEqual(['r2']);
    expect(plan.scope.description).toBe('From 2026-03-03 to 2026-03-04');
    const empty = await planBundle(db, { kind: 'dates', from: T0 + 9 * DAY, to: T0 });
    expect(empty.evidence).toEqual([]);
  });

  it('by library keys: exactly those items, trashed ones dropped', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, {
      kind: 'items',
      keys: [
        { table: 'evidence', id: 'e3' },
        { table: 'evidence', id: 'e4' },
        { table: 'reflections', id: 'r1' },
        { table: 'evidence', id: 'gone' },
      ],
    });
    expect(ids(plan.evidence)).toEqual(['e3']);
    expect(ids(plan.reflections)).toEqual(['r1']);
    expect(ids(plan.goals)).toEqual(['g1']);
    expect(plan.media).toEqual([]);
    expect(plan.scope.description).toBe('4 chosen items');
  });

  it('names files by first goal, day, kind and title; no goal goes to Other evidence', async () => {
    const db = freshDb();
    await seedLibrary(db);
    await db.evidence.update('e3', { mediaId: 'm3' });
    await db.media.add({
      id: 'm3',
      ownerId: 'e3',
      mimeType: 'image/png',
      size: 1,
      blob: new Blob(['x']),
      createdAt: T0,
    });
    const plan = await planBundle(db, { kind: 'everything' });
    const pathOf = (id: string) => plan.media.find((m) => m.id === id)?.path;
    expect(pathOf('m1')).toBe(
      'Become a better writer/2026-03-02 Full page - Volcano essay draft 1.png',
    );
    expect(pathOf('m1p')).toBe(
      'Become a better writer/2026-03-02 Full page - Volcano essay draft 1 - part 2.png',
    );
    expect(pathOf('m1t')).toBe(
      'Become a better writer/2026-03-02 Full page - Volcano essay draft 1 - thumbnail.webp',
    );
    expect(pathOf('m2')).toBe('_CON/2026-03-03 Article - Lava flows.html');
    expect(pathOf('m3')).toBe('Other evidence/2026-03-04 Link - No goal link.png');
    expect(plan.media.find((m) => m.id === 'v1')).toMatchObject({ role: 'video', ownerId: 'r2' });
  });

  it('numbers same-named files and reports media the database lost', async () => {
    const db = freshDb();
    await seedLibrary(db);
    await db.reflections.bulkAdd([
      reflectionRow('r3', {
        kind: 'recorded',
        title: 'My video',
        goalIds: ['g2'],
        mediaId: 'v1-copy',
        createdAt: T0 + DAY,
      }),
      reflectionRow('r4', { kind: 'recorded', title: 'Lost', mediaId: 'nowhere', createdAt: T0 }),
      reflectionRow('r5', {
        kind: 'recorded',
        title: 'Still processing',
        status: 'processing',
        createdAt: T0,
      }),
    ]);
    await db.media.add({
      id: 'v1-copy',
      ownerId: 'r3',
      mimeType: 'video/mp4',
      size: 1,
      blob: new Blob(['v']),
      createdAt: T0,
    });
    await db.goals.add(goalRow('g3', { title: 'Unused goal' }));
    const plan = await planBundle(db, { kind: 'goals', goalIds: ['g2'] });
    expect(plan.media.find((m) => m.id === 'v1-copy')?.path).toBe(
      '_CON/2026-03-03 Video reflection - My video (2).mp4',
    );
    const all = await planBundle(db, { kind: 'everything' });
    expect(all.missingMediaIds).toEqual(['nowhere']);
    expect(ids(all.reflections)).not.toContain('r5');
    expect(ids(all.goals)).toContain('g3');
  });

  it('lists reflections whose video is not made yet, leaves them out whole, never the trash', async () => {
    const db = freshDb();
    await seedLibrary(db);
    await db.reflections.bulkAdd([
      reflectionRow('r6', {
        kind: 'recorded',
        title: 'Still processing',
        status: 'processing',
        goalIds: ['g2'],
        posterMediaId: 'half-poster',
        recordingId: 'rec6',
        createdAt: T0,
      }),
      reflectionRow('r7', { kind: 'recorded', title: 'Recording', status: 'recording' }),
      reflectionRow('r8', { kind: 'recorded', title: 'Broke', status: 'failed' }),
      reflectionRow('r9', {
        kind: 'recorded',
        title: 'Trashed',
        status: 'processing',
        deletedAt: T0,
      }),
    ]);
    // A poster made part-way through must not go out without its video.
    await db.media.add({
      id: 'half-poster',
      ownerId: 'r6',
      mimeType: 'image/jpeg',
      size: 1,
      blob: new Blob(['p']),
      createdAt: T0,
    });
    const all = await planBundle(db, { kind: 'everything' });
    expect(ids(all.reflections)).toEqual(['r1', 'r2']);
    const byId = [...all.unfinishedReflections].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId).toEqual([
      { id: 'r6', title: 'Still processing', status: 'processing' },
      { id: 'r7', title: 'Recording', status: 'recording' },
      { id: 'r8', title: 'Broke', status: 'failed' },
    ]);
    expect(all.media.map((m) => m.ownerId)).not.toContain('r6');
    expect(all.missingMediaIds).toEqual([]);

    const byGoal = await planBundle(db, { kind: 'goals', goalIds: ['g2'] });
    expect(byGoal.unfinishedReflections.map((r) => r.id)).toEqual(['r6']);
    const finished = await planBundle(db, {
      kind: 'items',
      keys: [{ table: 'reflections', id: 'r1' }],
    });
    expect(finished.unfinishedReflections).toEqual([]);
  });
});
