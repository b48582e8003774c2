import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteReflection,
  listReflections,
  ReflectionValidationError,
  updateReflection,
} from '@/lib/reflections/reflectionsRepo';
import type { RecordingRecord, ReflectionRecord } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

const reflection = (id: string, overrides: Partial<ReflectionRecord> = {}): ReflectionRecord => ({
  id,
  kind: 'recorded',
  title: `Reflection ${id}`,
  note: '',
  goalIds: [],
  skillIds: [],
  recordingId: `rec-${id}`,
  mediaId: `${id}-video`,
  createdAt: 1000,
  updatedAt: 1000,
  status: 'ready',
  durationMs: 60_000,
  posterMediaId: `${id}-poster`,
  failure: null,
  processing: null,
  prompts: ['What did I do?'],
  searchWords: [],
  sortTitle: '',
  deletedAt: null,
  ...overrides,
});

const recording = (id: string, reflectionId: string): RecordingRecord => ({
  id,
  reflectionId,
  status: 'stopped',
  source: 'screen',
  microphone: true,
  webcam: false,
  fps: 15,
  mimeType: 'video/webm',
  createdAt: 1000,
  countdownEndsAt: null,
  startedAt: 1000,
  pausedAt: null,
  pausedTotalMs: 0,
  endedAt: 2000,
  heartbeatAt: 2000,
  chunkCount: 2,
  bytes: 20,
  maxMs: 900_000,
  stopReason: 'student',
  error: null,
});

const media = (id: string, ownerId: string) => ({
  id,
  ownerId,
  mimeType: 'video/mp4',
  size: 4,
  blob: new Blob(['abcd']),
  createdAt: 1000,
});

const chunk = (recordingId: string, seq: number) => ({
  recordingId,
  seq,
  blob: new Blob(['x']),
  size: 1,
  recordedAt: 1000 + seq,
});

describe('reflectionsRepo', () => {
  it('lists reflections newest first', async () => {
    await db.reflections.bulkAdd([
      reflection('old', { createdAt: 1 }),
      reflection('new', { createdAt: 3 }),
      reflection('mid', { createdAt: 2 }),
    ]);
    expect((await listReflections(db)).map((r) => r.id)).toEqual(['new', 'mid', 'old']);
  });

  it('leaves reflections in the trash out of the list', async () => {
    await db.reflections.bulkAdd([
      reflection('live', { createdAt: 1 }),
      reflection('trashed', { createdAt: 2, deletedAt: 50 }),
    ]);
    expect((await listReflections(db)).map((r) => r.id)).toEqual(['live']);
  });

  it('saves a cleaned title, note and tags, and nothing else', async () => {
    await db.reflections.add(reflection('r1', { status: 'processing' }));
    const saved = await updateReflection(
      db,
      'r1',
      {
        title: '  My   science fair ',
        note: ' I learned a lot. ',
        goalIds: ['g1', 'g1'],
        skillIds: ['s1'],
      },
      () => 5000,
    );
    expect(saved).toMatchObject({
      title: 'My science fair',
      note: 'I learned a lot.',
      goalIds: ['g1'],
      skillIds: ['s1'],
      updatedAt: 5000,
      status: 'processing',
      mediaId: 'r1-video',
    });
    expect(await db.reflections.get('r1')).toEqual(saved);
  });

  it('rejects an empty title and an over-long title or note without writing', async () => {
    await db.reflections.add(reflection('r1'));
    const attempt = (title: string, note = '') =>
      updateReflection(db, 'r1', { title, note, goalIds: [], skillIds: [] }).catch((e) => e);
    const empty = await attempt('   ');
    expect(empty).toBeInstanceOf(ReflectionValidationError);
    expect((empty as ReflectionValidationError).issues).toEqual([
      { field: 'title', code: 'empty' },
    ]);
    const long = (await attempt('t'.repeat(501), 'n'.repeat(20001))) as ReflectionValidationError;
    expect(long.issues).toEqual([
      { field: 'title', code: 'too-long' },
      { field: 'note', code: 'too-long' },
    ]);
    expect((await db.reflections.get('r1'))?.title).toBe('Reflection r1');
  });

  it('fails clearly when the reflection was deleted elsewhere', async () => {
    await expect(
      updateReflection(db, 'gone', { title: 'x', note: '', goalIds: [], skillIds: [] }),
    ).rejects.toThrow(/no longer exists/);
  });

  it('deletes a reflection with its media, chunks and recording, leaving others alone', async () => {
    await db.reflections.bulkAdd([reflection('r1'), reflection('r2')]);
    await db.recordings.bulkAdd([recording('rec-r1', 'r1'), recording('rec-r2', 'r2')]);
    await db.media.bulkAdd([
      media('r1-video', 'r1'),
      media('r1-poster', 'r1'),
      media('r1-raw', 'rec-r1'),
      media('r2-video', 'r2'),
    ]);
    await db.recordingChunks.bulkAdd([chunk('rec-r1', 0), chunk('rec-r1', 1), chunk('rec-r2', 0)]);

    await deleteReflection(db, 'r1');

    expect(await db.reflections.toCollection().primaryKeys()).toEqual(['r2']);
    expect(await db.recordings.toCollection().primaryKeys()).toEqual(['rec-r2']);
    expect(await db.media.toCollection().primaryKeys()).toEqual(['r2-video']);
    expect((await db.recordingChunks.toArray()).map((c) => c.recordingId)).toEqual(['rec-r2']);
  });

  it('also deletes a recording that points at the reflection without being linked back', async () => {
    await db.reflections.add(
      reflection('r1', { recordingId: null, mediaId: null, posterMediaId: null }),
    );
    await db.recordings.add(recording('orphan', 'r1'));
    await db.recordingChunks.add(chunk('orphan', 0));
    await deleteReflection(db, 'r1');
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
  });

  it('does nothing for a reflection that is already gone', async () => {
    await db.reflections.add(reflection('r2'));
    await deleteReflection(db, 'nope');
    expect(await db.reflections.count()).toBe(1);
  });
});
