import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecorderHost } from '@/lib/record/createRecorderHost';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';
import { baseRequest, fakeHostDeps } from './fakes/fakeHostDeps';
import { FakeMediaRecorder, liveRecorder } from './fakes/fakeMedia';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
  FakeMediaRecorder.reset();
});
afterEach(() => db.delete());

async function rowsGone(): Promise<void> {
  expect(await db.recordings.get(baseRequest.recordingId)).toBeUndefined();
  expect(await db.reflections.get(baseRequest.reflectionId)).toBeUndefined();
}

describe('createRecorderHost start', () => {
  it('writes the reflection and recording rows, then records in one-second slices', async () => {
    const { deps, clock } = fakeHostDeps(db);
    const host = createRecorderHost(deps);
    expect(await host.start(baseRequest)).toEqual({ ok: true });

    const reflection = await db.reflections.get('ref-1');
    expect(reflection).toMatchObject({
      kind: 'recorded',
      status: 'recording',
      title: baseRequest.title,
      goalIds: ['goal-1'],
      skillIds: ['skill-1'],
      prompts: ['What did you try first?'],
      recordingId: 'rec-1',
      note: '',
      durationMs: null,
      mediaId: null,
      posterMediaId: null,
      failure: null,
      processing: null,
    });
    const recording = await db.recordings.get('rec-1');
    expect(recording).toMatchObject({
      reflectionId: 'ref-1',
      status: 'recording',
      source: 'screen',
      microphone: true,
      webcam: false,
      fps: 15,
      maxMs: 60_000,
      startedAt: clock.time,
      mimeType: 'video/mp4;codecs=avc1,opus',
      chunkCount: 0,
      stopReason: null,
    });
    expect(liveRecorder().timeslice).toBe(1000);
    expect(liveRecorder().options).toMatchObject({
      videoBitsPerSecond: 1_000_000,
      audioBitsPerSecond: 64_000,
    });
  });

  it('shows a countdown first and resolves only once recording began', async () => {
    const { deps, clock } = fakeHostDeps(db);
    const host = createRecorderHost(deps);
    let settled = false;
    const started = host.start({ ...baseRequest, countdownMs: 3000 }).then((outcome) => {
      settled = true;
      return outcome;
    });
    // Wait for the countdown's own timer rather than a fixed number of ticks:
    // under CI load the IndexedDB writes before it can take any number of ticks.
    const endsAt = clock.time + 3000;
    await vi.waitFor(() => expect(clock.hasTimerAt(endsAt)).toBe(true));
    const counting = await db.recordings.get('rec-1');
    expect(counting).toMatchObject({ status: 'countdown', countdownEndsAt: endsAt });
    expect(settled).toBe(false);
    clock.advance(3000);
    expect(await started).toEqual({ ok: true });
    expect((await db.recordings.get('rec-1'))?.status).toBe('recording');
  });

  it('refuses a second recording while one is live, here or in another host', async () => {
    const { deps, clock } = fakeHostDeps(db);
    const host = createRecorderHost(deps);
    await host.start(baseRequest);
    const second = { ...baseRequest, recordingId: 'rec-2', reflectionId: 'ref-2' };
    expect(await host.start(second)).toMatchObject({
      ok: false,
      failure: { reason: 'already-recording' },
    });

    // Another host (a fresh one, sharing the database) sees the heartbeat too.
    const other = createRecorderHost(fakeHostDeps(db, { now: clock.now }).deps);
    expect(await other.start(second)).toMatchObject({
      ok: false,
      failure: { reason: 'already-recording' },
    });
    expect(await db.reflections.get('ref-2')).toBeUndefined();
  });

  it('starts when the other recording only looks live: its heartbeat is stale', async () => {
    const { deps, clock } = fakeHostDeps(db);
    await createRecorderHost(deps).start(baseRequest);
    const later = fakeHostDeps(db, { now: () => clock.time + 6_000 });
    const second = { ...baseRequest, recordingId: 'rec-2', reflectionId: 'ref-2' };
    expect(await createRecorderHost(later.deps).start(second)).toEqual({ ok: true });
  });

  it('maps a closed window picker to picker-cancelled and deletes the rows', async () => {
    const { deps } = fakeHostDeps(db, {
      mediaDevices: {
        getDisplayMedia: async () => {
          throw new DOMException('Permission denied', 'NotAllowedError');
        },
        getUserMedia: async () => {
          throw new Error('not asked');
        },
      },
    });
    const outcome = await createRecorderHost(deps).start(baseRequest);
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'picker-cancelled', device: 'screen' },
    });
    await rowsGone();
  });

  it('maps a blocked microphone to permission-denied and stops the screen it already had', async () => {
    const fake = fakeHostDeps(db);
    fake.getUserMedia.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    const outcome = await createRecorderHost(fake.deps).start(baseRequest);
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'permission-denied', device: 'microphone' },
    });
    const screenTracks = fake.given.display[0]?.getTracks() ?? [];
    expect(screenTracks.length).toBe(2);
    expect(screenTracks.every((track) => track.readyState === 'ended')).toBe(true);
    await rowsGone();
  });

  it('maps a missing camera to no-device and releases the screen and microphone', async () => {
    const fake = fakeHostDeps(db);
    fake.getUserMedia.mockImplementation(async (constraints?: MediaStreamConstraints) => {
      if (constraints?.video) throw new DOMException('none', 'NotFoundError');
      const { fakeStream } = await import('./fakes/fakeMedia');
      const mic = fakeStream(['audio'], 'mic');
      fake.given.user.push(mic);
      return mic;
    });
    const outcome = await createRecorderHost(fake.deps).start({ ...baseRequest, webcam: true });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'no-device', device: 'camera' },
    });
    expect(fake.allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    await rowsGone();
  });

  it('needs a tab stream id to record a tab', async () => {
    const fake = fakeHostDeps(db);
    const outcome = await createRecorderHost(fake.deps).start({ ...baseRequest, source: 'tab' });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'tab-not-invoked', device: 'tab' },
    });
    expect(fake.getUserMedia).not.toHaveBeenCalled();
    await rowsGone();
  });

  it('says unsupported when no format really records, and lets go of everything', async () => {
    const fake = fakeHostDeps(db);
    FakeMediaRecorder.failing = new Set([
      'video/mp4;codecs=avc1,opus',
      'video/webm;codecs=vp9,opus',
      'video/webm;codecs=vp8,opus',
      'video/webm',
    ]);
    const outcome = await createRecorderHost(fake.deps).start(baseRequest);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'unsupported' } });
    expect(fake.allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    expect(fake.clock.pending).toBe(0); // the heartbeat is gone too
    await rowsGone();
  });

  it('refuses to start when not even a minute fits on the disk', async () => {
    const fake = fakeHostDeps(db, {
      estimateStorage: async () => ({ quota: 1_000_000_000, usage: 1_000_000_000 - 5_000_000 }),
    });
    const outcome = await createRecorderHost(fake.deps).start(baseRequest);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'storage-full' } });
    expect(fake.getDisplayMedia).not.toHaveBeenCalled();
    await rowsGone();
  });

  it('gives up the start when stopped during the countdown', async () => {
    const fake = fakeHostDeps(db);
    const host = createRecorderHost(fake.deps);
    const endsAt = fake.clock.time + 3000;
    const started = host.start({ ...baseRequest, countdownMs: 3000 });
    await vi.waitFor(() => expect(fake.clock.hasTimerAt(endsAt)).toBe(true));
    await host.stop('rec-1');
    expect(await started).toMatchObject({ ok: false });
    expect(FakeMediaRecorder.instances.at(-1)?.timeslice).toBeUndefined(); // never started for real
    expect(fake.allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    await rowsGone();
  });
});
