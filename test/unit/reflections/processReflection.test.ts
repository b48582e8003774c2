import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DBCore } from 'dexie';
import { processReflection } from '@/lib/reflections/processReflection';
import { CompressError } from '@/lib/compress/CompressError';
import type { PlpDatabase } from '@/lib/db/schema';
import type { ReflectionRecord } from '@/lib/db/records';
import { freshDb, testDeps } from '../testDb';
import {
  T0,
  convertedVideo,
  fakeEngine,
  seedMedia,
  seedRecording,
  untilAborted,
} from './processingFixtures';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const auto = { reflectionId: 'ref-1', mode: 'auto', trim: null } as const;

async function reflection(): Promise<ReflectionRecord> {
  const row = await db.reflections.get('ref-1');
  if (!row) throw new Error('reflection missing');
  return row;
}
const chunkCount = () => db.recordingChunks.where('recordingId').equals('rec-1').count();
const mediaTexts = async () =>
  Promise.all((await db.media.toArray()).map(async (m) => `${m.id}:${await m.blob.text()}`));

describe('processReflection', () => {
  it('joins the chunks in order, stores the verified video and poster, then deletes the chunks', async () => {
    await seedRecording(db);
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await processReflection({ db, engine, ...testDeps() }, auto);

    expect(requests).toHaveLength(1);
    expect(await requests[0]!.input.text()).toBe('chunk0;chunk1;chunk2;');
    expect(requests[0]).toMatchObject({
      mimeType: 'video/webm;codecs=vp8,opus',
      mode: 'auto',
      trim: null,
      expectedDurationMs: 60_000,
      fps: 15,
    });
    const row = await reflection();
    expect(row).toMatchObject({
      status: 'ready',
      durationMs: 59_800,
      processing: null,
      failure: null,
    });
    const video = await db.media.get(row.mediaId!);
    const poster = await db.media.get(row.posterMediaId!);
    expect(video).toMatchObject({ ownerId: 'ref-1', mimeType: 'video/mp4', size: 11 });
    expect(await video!.blob.text()).toBe('the new mp4');
    expect(poster).toMatchObject({ ownerId: 'ref-1', mimeType: 'image/jpeg' });
    expect(await chunkCount()).toBe(0);
  });

  it('shows progress on the reflection while it works, at most twice a second per step', async () => {
    await seedRecording(db);
    let time = T0;
    const seen: (ReflectionRecord['processing'] | undefined)[] = [];
    const { engine } = fakeEngine(async (_request, { onProgress }) => {
      onProgress?.({ step: 'loading', ratio: 0, etaMs: null });
      for (let i = 1; i <= 10; i++) {
        time += 100; // ten reports in one second
        onProgress?.({ step: 'encoding', ratio: i / 10, etaMs: 1000 - i * 100 });
      }
      await vi.waitFor(async () => expect((await reflection()).processing?.step).toBe('encoding'));
      seen.push((await reflection()).processing);
      return convertedVideo();
    });
    const update = vi.spyOn(db.reflections, 'update');
    await processReflection({ db, engine, now: () => time, newId: testDeps().newId }, auto);

    const progressWrites = update.mock.calls.filter(
      ([, changes]) => 'processing' in changes && !('status' in changes),
    );
    // loading, encoding 0.1, encoding 0.6 (500 ms later), not the other eight
    expect(progressWrites.map(([, c]) => (c as ReflectionRecord).processing?.ratio)).toEqual([
      0, 0.1, 0.6,
    ]);
    expect(seen[0]).toMatchObject({ step: 'encoding', startedAt: T0 });
    expect((await reflection()).processing).toBeNull();
  });

  it('marks the reflection processing before converting', async () => {
    await seedRecording(db, { reflection: { status: 'failed', failure: 'old problem' } });
    const { engine } = fakeEngine(async () => {
      expect(await reflection()).toMatchObject({
        status: 'processing',
        failure: null,
        processing: { step: 'loading', ratio: 0 },
      });
      return convertedVideo();
    });
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect((await reflection()).status).toBe('ready');
  });

  it('keeps the chunks and explains when the output fails verification', async () => {
    await seedRecording(db);
    const { engine } = fakeEngine(async () => {
      throw new CompressError('verification-failed', 'the input had audio but the output has none');
    });
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect(await reflection()).toMatchObject({
      status: 'failed',
      processing: null,
      mediaId: null,
      failure: expect.stringMatching(/did not match your recording.*safe/),
    });
    expect(await chunkCount()).toBe(3);
    expect(await db.media.count()).toBe(0);
  });

  it('cancel without a video: failed with a retry message, chunks kept', async () => {
    await seedRecording(db);
    const controller = new AbortController();
    const { engine } = fakeEngine((_request, options) => {
      setTimeout(() => controller.abort(), 5);
      return untilAborted(options, new CompressError('cancelled', 'cancelled'));
    });
    await processReflection({ db, engine, ...testDeps() }, auto, { signal: controller.signal });
    expect(await reflection()).toMatchObject({
      status: 'failed',
      processing: null,
      failure: expect.stringMatching(/cancelled/),
    });
    expect(await chunkCount()).toBe(3);
  });

  it('cancel with a video already (a trim): back to ready, the video untouched', async () => {
    await seedRecording(db, {
      reflection: { status: 'ready', mediaId: 'm-old', posterMediaId: 'p-old' },
    });
    await db.recordingChunks.clear();
    await seedMedia(db, 'm-old', 'old mp4');
    await seedMedia(db, 'p-old', 'old jpeg', 'image/jpeg');
    const controller = new AbortController();
    controller.abort();
    const { engine } = fakeEngine(async () => {
      throw new CompressError('cancelled', 'cancelled');
    });
    await processReflection(
      { db, engine, ...testDeps() },
      { ...auto, trim: { startMs: 1_000, endMs: 5_000 } },
      { signal: controller.signal },
    );
    expect(await reflection()).toMatchObject({
      status: 'ready',
      mediaId: 'm-old',
      failure: null,
      processing: null,
    });
    expect(await mediaTexts()).toEqual(['m-old:old mp4', 'p-old:old jpeg']);
  });

  it('explains a full disk and keeps the recording when the video cannot be stored', async () => {
    // The browser refuses the write the way a full disk does (middleware must be in place before open).
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'media') return table;
          return {
            ...table,
            mutate: () =>
              Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              ),
          };
        },
      }),
    });
    await seedRecording(db);
    const { engine } = fakeEngine(async () => convertedVideo());
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect(await reflection()).toMatchObject({
      status: 'failed',
      mediaId: null,
      failure: expect.stringMatching(/out of storage space/),
    });
    expect(await chunkCount()).toBe(3);
  });

  it('retry after a failure works from the kept chunks', async () => {
    await seedRecording(db);
    let attempt = 0;
    const { engine, requests } = fakeEngine(async () => {
      attempt += 1;
      if (attempt === 1) throw new CompressError('stalled', 'no progress for 30 s');
      return convertedVideo();
    });
    const deps = { db, engine, ...testDeps() };
    await processReflection(deps, auto);
    expect((await reflection()).status).toBe('failed');
    await processReflection(deps, auto);
    expect(await reflection()).toMatchObject({ status: 'ready', failure: null });
    expect(await requests[1]!.input.text()).toBe('chunk0;chunk1;chunk2;');
    expect(await chunkCount()).toBe(0);
  });

  it('trims or shrinks the existing video and replaces it (old media deleted)', async () => {
    await seedRecording(db, {
      reflection: { status: 'ready', mediaId: 'm-old', posterMediaId: 'p-old', durationMs: 59_800 },
    });
    await db.recordingChunks.clear();
    await seedMedia(db, 'm-old', 'old mp4');
    await seedMedia(db, 'p-old', 'old jpeg', 'image/jpeg');
    const { engine, requests } = fakeEngine(async () => convertedVideo({ durationMs: 4_000 }));
    const trim = { startMs: 1_000, endMs: 5_000 };
    await processReflection({ db, engine, ...testDeps() }, { ...auto, trim });

    expect(requests[0]).toMatchObject({ mimeType: 'video/mp4', trim, expectedDurationMs: 59_800 });
    expect(await requests[0]!.input.text()).toBe('old mp4');
    const row = await reflection();
    expect(row).toMatchObject({ status: 'ready', durationMs: 4_000 });
    expect(row.mediaId).not.toBe('m-old');
    expect(await db.media.get('m-old')).toBeUndefined();
    expect(await db.media.get('p-old')).toBeUndefined();
    expect(await db.media.count()).toBe(2);
  });

  it('retries from the existing video when the chunks are already gone', async () => {
    await seedRecording(db, { reflection: { status: 'failed', mediaId: 'm-old' } });
    await db.recordingChunks.clear();
    await seedMedia(db, 'm-old', 'old mp4');
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect(await requests[0]!.input.text()).toBe('old mp4');
    expect((await reflection()).status).toBe('ready');
  });

  it('turns a recovered recording into an ordinary stopped one, measuring it to its last chunk', async () => {
    await seedRecording(db, {
      reflection: { durationMs: null },
      recording: {
        status: 'interrupted',
        endedAt: null,
        heartbeatAt: T0 + 70_000,
        pausedTotalMs: 5_000,
      },
    });
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await processReflection({ db, engine, ...testDeps() }, auto);
    // Last chunk at T0+63 s, started at T0+3 s, paused 5 s: 55 s of video.
    expect(requests[0]!.expectedDurationMs).toBe(55_000);
    expect((await db.recordings.get('rec-1'))?.status).toBe('stopped');
  });

  it('says so when there is nothing to convert', async () => {
    await seedRecording(db);
    await db.recordingChunks.clear();
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect(requests).toHaveLength(0);
    expect(await reflection()).toMatchObject({
      status: 'failed',
      failure: expect.stringMatching(/missing/),
    });
  });

  it('refuses a recording that is still going, touching nothing', async () => {
    const now = Date.now();
    await seedRecording(db, {
      recording: { status: 'recording', heartbeatAt: now, endedAt: null },
    });
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await expect(
      processReflection({ db, engine, now: () => now, newId: () => 'x' }, auto),
    ).rejects.toThrow(/still being recorded/);
    expect(requests).toHaveLength(0);
    expect(await chunkCount()).toBe(3);
  });

  it('refuses a trim that keeps nothing, touching nothing', async () => {
    await seedRecording(db, { reflection: { status: 'ready' } });
    const { engine, requests } = fakeEngine(async () => convertedVideo());
    await expect(
      processReflection(
        { db, engine, ...testDeps() },
        { ...auto, trim: { startMs: 5_000, endMs: 5_000 } },
      ),
    ).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
    expect((await reflection()).status).toBe('ready');
  });

  it('stores nothing if the reflection was deleted while converting', async () => {
    await seedRecording(db);
    const { engine } = fakeEngine(async () => {
      await db.reflections.delete('ref-1');
      return convertedVideo();
    });
    await processReflection({ db, engine, ...testDeps() }, auto);
    expect(await db.media.count()).toBe(0);
  });
});
