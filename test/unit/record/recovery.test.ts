import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlpDatabase } from '@/lib/db/schema';
import type { RecordingRecord } from '@/lib/db/records';
import { createRecordingRows } from '@/lib/record/createRecordingRows';
import { discardInterruptedRecording } from '@/lib/record/discardInterruptedRecording';
import { findInterruptedRecordings } from '@/lib/record/findInterruptedRecordings';
import { isRecordingLive } from '@/lib/record/isRecordingLive';
import { recoverRecording } from '@/lib/record/recoverRecording';
import { freshDb } from '../testDb';
import { baseRequest } from './fakes/fakeHostDeps';

const T = 1_700_000_000_000;
let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

/** A header chunk, then media fragments: fragmented MP4 media starts with a `moof` box. */
const chunkBytes = (seq: number, headerOnly: boolean) =>
  seq === 0 ? 'ftypisommoov' : headerOnly ? '' : `moofmdat${seq}`;

async function seed(
  id: string,
  changes: Partial<RecordingRecord>,
  chunkTimes: number[] = [],
  headerOnly = false,
) {
  // Rows as a host would have made them, written directly so several can look live at once.
  const other = freshDb();
  await createRecordingRows(
    other,
    { ...baseRequest, recordingId: id, reflectionId: `ref-${id}` },
    T,
  );
  const recording = await other.recordings.get(id);
  const reflection = await other.reflections.get(`ref-${id}`);
  await other.delete();
  if (!recording || !reflection) throw new Error('seed failed');
  await db.reflections.add(reflection);
  await db.recordings.add({ ...recording, ...changes });
  await db.recordingChunks.bulkAdd(
    chunkTimes.map((recordedAt, seq) => {
      const blob = new Blob([chunkBytes(seq, headerOnly)]);
      return { recordingId: id, seq, blob, size: blob.size, recordedAt };
    }),
  );
}

describe('finding interrupted recordings', () => {
  it('finds live-looking recordings whose heartbeat went stale, and interrupted ones', async () => {
    await seed('fresh', { status: 'recording', heartbeatAt: T + 9_000 });
    await seed('stale', { status: 'paused', heartbeatAt: T + 4_000 });
    await seed('stale-start', { status: 'starting', heartbeatAt: T });
    await seed('half-recovered', { status: 'interrupted', heartbeatAt: T + 9_500 });
    await seed('done', { status: 'stopped', heartbeatAt: T });
    const found = await findInterruptedRecordings(db, T + 10_000);
    expect(found.map((r) => r.id).sort()).toEqual(['half-recovered', 'stale', 'stale-start']);
    expect((await findInterruptedRecordings(db, T + 10_000, 500)).map((r) => r.id)).toContain(
      'fresh',
    );
  });

  it('isRecordingLive is true only while a heartbeat is fresh', async () => {
    await seed('a', { status: 'recording', heartbeatAt: T });
    expect(await isRecordingLive(db, T + 4_999)).toBe(true);
    expect(await isRecordingLive(db, T + 5_000)).toBe(false);
    await db.recordings.update('a', { status: 'stopped' });
    expect(await isRecordingLive(db, T + 1)).toBe(false);
  });
});

describe('recoverRecording', () => {
  it('stops a dead recording at its last chunk and processes it', async () => {
    await seed(
      'r',
      {
        status: 'paused',
        startedAt: T,
        pausedAt: T + 2_500,
        pausedTotalMs: 1_000,
        heartbeatAt: T + 3_000,
      },
      [T + 1_000, T + 2_000, T + 3_000],
    );
    const process = vi.fn(async () => undefined);
    const result = await recoverRecording({ db, now: () => T + 60_000, process }, 'r');
    expect(result).toMatchObject({ outcome: 'recovering', reflectionId: 'ref-r', chunkCount: 3 });
    expect(await db.recordings.get('r')).toMatchObject({
      status: 'stopped',
      stopReason: 'error',
      endedAt: T + 3_000,
      pausedAt: null,
      pausedTotalMs: 1_500,
      chunkCount: 3,
    });
    expect((await db.reflections.get('ref-r'))?.status).toBe('processing');
    expect(process).toHaveBeenCalledWith({ reflectionId: 'ref-r', mode: 'auto', trim: null });
    expect(await db.recordingChunks.count()).toBe(3);
  });

  it('deletes a dead recording that had recorded nothing, and says so', async () => {
    await seed('empty', { status: 'countdown', heartbeatAt: T });
    const process = vi.fn(async () => undefined);
    const result = await recoverRecording({ db, now: () => T + 60_000, process }, 'empty');
    expect(result).toEqual({ outcome: 'empty', reflectionId: 'ref-empty' });
    expect(await db.recordings.get('empty')).toBeUndefined();
    expect(await db.reflections.get('ref-empty')).toBeUndefined();
    expect(process).not.toHaveBeenCalled();
  });

  it('treats a recording that saved only its file header as empty, not as a broken video', async () => {
    await seed('header', { status: 'recording', heartbeatAt: T }, [T + 500, T + 900], true);
    const process = vi.fn(async () => undefined);
    const result = await recoverRecording({ db, now: () => T + 60_000, process }, 'header');
    expect(result).toEqual({ outcome: 'empty', reflectionId: 'ref-header' });
    expect(await db.recordingChunks.where('recordingId').equals('header').count()).toBe(0);
    expect(process).not.toHaveBeenCalled();
  });

  it('recovers a one-second recording whose single fragment follows the header', async () => {
    await seed('short', { status: 'recording', heartbeatAt: T }, [T + 500, T + 1_000]);
    const process = vi.fn(async () => undefined);
    const result = await recoverRecording({ db, now: () => T + 60_000, process }, 'short');
    expect(result).toMatchObject({ outcome: 'recovering', chunkCount: 2 });
  });

  it('leaves a recording alone while its host still beats', async () => {
    await seed('alive', { status: 'recording', heartbeatAt: T + 59_000 }, [T + 58_000]);
    const process = vi.fn(async () => undefined);
    const result = await recoverRecording({ db, now: () => T + 60_000, process }, 'alive');
    expect(result.outcome).toBe('live');
    expect((await db.recordings.get('alive'))?.status).toBe('recording');
    expect(process).not.toHaveBeenCalled();
  });

  it('discardInterruptedRecording deletes chunks and rows, but never a live one', async () => {
    await seed('dead', { status: 'recording', heartbeatAt: T }, [T + 1]);
    await seed('alive', { status: 'recording', heartbeatAt: T + 59_000 }, [T + 2]);
    const now = () => T + 60_000;
    expect(await discardInterruptedRecording({ db, now }, 'dead')).toBe(true);
    expect(await discardInterruptedRecording({ db, now }, 'alive')).toBe(false);
    expect(await db.recordings.get('dead')).toBeUndefined();
    expect(await db.reflections.get('ref-dead')).toBeUndefined();
    expect(await db.recordingChunks.where('recordingId').equals('dead').count()).toBe(0);
    expect(await db.recordingChunks.where('recordingId').equals('alive').count()).toBe(1);
  });
});
