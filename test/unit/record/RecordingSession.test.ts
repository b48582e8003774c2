import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecorderHost } from '@/lib/record/createRecorderHost';
import type { PlpDatabase } from '@/lib/db/schema';
import type { RecordingChunkRecord } from '@/lib/db/records';
import { freshDb } from '../testDb';
import { baseRequest, fakeHostDeps, settle } from './fakes/fakeHostDeps';
import { FakeAudioContext, FakeMediaRecorder, liveRecorder } from './fakes/fakeMedia';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
  FakeMediaRecorder.reset();
  FakeAudioContext.instances = [];
});
afterEach(() => db.delete());

async function recording() {
  const row = await db.recordings.get('rec-1');
  if (!row) throw new Error('recording row missing');
  return row;
}

async function chunks() {
  return db.recordingChunks.where('recordingId').equals('rec-1').sortBy('seq');
}

async function startRecording(overrides: Partial<typeof baseRequest> = {}) {
  const fake = fakeHostDeps(db);
  const host = createRecorderHost(fake.deps);
  expect(await host.start({ ...baseRequest, ...overrides })).toEqual({ ok: true });
  return { ...fake, host, recorder: liveRecorder() };
}

describe('a recording session', () => {
  it('appends slices in the order they were made, with the row counting them', async () => {
    const { recorder, clock } = await startRecording();
    clock.advance(500);
    for (const size of [100, 7, 300, 1, 50]) recorder.emit(size);
    recorder.emit(0); // an empty slice is not stored
    await vi.waitFor(async () => expect((await recording()).chunkCount).toBe(5));
    const stored = await chunks();
    expect(stored.map((c) => [c.seq, c.size, c.blob.size])).toEqual([
      [0, 100, 100],
      [1, 7, 7],
      [2, 300, 300],
      [3, 1, 1],
      [4, 50, 50],
    ]);
    expect(stored.every((c) => c.recordedAt === clock.time)).toBe(true);
    expect(await recording()).toMatchObject({ bytes: 458, heartbeatAt: clock.time });
  });

  it('stop stores the last slice, lets go of every device, then starts processing', async () => {
    const { host, recorder, clock, allTracks, process } = await startRecording();
    recorder.emit(100);
    clock.advance(4_000);
    await host.stop('rec-1');
    expect(await recording()).toMatchObject({
      status: 'stopped',
      stopReason: 'student',
      endedAt: clock.time,
      chunkCount: 2,
      bytes: 110,
    });
    expect((await chunks()).map((c) => c.seq)).toEqual([0, 1]);
    expect(await db.reflections.get('ref-1')).toMatchObject({
      status: 'processing',
      durationMs: 4_000,
    });
    expect(allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    expect(FakeAudioContext.instances.every((context) => context.closed)).toBe(true);
    expect(clock.pending).toBe(0);
    expect(process).toHaveBeenCalledWith(
      { reflectionId: 'ref-1', mode: 'auto', trim: null },
      expect.any(AbortSignal),
    );
  });

  it('leaves pauses out of the elapsed time and keeps beating while paused', async () => {
    const { host, recorder, clock } = await startRecording();
    const startedAt = clock.time;
    clock.advance(10_000);
    await host.pause('rec-1');
    expect(recorder.state).toBe('paused');
    expect(await recording()).toMatchObject({ status: 'paused', pausedAt: startedAt + 10_000 });
    clock.advance(15_000);
    await vi.waitFor(async () => expect((await recording()).heartbeatAt).toBe(clock.time));
    await host.resume('rec-1');
    expect(recorder.state).toBe('recording');
    expect(await recording()).toMatchObject({
      status: 'recording',
      pausedAt: null,
      pausedTotalMs: 15_000,
    });
    clock.advance(5_000);
    await host.pause('rec-1');
    clock.advance(2_000);
    await host.stop('rec-1');
    // 10 s + 5 s recorded; the second pause (2 s) was still open at the stop.
    expect(await recording()).toMatchObject({ pausedTotalMs: 17_000, pausedAt: null });
    expect((await db.reflections.get('ref-1'))?.durationMs).toBe(15_000);
  });

  it('stops by itself when the active time reaches the cap, not counting pauses', async () => {
    const { host, clock, process } = await startRecording({ maxMs: 10_000 });
    clock.advance(6_000);
    await host.pause('rec-1');
    clock.advance(30_000); // paused: the cap is not reached
    await settle();
    expect((await recording()).status).toBe('paused');
    await host.resume('rec-1');
    clock.advance(3_000);
    await settle();
    expect((await recording()).status).toBe('recording');
    clock.advance(1_000);
    await vi.waitFor(async () => expect((await recording()).status).toBe('stopped'));
    expect((await recording()).stopReason).toBe('max-length');
    await vi.waitFor(() => expect(process).toHaveBeenCalledTimes(1));
  });

  it('stops cleanly on a full disk, keeping every slice saved before it', async () => {
    const { recorder, process } = await startRecording();
    const add = db.recordingChunks.add.bind(db.recordingChunks);
    // Dexie reports a full disk as an AbortError wrapping the QuotaExceededError.
    vi.spyOn(db.recordingChunks, 'add').mockImplementation(((chunk: RecordingChunkRecord) => {
      if (chunk.seq >= 2) {
        const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return Promise.reject(
          Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }),
        );
      }
      return add(chunk);
    }) as never);
    recorder.emit(100);
    recorder.emit(200);
    recorder.emit(300);
    recorder.emit(400);
    await vi.waitFor(async () => expect((await recording()).status).toBe('stopped'));
    const row = await recording();
    expect(row).toMatchObject({ stopReason: 'quota', chunkCount: 2, bytes: 300 });
    expect(row.error).toContain('QuotaExceededError');
    expect((await chunks()).map((c) => c.size)).toEqual([100, 200]);
    expect((await db.reflections.get('ref-1'))?.status).toBe('processing');
    await vi.waitFor(() => expect(process).toHaveBeenCalledTimes(1));
  });

  it('fails the reflection with a reason when the disk was full from the first slice', async () => {
    const { recorder, process } = await startRecording();
    vi.spyOn(db.recordingChunks, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    recorder.emit(100);
    await vi.waitFor(async () => expect((await recording()).status).toBe('stopped'));
    expect(await db.reflections.get('ref-1')).toMatchObject({
      status: 'failed',
      failure: expect.stringContaining('ran out of space'),
    });
    await settle();
    expect(process).not.toHaveBeenCalled();
  });

  it('stops with source-ended when the student presses the browser’s Stop sharing', async () => {
    const { given, recorder, process } = await startRecording();
    recorder.emit(100);
    given.display[0]?.getVideoTracks()[0]?.endFromOutside();
    await vi.waitFor(async () => expect((await recording()).status).toBe('stopped'));
    expect(await recording()).toMatchObject({ stopReason: 'source-ended', chunkCount: 2 });
    await vi.waitFor(() => expect(process).toHaveBeenCalledTimes(1));
  });

  it('stops with device-lost when the microphone is unplugged', async () => {
    const { given } = await startRecording();
    given.user[0]?.getAudioTracks()[0]?.endFromOutside();
    await vi.waitFor(async () => expect((await recording()).stopReason).toBe('device-lost'));
  });

  it('stops with error when the recorder fails mid-way', async () => {
    const { recorder } = await startRecording();
    recorder.state = 'inactive';
    recorder.dispatchEvent(
      Object.assign(new Event('error'), { error: new DOMException('gpu lost', 'UnknownError') }),
    );
    recorder.dispatchEvent(new Event('stop'));
    await vi.waitFor(async () => expect((await recording()).stopReason).toBe('error'));
    expect((await recording()).error).toContain('gpu lost');
  });

  it('discard throws everything away and processes nothing', async () => {
    const { host, recorder, allTracks, process } = await startRecording();
    recorder.emit(100);
    recorder.emit(100);
    await vi.waitFor(async () => expect((await recording()).chunkCount).toBe(2));
    await host.discard('rec-1');
    expect(await db.recordings.get('rec-1')).toBeUndefined();
    expect(await db.reflections.get('ref-1')).toBeUndefined();
    expect(await db.recordingChunks.count()).toBe(0);
    expect(allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    await settle();
    expect(process).not.toHaveBeenCalled();
  });

  it('discard after the stop cancels processing and deletes the rows and made media', async () => {
    const { host, process } = await startRecording();
    let signal: AbortSignal | undefined;
    process.mockImplementation((_request, given) => {
      signal = given;
      return new Promise((resolve) => given.addEventListener('abort', () => resolve(undefined)));
    });
    await host.stop('rec-1');
    await db.media.add({
      id: 'm1',
      ownerId: 'ref-1',
      mimeType: 'video/mp4',
      size: 1,
      blob: new Blob(['x']),
      createdAt: 1,
    });
    await host.discard('rec-1');
    expect(signal?.aborted).toBe(true);
    expect(await db.recordings.get('rec-1')).toBeUndefined();
    expect(await db.reflections.get('ref-1')).toBeUndefined();
    expect(await db.media.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
  });

  it('routes a captured tab’s sound back to the speakers and mixes the microphone in', async () => {
    const fake = fakeHostDeps(db);
    const host = createRecorderHost(fake.deps);
    const outcome = await host.start({ ...baseRequest, source: 'tab', tabStreamId: 'stream-9' });
    expect(outcome).toEqual({ ok: true });
    const [context] = FakeAudioContext.instances;
    const [tab, mic] = fake.given.user;
    expect(
      context?.connections.filter((c) => c.to === context.destination).map((c) => c.from),
    ).toEqual([tab]);
    expect(context?.connections.filter((c) => c.from === mic).length).toBe(1);
    const recorded = liveRecorder().stream;
    expect(recorded.getAudioTracks()).toEqual(context?.output.getAudioTracks());
  });
});
