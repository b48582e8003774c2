import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteForever,
  emptyExpiredTrash,
  moveToTrash,
  restoreFromTrash,
  trashExpiresAt,
  TRASH_DAYS,
} from '@/lib/library/trash';
import { saveClip } from '@/lib/clip/saveClip';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';
import { clip, DAY_MS, ev, mediaRow, recordingRow, reflectionRow, rf } from './libraryFixtures';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

/** A screenshot clip with a main image, a thumbnail and one extra part: three media rows. */
async function screenshotClip(newId: () => string) {
  const image = () => ({ blob: new Blob(['png']), mimeType: 'image/png' });
  return saveClip(
    db,
    {
      kind: 'fullpage',
      source: 'popup',
      title: 'Long page',
      note: 'My research notes',
      url: 'https://example.org/long',
      capturedAt: 1,
      goalIds: ['g1'],
      skillIds: ['s1'],
      contentHash: 'h',
      main: image(),
      extra: [image()],
      thumbnail: image(),
    },
    { now: () => 1, newId },
  );
}

/** A recorded reflection with its video, poster, raw recording media and chunks. */
async function recordedReflection(id: string) {
  const recordingId = `rec-${id}`;
  await db.reflections.add(
    reflectionRow(id, {
      kind: 'recorded',
      recordingId,
      mediaId: `${id}-video`,
      posterMediaId: `${id}-poster`,
      note: 'Explaining my robot',
      goalIds: ['g1'],
    }),
  );
  await db.recordings.add(recordingRow(recordingId, id));
  await db.media.bulkAdd([
    mediaRow(`${id}-video`, id),
    mediaRow(`${id}-poster`, id),
    mediaRow(`${id}-raw`, recordingId),
  ]);
  await db.recordingChunks.bulkAdd(
    [0, 1].map((seq) => ({
      recordingId,
      seq,
      blob: new Blob(['c']),
      size: 1,
      recordedAt: seq,
    })),
  );
}

describe('moveToTrash and restoreFromTrash', () => {
  it('stamps deletedAt on clips and reflections and touches nothing else', async () => {
    const deps = testDeps();
    const saved = await screenshotClip(deps.newId);
    await recordedReflection('r1');
    const clipBefore = await db.evidence.get(saved.id);
    const reflectionBefore = await db.reflections.get('r1');
    const mediaBefore = await db.media.toCollection().primaryKeys();

    await moveToTrash(db, [ev(saved.id), rf('r1')], () => 5000);

    expect(await db.evidence.get(saved.id)).toEqual({ ...clipBefore, deletedAt: 5000 });
    expect(await db.reflections.get('r1')).toEqual({ ...reflectionBefore, deletedAt: 5000 });
    expect(await db.media.toCollection().primaryKeys()).toEqual(mediaBefore);
    expect(await db.recordingChunks.count()).toBe(2);
  });

  it('restores items exactly as they were, tags, notes and media included', async () => {
    const deps = testDeps();
    const saved = await screenshotClip(deps.newId);
    await recordedReflection('r1');
    const clipBefore = await db.evidence.get(saved.id);
    const reflectionBefore = await db.reflections.get('r1');

    await moveToTrash(db, [ev(saved.id), rf('r1')], () => 5000);
    await restoreFromTrash(db, [ev(saved.id), rf('r1')]);

    expect(await db.evidence.get(saved.id)).toEqual(clipBefore);
    expect(await db.reflections.get('r1')).toEqual(reflectionBefore);
    expect(await db.media.count()).toBe(6);
    expect(await db.evidence.where('deletedAt').above(0).count()).toBe(0);
  });

  it('only moves the items asked for', async () => {
    await addEvidence(db, [clip('a'), clip('b')]);
    await db.reflections.bulkAdd([reflectionRow('a'), reflectionRow('c')]);
    // Same id in the other table: the table decides which item it is.
    await moveToTrash(db, [ev('a'), rf('c')], () => 7);
    expect(await db.evidence.where('deletedAt').above(0).primaryKeys()).toEqual(['a']);
    expect(await db.reflections.where('deletedAt').above(0).primaryKeys()).toEqual(['c']);
  });
});

describe('deleteForever', () => {
  it("deletes a clip with every media row it owns, leaving other clips' media", async () => {
    const deps = testDeps();
    const gone = await screenshotClip(deps.newId);
    const kept = await screenshotClip(deps.newId);
    await deleteForever(db, [ev(gone.id)]);
    expect(await db.evidence.toCollection().primaryKeys()).toEqual([kept.id]);
    const owners = (await db.media.toArray()).map((media) => media.ownerId);
    expect(owners).toEqual([kept.id, kept.id, kept.id]);
  });

  it("deletes a reflection's video, poster, recording and chunks, leaving others'", async () => {
    await recordedReflection('r1');
    await recordedReflection('r2');
    await deleteForever(db, [rf('r1')]);
    expect(await db.reflections.toCollection().primaryKeys()).toEqual(['r2']);
    expect(await db.recordings.toCollection().primaryKeys()).toEqual(['rec-r2']);
    expect((await db.media.toCollection().primaryKeys()).sort()).toEqual([
      'r2-poster',
      'r2-raw',
      'r2-video',
    ]);
    expect((await db.recordingChunks.toArray()).map((c) => c.recordingId)).toEqual([
      'rec-r2',
      'rec-r2',
    ]);
  });

  it('deletes clips and reflections together', async () => {
    await addEvidence(db, [clip('a'), clip('b')]);
    await recordedReflection('r1');
    await deleteForever(db, [ev('a'), rf('r1')]);
    expect(await db.evidence.toCollection().primaryKeys()).toEqual(['b']);
    expect(await db.reflections.count()).toBe(0);
    expect(await db.media.count()).toBe(0);
  });
});

describe('emptyExpiredTrash', () => {
  const NOW = 100 * DAY_MS;
  const EXPIRY = TRASH_DAYS * DAY_MS;

  it(`deletes only what has been in the trash for ${TRASH_DAYS} days or more`, async () => {
    await addEvidence(db, [clip('expired'), clip('long-expired'), clip('recent'), clip('live')]);
    await db.reflections.bulkAdd([reflectionRow('r-expired'), reflectionRow('r-recent')]);
    await moveToTrash(db, [ev('long-expired')], () => NOW - EXPIRY - DAY_MS);
    await moveToTrash(db, [ev('expired'), rf('r-expired')], () => NOW - EXPIRY);
    await moveToTrash(db, [ev('recent'), rf('r-recent')], () => NOW - EXPIRY + 1);

    expect(await emptyExpiredTrash(db, () => NOW)).toBe(3);

    expect((await db.evidence.toCollection().primaryKeys()).sort()).toEqual(['live', 'recent']);
    expect(await db.reflections.toCollection().primaryKeys()).toEqual(['r-recent']);
  });

  it("deletes an expired item's media too", async () => {
    const saved = await screenshotClip(testDeps().newId);
    await recordedReflection('r1');
    await moveToTrash(db, [ev(saved.id), rf('r1')], () => NOW - EXPIRY);
    expect(await emptyExpiredTrash(db, () => NOW)).toBe(2);
    expect(await db.media.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
  });

  it('does nothing when nothing has expired', async () => {
    await addEvidence(db, [clip('a')]);
    expect(await emptyExpiredTrash(db, () => NOW)).toBe(0);
    expect(await db.evidence.count()).toBe(1);
  });

  it('says when a trashed item will be deleted for good', () => {
    expect(trashExpiresAt(1000)).toBe(1000 + EXPIRY);
  });
});
